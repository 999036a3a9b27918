/**
 * GET /api/v1/processes/{key}/diagrams/{version}/content: the BPMN XML of a version. The bytes are
 * served as uploaded, in whatever encoding the file had, so they are decoded here the way a file
 * from disk is (byte-order mark, XML declaration, Latin-1 in files that claim UTF-8).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';
import { decodeBpmnFile } from '../files/decodeBpmnFile';

/** The cache key of a version's decoded XML (below the key of its content). */
export const decodedContentKey = (key: string, version: number) =>
  [...processKeys.diagramContent(key, version), 'decoded'] as const;

/** Reads the XML of a numbered diagram version as text. */
export async function getDiagramContent(key: string, version: number, signal?: AbortSignal): Promise<string> {
  const bytes = await api<Blob>(`/processes/${encodeURIComponent(key)}/diagrams/${version}/content`, {
    as: 'bytes',
    signal,
  });
  return decodeBpmnFile(await bytes.arrayBuffer()).text;
}

/** A stored version never changes: read once and kept. */
export function diagramContentQueryOptions(key: string, version: number) {
  return queryOptions({
    queryKey: decodedContentKey(key, version),
    queryFn: ({ signal }) => getDiagramContent(key, version, signal),
    staleTime: Infinity,
  });
}

/** The XML of a diagram version; disabled without a key or version. */
export function useDiagramContent(key: string | undefined, version: number | undefined) {
  return useQuery({
    ...diagramContentQueryOptions(key ?? '', version ?? 0),
    enabled: key !== undefined && version !== undefined,
  });
}
