/** GET /api/v1/processes/{key}/diagrams/{version}: the metadata of one diagram version. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Diagram } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

/** A version number, or the newest (`latest`) or newest released (`released`) one. */
export type VersionRef = number | 'latest' | 'released';

/** The cache key of one version's metadata (next to its content's key). */
export const diagramKey = (key: string, version: VersionRef) => [...processKeys.diagrams(key), version] as const;

/** Reads the metadata (status, author, stats, hasLayout) of a diagram version. */
export function getDiagram(key: string, version: VersionRef, signal?: AbortSignal): Promise<Diagram> {
  return api<Diagram>(`/processes/${encodeURIComponent(key)}/diagrams/${encodeURIComponent(String(version))}`, {
    signal,
  });
}

export function diagramQueryOptions(key: string, version: VersionRef) {
  return queryOptions({
    queryKey: diagramKey(key, version),
    queryFn: ({ signal }) => getDiagram(key, version, signal),
  });
}

/** The metadata of a diagram version; disabled without a version. */
export function useDiagram(key: string, version: VersionRef | undefined) {
  return useQuery({ ...diagramQueryOptions(key, version ?? 'latest'), enabled: version !== undefined });
}
