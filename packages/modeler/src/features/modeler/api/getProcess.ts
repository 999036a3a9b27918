/**
 * GET /api/v1/processes/{key}: the process with its version (sent back as If-Match) and its
 * newest diagram versions. Shares the app's cache entry of the process.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Process } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

/** Reads a process as it is now. */
export function getProcess(key: string, signal?: AbortSignal): Promise<Process> {
  return api<Process>(`/processes/${encodeURIComponent(key)}`, { signal });
}

export function processQueryOptions(key: string) {
  return queryOptions({ queryKey: processKeys.detail(key), queryFn: ({ signal }) => getProcess(key, signal) });
}

/** The process; disabled without a key. */
export function useProcess(key: string | undefined) {
  return useQuery({ ...processQueryOptions(key ?? ''), enabled: key !== undefined });
}
