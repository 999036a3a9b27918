/**
 * Every operation the API serves, described once. A test proves this list and the app's routes match.
 * Schema references name files of the schemas package, the same ones the routes validate with.
 */

import type { Action } from '../auth/policy.js';

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
  /** The action the route declares to the authorization policy (auth/policy.ts); a test compares it with the route. */
  action: Action;
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
    action: 'public',
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
    action: 'docs:read',
    tag: 'Operations',
    summary: 'This OpenAPI document',
    responses: { '200': { description: 'The OpenAPI 3.1 document.' } },
  },
  {
    operationId: 'getApiReference',
    method: 'GET',
    path: '/api/docs',
    action: 'docs:read',
    tag: 'Operations',
    summary: 'A readable API reference page (HTML)',
    responses: { '200': { description: 'The reference as an HTML page.', contentType: 'text/html' } },
  },
  {
    operationId: 'listDepartments',
    method: 'GET',
    path: '/api/v1/departments',
    action: 'department:read',
    tag: 'Departments',
    summary: 'List all departments (Ämter), ordered by code',
    responses: { '200': { schema: 'department-list.schema.json', description: 'All departments.' } },
  },
  {
    operationId: 'createDepartment',
    method: 'POST',
    path: '/api/v1/departments',
    action: 'department:write',
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
    action: 'department:read',
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
    action: 'department:write',
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
    action: 'process:read',
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
    action: 'process:write',
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
    action: 'process:read',
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
    action: 'process:write',
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
    action: 'process:write',
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
    action: 'process:write',
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
    action: 'process:read',
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
    action: 'process:write',
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
    action: 'process:read',
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
    action: 'process:write',
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
    action: 'process:read',
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
    action: 'process:read',
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
    action: 'adoption:create',
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
    action: 'process:write',
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
    action: 'import:write',
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
  {
    operationId: 'signIn',
    method: 'POST',
    path: '/api/v1/session',
    action: 'public',
    tag: 'Session',
    summary: 'Sign in with username and password',
    description:
      'Starts a session: sets the http-only cookie `efile_session` (SameSite=Lax, Secure over TLS) and answers who is signed in with the CSRF token ' +
      'to send back as `X-CSRF-Token` on every change. Wrong credentials answer 401 without telling which part was wrong; too many attempts ' +
      'from one address or for one username answer 429 with Retry-After (the username is locked for a while).',
    body: { content: { 'application/json': 'session-create.schema.json' } },
    responses: { '201': { schema: 'session.schema.json', description: 'Signed in.' } },
    problems: [400, 401, 415, 422, 429],
  },
  {
    operationId: 'getSession',
    method: 'GET',
    path: '/api/v1/session',
    action: 'self',
    tag: 'Session',
    summary: 'Who is signed in, and the CSRF token',
    responses: { '200': { schema: 'session.schema.json', description: 'The session.' } },
    problems: [404],
  },
  {
    operationId: 'signOut',
    method: 'DELETE',
    path: '/api/v1/session',
    action: 'self',
    tag: 'Session',
    summary: 'Sign out (ends the session)',
    responses: { '204': { description: 'Signed out; the cookie is cleared.' } },
    problems: [404],
  },
  {
    operationId: 'startOidcSignIn',
    method: 'GET',
    path: '/api/v1/session/oidc/login',
    action: 'public',
    tag: 'Session',
    summary: "Sign in through the city's identity provider (only when OIDC is configured)",
    description:
      'Redirects the browser to the identity provider (authorization code flow with PKCE S256, state and nonce); the pending ' +
      'sign-in is kept for 10 minutes in an encrypted http-only cookie. The optional query parameter `returnTo` is a path on ' +
      'this site (starting with a single `/`) to go to after signing in; anything else answers 400. 503 when the identity ' +
      'provider cannot be reached. See docs/auth.md.',
    responses: { '302': { description: "To the identity provider's sign-in page." } },
    problems: [400, 503],
  },
  {
    operationId: 'completeOidcSignIn',
    method: 'GET',
    path: '/api/v1/session/oidc/callback',
    action: 'public',
    tag: 'Session',
    summary: "The identity provider's redirect back after signing in (only when OIDC is configured)",
    description:
      'Checks state, exchanges the code, validates the ID token and its nonce, maps the claims to role and departments, ' +
      'creates or refreshes the account (`source: oidc`), starts a session (cookie `efile_session`) and redirects to the ' +
      '`returnTo` path of the login, or `/`. A refused sign-in (error from the identity provider, unknown or expired state, ' +
      'no mapped role, a modeller without a known department, a deactivated account) answers 401 with the reason and is ' +
      'recorded in the audit trail. 503 when the identity provider cannot be reached.',
    responses: { '302': { description: 'Signed in; to the page the sign-in started from.' } },
    problems: [401, 503],
  },
  {
    operationId: 'listAccounts',
    method: 'GET',
    path: '/api/v1/accounts',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'List all accounts (admins)',
    responses: { '200': { schema: 'account-list.schema.json', description: 'All accounts by username.' } },
  },
  {
    operationId: 'createAccount',
    method: 'POST',
    path: '/api/v1/accounts',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'Create a local account (admins)',
    body: { content: { 'application/json': 'account-create.schema.json' } },
    responses: { '201': { schema: 'account.schema.json', etag: true, location: true, description: 'Created.' } },
    problems: [400, 409, 413, 415, 422],
  },
  {
    operationId: 'getAccount',
    method: 'GET',
    path: '/api/v1/accounts/{id}',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'Read an account (admins)',
    params: 'account-params.schema.json',
    responses: { '200': { schema: 'account.schema.json', etag: true, description: 'The account.' } },
    problems: [400, 404],
  },
  {
    operationId: 'updateAccount',
    method: 'PATCH',
    path: '/api/v1/accounts/{id}',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'Change role, departments, name or e-mail; deactivate or reactivate (admins)',
    description:
      'Deactivating an account, or changing its role or departments, ends its sessions. Admins cannot deactivate or demote themselves.',
    params: 'account-params.schema.json',
    ifMatch: true,
    body: { content: { 'application/json': 'account-update.schema.json' } },
    responses: { '200': { schema: 'account.schema.json', etag: true, description: 'The changed account.' } },
    problems: [400, 404, 409, 412, 415, 422, 428],
  },
  {
    operationId: 'resetAccountPassword',
    method: 'PUT',
    path: '/api/v1/accounts/{id}/password',
    action: 'account:admin',
    tag: 'Accounts',
    summary: "Set a new password for a local account (admins); the account's sessions end",
    params: 'account-params.schema.json',
    body: { content: { 'application/json': 'password-reset.schema.json' } },
    responses: { '204': { description: 'The password is set.' } },
    problems: [400, 404, 415, 422],
  },
  {
    operationId: 'listApiTokens',
    method: 'GET',
    path: '/api/v1/tokens',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'List API tokens (admins; never their secrets)',
    responses: { '200': { schema: 'token-list.schema.json', description: 'All tokens, newest first.' } },
  },
  {
    operationId: 'createApiToken',
    method: 'POST',
    path: '/api/v1/tokens',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'Create an API token for automation (admins); the secret is shown once',
    body: { content: { 'application/json': 'token-create.schema.json' } },
    responses: {
      '201': { schema: 'token-created.schema.json', location: true, description: 'The token and its secret.' },
    },
    problems: [400, 413, 415, 422],
  },
  {
    operationId: 'getApiToken',
    method: 'GET',
    path: '/api/v1/tokens/{id}',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'Read an API token (admins)',
    params: 'token-params.schema.json',
    responses: { '200': { schema: 'token.schema.json', description: 'The token.' } },
    problems: [400, 404],
  },
  {
    operationId: 'revokeApiToken',
    method: 'DELETE',
    path: '/api/v1/tokens/{id}',
    action: 'account:admin',
    tag: 'Accounts',
    summary: 'Revoke an API token for good (admins)',
    params: 'token-params.schema.json',
    responses: { '200': { schema: 'token.schema.json', description: 'The revoked token.' } },
    problems: [400, 404],
  },
  {
    operationId: 'queryAudit',
    method: 'GET',
    path: '/api/v1/audit',
    action: 'audit:read',
    tag: 'Audit',
    summary: 'Query the audit trail (admins)',
    description:
      'One record per change and per denied attempt, newest first; filter by actor id, resource (the path or below it), outcome and time range. ' +
      'Records cannot be changed or deleted.',
    query: 'audit-query.schema.json',
    responses: { '200': { schema: 'audit-page.schema.json', description: 'One page of records.' } },
    problems: [400],
  },
  {
    operationId: 'exportAudit',
    method: 'GET',
    path: '/api/v1/audit/export',
    action: 'audit:read',
    tag: 'Audit',
    summary: 'Export the audit trail as CSV or JSON (admins)',
    query: 'audit-query.schema.json',
    responses: {
      '200': {
        contentType: 'text/csv',
        description: 'CSV (semicolons, UTF-8 with BOM) or, with format=json, a JSON array of audit records.',
      },
    },
    problems: [400],
  },
];
