/**
 * Every operation the API serves, described once. A test proves this list and the app's routes match.
 * Schema references name files of the schemas package, the same ones the routes validate with.
 */

export interface ResponseSpec {
  description?: string;
  /** Schema file (or file#pointer) of the JSON body. */
  schema?: string;
  /** Media type when not application/json (a binary body when `schema` is absent). */
  contentType?: string;
  etag?: boolean;
  location?: boolean;
}

export interface OperationSpec {
  operationId: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Object schema of the path parameters. */
  params?: string;
  /** Object schema of the query parameters. */
  query?: string;
  ifMatch?: boolean;
  /** Request body: media type → schema file, or null for a binary/file body. */
  body?: { content: Record<string, string | null>; required?: boolean };
  responses: Record<string, ResponseSpec>;
  /** Statuses answered with application/problem+json. */
  problems?: number[];
}

export const operations: OperationSpec[] = [
  {
    operationId: 'getHealth',
    method: 'GET',
    path: '/healthz',
    tag: 'Operations',
    summary: 'Health of the service and its database',
    responses: {
      '200': {
        description: 'The service and its database answer: `{status: "ok", database: {state: "up", latencyMs}}`.',
      },
      '503': { description: 'The database does not answer: `{status: "unavailable", database: {state: "down"}}`.' },
    },
  },
  {
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/api/v1/openapi.json',
    tag: 'Operations',
    summary: 'This OpenAPI document',
    responses: { '200': { description: 'The OpenAPI 3.1 document.' } },
  },
  {
    operationId: 'getApiReference',
    method: 'GET',
    path: '/api/docs',
    tag: 'Operations',
    summary: 'A readable API reference page (HTML)',
    responses: { '200': { description: 'The reference as an HTML page.', contentType: 'text/html' } },
  },
  {
    operationId: 'listDepartments',
    method: 'GET',
    path: '/api/v1/departments',
    tag: 'Departments',
    summary: 'List all departments (Ämter), ordered by code',
    responses: { '200': { schema: 'department-list.schema.json', description: 'All departments.' } },
  },
  {
    operationId: 'createDepartment',
    method: 'POST',
    path: '/api/v1/departments',
    tag: 'Departments',
    summary: 'Create a department',
    body: { content: { 'application/json': 'department-create.schema.json' } },
    responses: { '201': { schema: 'department.schema.json', etag: true, location: true, description: 'Created.' } },
    problems: [400, 409, 413, 415, 422],
  },
  {
    operationId: 'getDepartment',
    method: 'GET',
    path: '/api/v1/departments/{code}',
    tag: 'Departments',
    summary: 'Read a department',
    params: 'department-params.schema.json',
    responses: { '200': { schema: 'department.schema.json', etag: true, description: 'The department.' } },
    problems: [400, 404],
  },
  {
    operationId: 'updateDepartment',
    method: 'PATCH',
    path: '/api/v1/departments/{code}',
    tag: 'Departments',
    summary: 'Change a department',
    description: 'Sends only the fields to change; null removes an optional field. The code never changes.',
    params: 'department-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'department-update.schema.json' } },
    responses: { '200': { schema: 'department.schema.json', etag: true, description: 'The changed department.' } },
    problems: [400, 404, 412, 415, 422, 428],
  },
  {
    operationId: 'listProcesses',
    method: 'GET',
    path: '/api/v1/processes',
    tag: 'Processes',
    summary: 'List, filter, search and sort processes',
    description:
      'Filters combine with AND; repeatable ones (department, tag) may be given several times. `q` searches key, name and description ' +
      'German-aware: case-insensitive, and ä/ae, ö/oe, ü/ue, ß/ss match each other; every term must match. Archived processes are left out ' +
      'unless `archived=true` (only archived) or `archived=all`.',
    query: 'process-list-query.schema.json',
    responses: {
      '200': { schema: 'process-page.schema.json', description: 'One page of matches and the total count.' },
    },
    problems: [400],
  },
  {
    operationId: 'createProcess',
    method: 'POST',
    path: '/api/v1/processes',
    tag: 'Processes',
    summary: 'Create a process',
    description: 'Variants of base processes are created by adoption, not here.',
    body: { content: { 'application/json': 'process-create.schema.json' } },
    responses: { '201': { schema: 'process.schema.json', etag: true, location: true, description: 'Created.' } },
    problems: [400, 409, 413, 415, 422],
  },
  {
    operationId: 'getProcess',
    method: 'GET',
    path: '/api/v1/processes/{key}',
    tag: 'Processes',
    summary: 'Read a process (archived ones too)',
    params: 'process-params.schema.json',
    responses: { '200': { schema: 'process.schema.json', etag: true, description: 'The process.' } },
    problems: [400, 404],
  },
  {
    operationId: 'updateProcess',
    method: 'PATCH',
    path: '/api/v1/processes/{key}',
    tag: 'Processes',
    summary: 'Change a process',
    description:
      'Sends only the fields to change; null removes an optional field. Archived processes cannot be changed (409).',
    params: 'process-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'process-update.schema.json' } },
    responses: { '200': { schema: 'process.schema.json', etag: true, description: 'The changed process.' } },
    problems: [400, 404, 409, 412, 415, 422, 428],
  },
  {
    operationId: 'archiveProcess',
    method: 'DELETE',
    path: '/api/v1/processes/{key}',
    tag: 'Processes',
    summary: 'Archive a process (nothing is ever hard-deleted)',
    description: 'A base process that departments have adopted cannot be archived while its variants are active (409).',
    params: 'process-params.schema.json',
    ifMatch: true,
    responses: { '200': { schema: 'process.schema.json', etag: true, description: 'The archived process.' } },
    problems: [400, 404, 409, 412, 428],
  },
  {
    operationId: 'restoreProcess',
    method: 'POST',
    path: '/api/v1/processes/{key}/restore',
    tag: 'Processes',
    summary: 'Restore an archived process',
    params: 'process-params.schema.json',
    ifMatch: true,
    responses: { '200': { schema: 'process.schema.json', etag: true, description: 'The restored process.' } },
    problems: [400, 404, 409, 412, 428],
  },
  {
    operationId: 'listDiagrams',
    method: 'GET',
    path: '/api/v1/processes/{key}/diagrams',
    tag: 'Diagrams',
    summary: "List a process's diagram versions, newest first",
    params: 'diagram-params.schema.json',
    responses: { '200': { schema: 'diagram-list.schema.json', description: 'The versions (metadata only).' } },
    problems: [400, 404],
  },
  {
    operationId: 'uploadDiagram',
    method: 'POST',
    path: '/api/v1/processes/{key}/diagrams',
    tag: 'Diagrams',
    summary: 'Upload a BPMN 2.0 diagram as the next version (draft)',
    description:
      'The body is the BPMN XML (`application/xml`, `text/xml`, `application/bpmn+xml`) or a multipart form with a `file` part and an ' +
      'optional `message` field. The bytes are stored unchanged. Refused with 422 and a reason: not XML, DOCTYPE or entity declarations, ' +
      'not BPMN 2.0, unparsable, duplicate ids, or a parse over the time limit; 413 over the size limit (BPMN_MAX_BYTES). Parser warnings ' +
      'come back with the 201.',
    params: 'diagram-params.schema.json',
    query: 'diagram-upload-query.schema.json',
    body: {
      content: { 'application/xml': null, 'text/xml': null, 'application/bpmn+xml': null, 'multipart/form-data': null },
    },
    responses: {
      '201': { schema: 'diagram.schema.json', etag: true, location: true, description: 'Stored as a draft.' },
    },
    problems: [400, 404, 409, 413, 415, 422, 503],
  },
  {
    operationId: 'getDiagram',
    method: 'GET',
    path: '/api/v1/processes/{key}/diagrams/{version}',
    tag: 'Diagrams',
    summary: "Read a diagram version's metadata (`latest` and `released` name the newest ones)",
    params: 'diagram-params.schema.json',
    responses: {
      '200': { schema: 'diagram.schema.json', etag: true, description: 'The metadata; the ETag is its revision.' },
    },
    problems: [400, 404],
  },
  {
    operationId: 'changeDiagramStatus',
    method: 'PATCH',
    path: '/api/v1/processes/{key}/diagrams/{version}',
    tag: 'Diagrams',
    summary: 'Move a diagram version through the release workflow',
    description:
      "draft → in_review → released, and in_review → draft (sent back). Released versions are final. Releasing raises the process's " +
      '`releasedDiagramVersion`. If-Match names the revision.',
    params: 'diagram-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'diagram-status-change.schema.json' } },
    responses: { '200': { schema: 'diagram.schema.json', etag: true, description: 'The changed version.' } },
    problems: [400, 404, 409, 412, 415, 422, 428],
  },
  {
    operationId: 'getDiagramContent',
    method: 'GET',
    path: '/api/v1/processes/{key}/diagrams/{version}/content',
    tag: 'Diagrams',
    summary: 'Download a diagram version, byte-identical to what was uploaded',
    params: 'diagram-params.schema.json',
    responses: { '200': { contentType: 'application/xml', description: 'The BPMN file as stored.' } },
    problems: [400, 404],
  },
  {
    operationId: 'listAdoptions',
    method: 'GET',
    path: '/api/v1/processes/{key}/adoptions',
    tag: 'Adoption',
    summary: 'Which departments adopted a base process, and which variants are behind its newest release',
    params: 'process-params.schema.json',
    responses: {
      '200': { schema: 'adoption-overview.schema.json', description: 'The variants and the departments without one.' },
    },
    problems: [400, 404, 409],
  },
  {
    operationId: 'adoptBaseProcess',
    method: 'POST',
    path: '/api/v1/processes/{key}/adoptions',
    tag: 'Adoption',
    summary: 'A department adopts a base process',
    description:
      "Creates the department's variant with a copy of the base process's released diagram and remembers the base version it came from. " +
      'A department adopts a base process once (409 on a second time).',
    params: 'process-params.schema.json',
    body: { content: { 'application/json': 'adoption-create.schema.json' } },
    responses: {
      '201': { schema: 'process.schema.json', etag: true, location: true, description: 'The new variant.' },
    },
    problems: [400, 404, 409, 415, 422],
  },
  {
    operationId: 'rebaseVariant',
    method: 'POST',
    path: '/api/v1/processes/{key}/rebase',
    tag: 'Adoption',
    summary: 'Move a variant onto a newer released base version after reviewing the difference',
    params: 'process-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'process-rebase.schema.json' } },
    responses: {
      '200': { schema: 'process.schema.json', etag: true, description: 'The variant on its new base version.' },
    },
    problems: [400, 404, 409, 412, 415, 422, 428],
  },
  {
    operationId: 'importProcesses',
    method: 'POST',
    path: '/api/v1/imports/processes',
    tag: 'Import',
    summary: 'Bulk import of processes from CSV (German Excel exports) or JSON',
    description:
      'CSV separated by `;`, `,` or tab, UTF-8 with or without BOM or windows-1252, with German or English column names; or JSON (an array ' +
      'of rows or `{items}`); or a multipart form with a `file` part. Idempotent by key: a re-import updates changed rows and leaves ' +
      'unchanged ones alone. `mode=all` (default) writes nothing when any row fails (422 with the report); `mode=valid` writes the valid ' +
      'rows; `dryRun=true` only reports.',
    query: 'import-query.schema.json',
    body: {
      content: {
        'text/csv': null,
        'application/json': null,
        'multipart/form-data': null,
      },
    },
    responses: {
      '200': { schema: 'import-report.schema.json', description: 'What was created, updated, unchanged and rejected.' },
    },
    problems: [400, 413, 415, 422],
  },
];
