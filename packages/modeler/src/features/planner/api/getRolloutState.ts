/**
 * GET /api/v1/rollout/processes/{key}: a process's current rollout stage. Its ETag (the number of
 * stage events) is the If-Match of the next stage change.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RolloutProcessState } from '@efile/schemas';
import { apiRequest } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface VersionedRolloutState {
  state: RolloutProcessState;
  /** The ETag: the latest event's seq, 0 for none. */
  version: number;
}

export async function getRolloutState(key: string, signal?: AbortSignal): Promise<VersionedRolloutState> {
  const response = await apiRequest<RolloutProcessState>(`/rollout/processes/${encodeURIComponent(key)}`, { signal });
  return { state: response.data, version: response.version ?? response.data.events };
}

export function rolloutStateQueryOptions(key: string) {
  return queryOptions({
    queryKey: plannerKeys.processState(key),
    queryFn: ({ signal }) => getRolloutState(key, signal),
  });
}

export function useRolloutState(key: string) {
  return useQuery(rolloutStateQueryOptions(key));
}
