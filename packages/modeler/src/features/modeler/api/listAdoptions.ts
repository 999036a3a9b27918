/**
 * GET /api/v1/processes/{key}/adoptions: the variants of a base process and its newest release.
 * Shares the app's cache entry of the overview.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AdoptionOverview } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

/** Which departments adopted the base process, on which base version, and its newest released version. */
export function listAdoptions(baseKey: string, signal?: AbortSignal): Promise<AdoptionOverview> {
  return api<AdoptionOverview>(`/processes/${encodeURIComponent(baseKey)}/adoptions`, { signal });
}

export function adoptionsQueryOptions(baseKey: string) {
  return queryOptions({
    queryKey: processKeys.adoptions(baseKey),
    queryFn: ({ signal }) => listAdoptions(baseKey, signal),
  });
}

/** The adoption overview of a base process; disabled without one. */
export function useAdoptions(baseKey: string | undefined) {
  return useQuery({ ...adoptionsQueryOptions(baseKey ?? ''), enabled: baseKey !== undefined });
}
