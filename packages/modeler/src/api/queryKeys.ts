/**
 * Query keys of the process resources, one hierarchy so that a change invalidates exactly what it
 * touches: `['processes', 'list', …]` for listings, `['processes', 'detail', key, …]` for one process
 * and what hangs off it (diagrams, their contents, adoptions).
 */
import type { ProcessListQuery } from '@efile/schemas';

export const processKeys = {
  all: ['processes'] as const,
  lists: () => [...processKeys.all, 'list'] as const,
  list: (query: ProcessListQuery) => [...processKeys.lists(), query] as const,
  detail: (key: string) => [...processKeys.all, 'detail', key] as const,
  diagrams: (key: string) => [...processKeys.detail(key), 'diagrams'] as const,
  diagramContent: (key: string, version: number) => [...processKeys.diagrams(key), version, 'content'] as const,
  adoptions: (key: string) => [...processKeys.detail(key), 'adoptions'] as const,
};

export const departmentKeys = {
  all: ['departments'] as const,
};
