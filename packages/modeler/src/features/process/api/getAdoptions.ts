/**
 * GET /api/v1/processes/{key}/adoptions: which departments adopted a base process, on which base
 * version, which variants are behind its newest release, and which departments have none.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AdoptionOverview } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

export function getAdoptions(key: string, signal?: AbortSignal): Promise<AdoptionOverview> {
  return api<AdoptionOverview>(`/processes/${encodeURIComponent(key)}/adoptions`, { signal });
}

export function adoptionsQueryOptions(key: string) {
  return queryOptions({
    queryKey: processKeys.adoptions(key),
    queryFn: ({ signal }) => getAdoptions(key, signal),
  });
}

export function useAdoptions(key: string, enabled = true) {
  return useQuery({ ...adoptionsQueryOptions(key), enabled });
}
