import type { OperationSpec } from '@efile/catalogue';

/** The operations of /api/v1/rollout/exports, for the OpenAPI document. */
export const exportOperations: OperationSpec[] = [
  {
    operationId: 'exportRolloutTable',
    method: 'GET',
    path: '/api/v1/rollout/exports/{table}',
    action: 'report:export',
    tag: 'Rollout exports',
    summary: 'Export a table as CSV or XLSX (managers, consultants, admins)',
    description:
      'Tables: `waves` (demand against capacity per wave), `problems` (problem reports, most severe first), `status-reports` (the ' +
      'latest Ampel per department for `period`); from the dashboard `coverage-departments`, `coverage-groups`, `coverage-support`, ' +
      '`support-mix`, `base-matrix` (base processes × departments: the stage of the variant or "nicht übernommen"), `burnup` ' +
      '(weeks) and `forecast` (P50, P85 and the status against the target, city-wide and per department), each with its counting ' +
      'rule as notes below the table; and tables registered later. `department` narrows tables per department. German column titles. CSV: semicolons, UTF-8 with ' +
      'BOM, decimal commas, dates as dd.mm.yyyy, text cells starting with = + - @ prefixed with an apostrophe. XLSX: one sheet, bold ' +
      'header row with auto-filter, numbers, percentages and dates as typed cells. A manager limited to departments gets only theirs.',
    params: 'export-params.schema.json',
    query: 'export-query.schema.json',
    responses: {
      '200': {
        contentType: 'text/csv',
        description: 'The table as a file (Content-Disposition names it): CSV, or with format=xlsx an XLSX workbook.',
      },
    },
    problems: [400, 404],
  },
];
