/**
 * GET /api/v1/rollout/processes/{key}/events: a process's rollout timeline, oldest first.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RolloutEventList } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getRolloutEvents(key: string, signal?: AbortSignal): Promise<RolloutEventList> {
  return api<RolloutEventList>(`/rollout/processes/${encodeURIComponent(key)}/events`, { signal });
}

export function rolloutEventsQueryOptions(key: string) {
  return queryOptions({
    queryKey: plannerKeys.processEvents(key),
    queryFn: ({ signal }) => getRolloutEvents(key, signal),
  });
}

export function useRolloutEvents(key: string) {
  return useQuery(rolloutEventsQueryOptions(key));
}
