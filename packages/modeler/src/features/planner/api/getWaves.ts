/**
 * GET /api/v1/rollout/waves: every wave by start with its demand against its capacity, the processes
 * in no wave, and the counting rule.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WaveList } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getWaves(signal?: AbortSignal): Promise<WaveList> {
  return api<WaveList>('/rollout/waves', { signal });
}

export const wavesQueryOptions = queryOptions({
  queryKey: plannerKeys.waves(),
  queryFn: ({ signal }) => getWaves(signal),
});

export function useWaves() {
  return useQuery(wavesQueryOptions);
}
