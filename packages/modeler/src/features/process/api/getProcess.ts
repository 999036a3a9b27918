/**
 * GET /api/v1/processes/{key}: one process (archived ones too), with its version for If-Match.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Process } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

export function getProcess(key: string, signal?: AbortSignal): Promise<Process> {
  return api<Process>(`/processes/${encodeURIComponent(key)}`, { signal });
}

export function processQueryOptions(key: string) {
  return queryOptions({
    queryKey: processKeys.detail(key),
    queryFn: ({ signal }) => getProcess(key, signal),
  });
}

export function useProcess(key: string | undefined) {
  return useQuery({ ...processQueryOptions(key ?? ''), enabled: !!key });
}
