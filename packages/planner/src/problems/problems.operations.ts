import type { OperationSpec } from '@efile/catalogue';

const base = '/api/v1/rollout/problems';
const tag = 'Rollout problems';

/** The operations of /api/v1/rollout/problems, for the OpenAPI document. */
export const problemOperations: OperationSpec[] = [
  {
    operationId: 'listProblemReports',
    method: 'GET',
    path: base,
    action: 'rollout:read',
    tag,
    summary: 'List problem reports (filtered, paged, with their age)',
    description:
      'Filters combine with AND; repeatable ones (department, status, severity) match any of their values. A manager limited to ' +
      'departments sees only theirs. `ageDays`: whole days from the report to its resolution, or to now while not resolved.',
    query: 'problem-report-list-query.schema.json',
    responses: {
      '200': { schema: 'problem-report-page.schema.json', description: 'One page of matches and the total count.' },
    },
    problems: [400],
  },
  {
    operationId: 'createProblemReport',
    method: 'POST',
    path: base,
    action: 'rollout:write',
    tag,
    summary: 'Report a problem against a process or a department',
    description:
      'A report against a department process belongs to its department; against a base process it needs the `department` where the ' +
      'problem occurs; without a process, `department` is required. The owner must be an active account. New reports are open.',
    body: { content: { 'application/json': 'problem-report-create.schema.json' } },
    responses: {
      '201': { schema: 'problem-report.schema.json', etag: true, location: true, description: 'Reported.' },
    },
    problems: [400, 413, 415, 422],
  },
  {
    operationId: 'getProblemReport',
    method: 'GET',
    path: `${base}/{id}`,
    action: 'rollout:read',
    tag,
    summary: 'Read a problem report',
    params: 'problem-report-params.schema.json',
    responses: { '200': { schema: 'problem-report.schema.json', etag: true, description: 'The problem report.' } },
    problems: [400, 404],
  },
  {
    operationId: 'updateProblemReport',
    method: 'PATCH',
    path: `${base}/{id}`,
    action: 'rollout:write',
    tag,
    summary: 'Change, resolve or reopen a problem report',
    description:
      'Sends only the fields to change. Resolving (status resolved) needs a `resolution` (422 otherwise); reopening removes the ' +
      'resolution and its date, which `history` keeps.',
    params: 'problem-report-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'problem-report-update.schema.json' } },
    responses: { '200': { schema: 'problem-report.schema.json', etag: true, description: 'The changed report.' } },
    problems: [400, 404, 412, 413, 415, 422, 428],
  },
];
