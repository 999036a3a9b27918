/**
 * GET /api/v1/processes/{key}/diagrams: every diagram version of a process (metadata), newest first.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DiagramList } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

export function getDiagrams(key: string, signal?: AbortSignal): Promise<DiagramList> {
  return api<DiagramList>(`/processes/${encodeURIComponent(key)}/diagrams`, { signal });
}

export function diagramsQueryOptions(key: string) {
  return queryOptions({
    queryKey: processKeys.diagrams(key),
    queryFn: ({ signal }) => getDiagrams(key, signal),
  });
}

export function useDiagrams(key: string, enabled = true) {
  return useQuery({ ...diagramsQueryOptions(key), enabled });
}
