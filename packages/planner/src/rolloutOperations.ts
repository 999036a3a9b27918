/**
 * The operations of the rollout module for the OpenAPI document, in the style of the catalogue's
 * openapi/operations.ts: each with the action its route declares, its schemas and its problems.
 */
import type { OperationSpec } from '@efile/catalogue';

const tag = 'Rollout';

export const rolloutOperations: OperationSpec[] = [
  {
    operationId: 'getRolloutState',
    method: 'GET',
    path: '/api/v1/rollout/processes/{key}',
    action: 'rollout:read',
    tag,
    summary: "A process's current rollout stage",
    description:
      'Derived from its stage events: the stage and support level of the latest event, since when, and how many events there are. ' +
      'The ETag is the number of events (the latest seq, "0" for none): send it as If-Match when recording a change.',
    params: 'process-params.schema.json',
    responses: {
      '200': { schema: 'rollout-process-state.schema.json', etag: true, description: 'The current stage.' },
    },
    problems: [400, 404],
  },
  {
    operationId: 'listRolloutEvents',
    method: 'GET',
    path: '/api/v1/rollout/processes/{key}/events',
    action: 'rollout:read',
    tag,
    summary: "A process's rollout timeline, oldest first",
    params: 'process-params.schema.json',
    responses: {
      '200': { schema: 'rollout-event-list.schema.json', etag: true, description: 'Every stage event of the process.' },
    },
    problems: [400, 404],
  },
  {
    operationId: 'recordRolloutEvent',
    method: 'POST',
    path: '/api/v1/rollout/processes/{key}/events',
    action: 'rollout:write',
    tag,
    summary: 'Record a change of rollout stage',
    description:
      'If-Match names the latest event seq the change was made against ("0" for a process without events); 412 when another change ' +
      'came first. Moving forward may skip stages; moving back, to not applicable or back into scope needs a `reason` (422 naming ' +
      '/reason). `at` defaults to now and may be neither in the future nor before the previous event. Base processes are rolled out ' +
      "through the departments' variants, never themselves (409); archived processes are not changed (409). Consultants and " +
      'modellers change only processes of their departments (403).',
    params: 'process-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'rollout-event-create.schema.json' } },
    responses: {
      '201': {
        schema: 'rollout-event.schema.json',
        etag: true,
        location: true,
        description: 'The recorded event; the ETag is its seq.',
      },
    },
    problems: [400, 404, 409, 412, 413, 415, 422, 428],
  },
  {
    operationId: 'changeRolloutStages',
    method: 'POST',
    path: '/api/v1/rollout/stage-changes',
    action: 'rollout:write',
    tag,
    summary: 'Record one change of stage for up to 500 processes',
    description:
      'Each item is checked and recorded on its own and reported as applied (with its event) or rejected (with the reason: ' +
      'not_found, base_process, archived, stale, invalid_transition, duplicate). When any item is a process of a department the ' +
      'caller is not assigned to, nothing is recorded: 403 naming every such item.',
    body: { content: { 'application/json': 'rollout-stage-change.schema.json' } },
    responses: {
      '200': {
        schema: 'rollout-stage-change-report.schema.json',
        description: 'What was applied and what was rejected.',
      },
    },
    problems: [400, 413, 415, 422],
  },
  {
    operationId: 'importRolloutHistory',
    method: 'POST',
    path: '/api/v1/rollout/imports/history',
    action: 'rollout:write',
    tag,
    summary: 'Import a rollout history from CSV',
    description:
      'CSV separated by `;` or `,` (or tab), UTF-8 with or without BOM or windows-1252, as the body (text/csv) or as the form field ' +
      '`file` of a multipart upload. Columns (German or English): Prozess/processKey; Stufe/to; Datum/at; Unterstützung/support; ' +
      'Notiz/note; Begründung/reason. Stages and support levels by id or German label; dates as YYYY-MM-DD or TT.MM.JJJJ ' +
      "(00:00 UTC of that day) or ISO 8601 instants. Rows are applied per process in file order, after the process's recorded " +
      'events; every row must be a valid transition from the one before. All or nothing: any invalid row records nothing (422 ' +
      "with the report); `dryRun=true` only reports (200). Rows of processes outside the caller's departments: 403, nothing " +
      'recorded. When another change of a process is recorded during the import, its rows are not recorded, the others are (409 with the report).',
    query: 'rollout-history-import-query.schema.json',
    body: { content: { 'text/csv': null, 'multipart/form-data': null } },
    responses: {
      '200': { schema: 'rollout-history-import-report.schema.json', description: 'What was (or would be) recorded.' },
    },
    problems: [400, 409, 413, 415, 422],
  },
  {
    operationId: 'getRolloutDashboard',
    method: 'GET',
    path: '/api/v1/rollout/dashboard',
    action: 'rollout:read',
    tag,
    summary: 'The rollout dashboard: KPIs, coverage, support mix, burn-up, throughput, forecast, base processes',
    description:
      'Computed on each request from the whole stage history (held in memory). Filters combine: one department, one process ' +
      'group. `weighted=true` adds coverage weighted by annual case volume. The forecast is held against `targetDate` or the ' +
      'configured rollout target. `stagesByDepartment` counts the processes per stage of each department of ' +
      '`coverage.byDepartment` (same filters). A manager limited to departments sees only theirs (404 for another department).',
    query: 'rollout-dashboard-query.schema.json',
    responses: { '200': { schema: 'rollout-dashboard.schema.json', description: 'The dashboard.' } },
    problems: [400, 404],
  },
  {
    operationId: 'getRolloutDepartment',
    method: 'GET',
    path: '/api/v1/rollout/departments/{code}',
    action: 'rollout:read',
    tag,
    summary: "One department's rollout: its processes by stage, its coverage and forecast",
    params: 'department-params.schema.json',
    query: 'rollout-dashboard-query.schema.json',
    responses: { '200': { schema: 'rollout-department.schema.json', description: "The department's rollout." } },
    problems: [400, 404],
  },
  {
    operationId: 'getRolloutBaseMatrix',
    method: 'GET',
    path: '/api/v1/rollout/base-matrix',
    action: 'rollout:read',
    tag,
    summary: 'Departments × base processes: adopted, and the stage of each variant',
    description:
      'Per base process "live in at least one department" next to "live in every department", so that neither number misleads.',
    responses: { '200': { schema: 'rollout-base-matrix.schema.json', description: 'The matrix.' } },
    problems: [],
  },
  {
    operationId: 'checkRolloutConsistency',
    method: 'GET',
    path: '/api/v1/rollout/consistency',
    action: 'audit:read',
    tag,
    summary: 'Check that the current stages in memory agree with the history in the database',
    description:
      "Recomputes every process's current stage from the stored events and compares it with the state the server keeps in " +
      'memory; also checks each stored history (seq numbering, dates in order, each event a valid transition from the previous). ' +
      'Scans the whole collection.',
    responses: { '200': { schema: 'rollout-consistency.schema.json', description: 'The result of the check.' } },
    problems: [],
  },
];
