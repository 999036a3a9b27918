import type { OperationSpec } from '@efile/catalogue';

const base = '/api/v1/rollout/waves';
const tag = 'Rollout waves';

/** The operations of /api/v1/rollout/waves, for the OpenAPI document. */
export const waveOperations: OperationSpec[] = [
  {
    operationId: 'listWaves',
    method: 'GET',
    path: base,
    action: 'rollout:read',
    tag,
    summary: 'Waves with demand against capacity',
    description:
      'Every wave by start, each with the person-days its processes still need (processes neither live nor not applicable; ' +
      'effort = support level × complexity, see `effortTable`) against its capacity; over-allocated when demand ÷ capacity > 1. ' +
      'A process counts in the wave that lists it, else in the earliest wave listing its department. Processes without a ' +
      'planning entry count with their current support level (or `assumptions.support`) and `assumptions.complexity`; ' +
      '`demand.assumed` says how many. Base processes (rolled out through their variants) and archived processes do not count. ' +
      '`capacityForecast` answers when central IT finishes the remaining consulting and full-service work: remaining effort ' +
      '(same effort and assumptions as the demand) ÷ capacity per week, rounded up to whole weeks from today, against the ' +
      'configured target date (`ROLLOUT_TARGET_DATE`, default 2028-12-31). Capacity per week = the capacity of the waves that ' +
      'have not ended ÷ the weeks from the earliest start to the latest end of those waves; `rule` states both rules.',
    responses: { '200': { schema: 'wave-list.schema.json', description: 'All waves and the processes in no wave.' } },
  },
  {
    operationId: 'createWave',
    method: 'POST',
    path: base,
    action: 'wave:write',
    tag,
    summary: 'Create a wave (admins)',
    body: { content: { 'application/json': 'wave-create.schema.json' } },
    responses: { '201': { schema: 'wave.schema.json', etag: true, location: true, description: 'Created.' } },
    problems: [400, 409, 413, 415, 422],
  },
  {
    operationId: 'whatIfWaves',
    method: 'POST',
    path: `${base}/what-if`,
    action: 'rollout:read',
    tag,
    summary: 'Recompute demand against capacity for a scenario; nothing is saved',
    description:
      '`extraConsultants` adds, per consultant, the wave’s working days (Monday to Friday) × `availability` (default 0.8) ' +
      'person-days to every wave or those in `extraConsultantWaves`; `moveDepartments` moves departments with all their processes ' +
      'to `toWave`. Unknown waves give 422.',
    body: { content: { 'application/json': 'wave-what-if.schema.json' } },
    responses: { '200': { schema: 'wave-what-if-result.schema.json', description: 'Before and after the scenario.' } },
    problems: [400, 413, 415, 422],
  },
  {
    operationId: 'listWavePlans',
    method: 'GET',
    path: `${base}/plans`,
    action: 'rollout:read',
    tag,
    summary: 'Planning entries of processes (complexity and planned support level)',
    description: 'By process key; a manager limited to departments sees only theirs.',
    query: 'wave-plan-list-query.schema.json',
    responses: { '200': { schema: 'wave-plan-page.schema.json', description: 'One page of planning entries.' } },
    problems: [400],
  },
  {
    operationId: 'getWavePlan',
    method: 'GET',
    path: `${base}/plans/{key}`,
    action: 'rollout:read',
    tag,
    summary: 'Read the planning entry of a process',
    params: 'wave-plan-params.schema.json',
    responses: { '200': { schema: 'wave-plan.schema.json', etag: true, description: 'The planning entry.' } },
    problems: [400, 404],
  },
  {
    operationId: 'putWavePlan',
    method: 'PUT',
    path: `${base}/plans/{key}`,
    action: 'rollout:write',
    tag,
    summary: 'Set the complexity and planned support level of a process',
    description:
      'In the process’s department (base processes: admins only). Without If-Match it creates the first entry (201); an existing ' +
      'entry is replaced only with If-Match (428 without, 412 when outdated).',
    params: 'wave-plan-params.schema.json',
    body: { content: { 'application/json': 'wave-plan-update.schema.json' } },
    responses: {
      '200': { schema: 'wave-plan.schema.json', etag: true, description: 'The replaced entry.' },
      '201': { schema: 'wave-plan.schema.json', etag: true, location: true, description: 'The first entry.' },
    },
    problems: [400, 404, 412, 413, 415, 422, 428],
  },
  {
    operationId: 'getWave',
    method: 'GET',
    path: `${base}/{id}`,
    action: 'rollout:read',
    tag,
    summary: 'Read a wave with its demand',
    params: 'wave-params.schema.json',
    responses: { '200': { schema: 'wave.schema.json', etag: true, description: 'The wave.' } },
    problems: [400, 404],
  },
  {
    operationId: 'updateWave',
    method: 'PATCH',
    path: `${base}/{id}`,
    action: 'wave:write',
    tag,
    summary: 'Change a wave (admins)',
    description:
      'Sends only the fields to change; null removes the note. Lists of departments and processes are replaced whole.',
    params: 'wave-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'wave-update.schema.json' } },
    responses: { '200': { schema: 'wave.schema.json', etag: true, description: 'The changed wave.' } },
    problems: [400, 404, 412, 413, 415, 422, 428],
  },
  {
    operationId: 'deleteWave',
    method: 'DELETE',
    path: `${base}/{id}`,
    action: 'wave:write',
    tag,
    summary: 'Delete an empty wave (admins)',
    description:
      'A wave that still lists departments or processes is not deleted (409): move them to another wave first.',
    params: 'wave-params.schema.json',
    ifMatch: true,
    responses: { '204': { description: 'Deleted.' } },
    problems: [400, 404, 409, 412, 428],
  },
  {
    operationId: 'moveToWave',
    method: 'POST',
    path: `${base}/{id}/move`,
    action: 'wave:write',
    tag,
    summary: 'Move departments and processes into a wave (admins)',
    description:
      'If-Match names the version of the target wave. The departments and processes are added to it, then taken out of every other ' +
      'wave, together with the processes of moved departments that other waves list individually. `changed` gives the new versions ' +
      'of the other waves the move changed.',
    params: 'wave-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'wave-move.schema.json' } },
    responses: {
      '200': { schema: 'wave-move-result.schema.json', etag: true, description: 'The target wave after the move.' },
    },
    problems: [400, 404, 412, 413, 415, 422, 428],
  },
];
