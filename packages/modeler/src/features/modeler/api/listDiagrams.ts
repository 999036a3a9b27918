/**
 * GET /api/v1/processes/{key}/diagrams: the versions of a process's diagram, newest first. The
 * modeler reads the newest version from here rather than from the process: this answer's ETag
 * follows its content, so a browser cache never hands out an outdated list.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DiagramList } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

/** Lists the diagram versions (metadata only), newest first. */
export function listDiagrams(key: string, signal?: AbortSignal): Promise<DiagramList> {
  return api<DiagramList>(`/processes/${encodeURIComponent(key)}/diagrams`, { signal });
}

export function diagramsQueryOptions(key: string) {
  return queryOptions({ queryKey: processKeys.diagrams(key), queryFn: ({ signal }) => listDiagrams(key, signal) });
}

/** The newest stored version of a list, if any. */
export function newestVersion(list: DiagramList): number | undefined {
  return list.items.reduce<number | undefined>(
    (max, item) => (max === undefined || item.version > max ? item.version : max),
    undefined,
  );
}

/**
 * The diagram versions of a process, read afresh whenever a page needing them opens; disabled without a
 * key. `freshSince` (epoch ms) names the moment the page was opened: a list read since then (by
 * openModeler, while the page's code was loading) counts as read afresh.
 */
export function useDiagrams(key: string | undefined, freshSince?: number) {
  return useQuery({
    ...diagramsQueryOptions(key ?? ''),
    enabled: key !== undefined,
    refetchOnMount: (query) => (freshSince !== undefined && query.state.dataUpdatedAt >= freshSince ? false : 'always'),
  });
}
