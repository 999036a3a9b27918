/**
 * GET /api/v1/rollout/problems: one page of problem reports (filtered by department, status,
 * severity), with the number of all matches.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProblemReportListQuery, ProblemReportPage } from '@efile/schemas';
import { api, type QueryValue } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getProblems(query: ProblemReportListQuery, signal?: AbortSignal): Promise<ProblemReportPage> {
  return api<ProblemReportPage>('/rollout/problems', { query: query as Record<string, QueryValue>, signal });
}

export function problemsQueryOptions(query: ProblemReportListQuery) {
  return queryOptions({
    queryKey: plannerKeys.problemList(query),
    queryFn: ({ signal }) => getProblems(query, signal),
  });
}

export function useProblems(query: ProblemReportListQuery) {
  return useQuery(problemsQueryOptions(query));
}
