import type { OperationSpec } from '@efile/catalogue';

const base = '/api/v1/rollout/reports';
const tag = 'Rollout status reports';

/** The operations of /api/v1/rollout/reports, for the OpenAPI document. */
export const reportOperations: OperationSpec[] = [
  {
    operationId: 'listStatusReports',
    method: 'GET',
    path: base,
    action: 'rollout:read',
    tag,
    summary: 'The latest status report (Ampel) of each department for a month',
    description:
      'For the dashboard’s traffic lights: the latest revision per department, by department code, and the departments that have ' +
      'not reported. A manager limited to departments sees only theirs.',
    query: 'status-report-list-query.schema.json',
    responses: { '200': { schema: 'status-report-list.schema.json', description: 'The month’s reports.' } },
    problems: [400],
  },
  {
    operationId: 'listDepartmentStatusReports',
    method: 'GET',
    path: `${base}/{department}`,
    action: 'rollout:read',
    tag,
    summary: 'A department’s latest status report (Ampel) of each month in a range',
    description:
      'The months from `from` to `to`, both included (default: the six months up to the current one; at most 36), newest first: ' +
      'the latest revision of each month that has a report, and the months without one in `missing`. 400 naming `from` when it ' +
      'is after `to` or more than 35 months before it. A manager limited to departments gets 404 for another department’s.',
    params: 'status-report-department-params.schema.json',
    query: 'status-report-history-query.schema.json',
    responses: {
      '200': { schema: 'status-report-history.schema.json', description: 'The department’s reports by month.' },
    },
    problems: [400, 404],
  },
  {
    operationId: 'getStatusReport',
    method: 'GET',
    path: `${base}/{department}/{period}`,
    action: 'rollout:read',
    tag,
    summary: 'A department’s status report for a month, with every revision',
    params: 'status-report-params.schema.json',
    responses: {
      '200': { schema: 'status-report.schema.json', etag: true, description: 'The report and its history.' },
    },
    problems: [400, 404],
  },
  {
    operationId: 'putStatusReport',
    method: 'PUT',
    path: `${base}/{department}/{period}`,
    action: 'rollout:write',
    tag,
    summary: 'Write a new revision of a department’s status report for a month',
    description:
      'The period is a month, `YYYY-MM`. The first report of a month is written without If-Match (201); later revisions need If-Match ' +
      '(428 without, 412 when outdated). Earlier revisions stay in `history`; sending the current light and text again changes nothing.',
    params: 'status-report-params.schema.json',
    body: { content: { 'application/json': 'status-report-update.schema.json' } },
    responses: {
      '200': { schema: 'status-report.schema.json', etag: true, description: 'The revised report.' },
      '201': {
        schema: 'status-report.schema.json',
        etag: true,
        location: true,
        description: 'The month’s first report.',
      },
    },
    problems: [400, 404, 412, 413, 415, 422, 428],
  },
];
