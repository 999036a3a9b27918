/**
 * GET /api/v1/processes/{key}/diagrams/{version}/content: the BPMN XML of one version, as stored.
 * A version's bytes never change, so they are cached for as long as the page lives.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

function contentPath(key: string, version: number): string {
  return `/processes/${encodeURIComponent(key)}/diagrams/${version}/content`;
}

/** The XML as text (for showing it). */
export function getDiagramContent(key: string, version: number, signal?: AbortSignal): Promise<string> {
  return api<string>(contentPath(key, version), { as: 'text', signal });
}

/** The exact bytes (for storing them again). */
export function getDiagramBytes(key: string, version: number): Promise<Blob> {
  return api<Blob>(contentPath(key, version), { as: 'bytes' });
}

/** The download address of a version (the API answers it as an attachment). */
export function diagramDownloadUrl(key: string, version: number): string {
  return apiUrl(contentPath(key, version));
}

export function diagramContentQueryOptions(key: string, version: number) {
  return queryOptions({
    queryKey: processKeys.diagramContent(key, version),
    queryFn: ({ signal }) => getDiagramContent(key, version, signal),
    staleTime: Infinity,
  });
}

export function useDiagramContent(key: string, version: number | undefined) {
  return useQuery({ ...diagramContentQueryOptions(key, version ?? 0), enabled: version !== undefined });
}
