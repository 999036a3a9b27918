/**
 * GET /api/v1/processes/{key}/diagrams/{version}/content: the BPMN XML of one version, as stored.
 * The bytes are stored as uploaded, in whatever encoding the file had (ISO-8859-1, windows-1252, a
 * byte-order mark, …): the text is read with the modeler's decoding (decodeBpmnFile), and from the
 * same cache, so the preview and the modeler show the same names. A version's bytes never change,
 * so they are cached for as long as the page lives.
 */
import { api, apiUrl } from '../../../api/client';

export { getDiagramContent, diagramContentQueryOptions, useDiagramContent } from '../../modeler/api/getDiagramContent';

function contentPath(key: string, version: number): string {
  return `/processes/${encodeURIComponent(key)}/diagrams/${version}/content`;
}

/** The exact bytes (for storing them again). */
export function getDiagramBytes(key: string, version: number): Promise<Blob> {
  return api<Blob>(contentPath(key, version), { as: 'bytes' });
}

/** The download address of a version (the API answers it as an attachment). */
export function diagramDownloadUrl(key: string, version: number): string {
  return apiUrl(contentPath(key, version));
}
