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
    responses: { '200': { description: '`{items: Department[], total}`' } },
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
];
