import type { OperationSpec } from '@efile/catalogue';

const path = '/api/v1/rollout/effort-table';
const tag = 'Rollout waves';

/** The operations of /api/v1/rollout/effort-table, for the OpenAPI document. */
export const effortTableOperations: OperationSpec[] = [
  {
    operationId: 'getEffortTable',
    method: 'GET',
    path,
    action: 'rollout:read',
    tag,
    summary: 'The effort table the waves count with',
    description:
      'Person-days of central IT per process by support level and complexity, from which the demand of the waves, what-if ' +
      'scenarios and the capacity forecast are computed. Until a table is stored the configured default applies ' +
      '(`isDefault`, version 0: send `If-Match: "0"` to store the first table).',
    responses: {
      '200': { schema: 'effort-table.schema.json', etag: true, description: 'The table in force and its version.' },
    },
  },
  {
    operationId: 'putEffortTable',
    method: 'PUT',
    path,
    action: 'wave:write',
    tag,
    summary: 'Replace the effort table (admins)',
    description:
      'The whole table: all four support levels × three complexities, each 0 to 1000 person-days. If-Match names the version ' +
      'read (428 without, 412 when someone changed it since). Demand, what-if and forecast count with it from the next request on.',
    ifMatch: true,
    body: { content: { 'application/json': 'effort-table-update.schema.json' } },
    responses: {
      '200': { schema: 'effort-table.schema.json', etag: true, description: 'The stored table and its new version.' },
    },
    problems: [400, 412, 413, 415, 422, 428],
  },
];
