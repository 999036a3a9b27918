/**
 * GET /api/v1/processes: one page of processes matching filters, search and sort, with the total count.
 * While a new page loads, the previous one stays on screen.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProcessListQuery, ProcessPage } from '@efile/schemas';
import { api, type QueryValue } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

export function getProcesses(query: ProcessListQuery, signal?: AbortSignal): Promise<ProcessPage> {
  return api<ProcessPage>('/processes', { query: query as Record<string, QueryValue>, signal });
}

export function processesQueryOptions(query: ProcessListQuery) {
  return queryOptions({
    queryKey: processKeys.list(query),
    queryFn: ({ signal }) => getProcesses(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProcesses(query: ProcessListQuery) {
  return useQuery(processesQueryOptions(query));
}

/** The base processes (about ten), for the base-process filter and adoption. */
export function useBaseProcesses() {
  return useQuery({
    ...processesQueryOptions({ kind: 'base', sort: 'name', pageSize: 200 }),
    placeholderData: undefined,
    staleTime: 5 * 60_000,
  });
}
