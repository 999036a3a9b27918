/**
 * The OpenAPI 3.1 document, built from the same JSON Schemas that validate the requests
 * (packages/schemas) and from the operation list in operations.ts.
 */
import { schemas } from '@efile/schemas';
import { operations, type OperationSpec, type ResponseSpec } from './operations.js';

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<string, string> = {
  '400': 'The request is malformed (invalid JSON, query or path parameter); `errors` names each field.',
  '401': 'Nobody is signed in, or the API token is invalid, expired or revoked.',
  '403': 'The role or the department scope does not allow this, or the CSRF token is missing.',
  '429': 'Too many sign-in attempts; Retry-After says when to try again.',
  '404': 'No such resource.',
  '409': 'The request conflicts with the current state.',
  '412': 'If-Match names an outdated version; `currentVersion` tells the current one. Reload and retry.',
  '413': 'The body exceeds the size limit.',
  '415': 'The body has a media type this operation does not take.',
  '422': 'The content breaks a schema or a rule; `errors` names each field.',
  '428': 'The update needs an If-Match header with the ETag of the version it changes.',
  '503': 'The database does not answer.',
};

function componentName(file: string): string {
  const schema = schemas[file];
  if (!schema) throw new Error(`Unknown schema file ${file}`);
  return String(schema.title);
}

/** Turns a schema reference of the schemas package into a reference to the document's components. */
export function componentRef(ref: string, currentFile?: string): string {
  const [file, pointer] = ref.split('#');
  const target = file ? file : currentFile;
  if (!target) throw new Error(`Cannot resolve ${ref}`);
  return `#/components/schemas/${componentName(target)}${pointer ?? ''}`;
}

/** Copies a schema with every `$ref` pointed at the components and without `$id`/`$schema`. */
function rewrite(node: unknown, file: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, file));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$id' || key === '$schema') continue;
    out[key] = key === '$ref' && typeof value === 'string' ? componentRef(value, file) : rewrite(value, file);
  }
  return out;
}

function resolveLocal(ref: string): Json {
  const [file, pointer = ''] = ref.split('#');
  let node: unknown = schemas[file!];
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Json)[part];
  if (!node || typeof node !== 'object') throw new Error(`Cannot resolve ${ref}`);
  return node as Json;
}

/** Expands an object schema of path or query parameters into OpenAPI parameters. */
function parameters(ref: string, location: 'path' | 'query'): Json[] {
  const [file] = ref.split('#');
  const schema = resolveLocal(ref);
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries((schema.properties as Json | undefined) ?? {}).map(([name, prop]) => {
    const p = prop as Json;
    return {
      name,
      in: location,
      required: location === 'path' || required.has(name),
      ...(typeof p.description === 'string' ? { description: p.description } : {}),
      schema: rewrite(p, file!),
      ...(p.type === 'array' ? { style: 'form', explode: true } : {}),
    };
  });
}

function response(status: string, spec: ResponseSpec): Json {
  const headers: Json = {};
  if (spec.etag)
    headers.ETag = { description: 'The version of the resource, for If-Match.', schema: { type: 'string' } };
  if (spec.location) headers.Location = { description: 'Where the new resource lives.', schema: { type: 'string' } };
  const content: Json = {};
  if (spec.schema) content[spec.contentType ?? 'application/json'] = { schema: { $ref: componentRef(spec.schema) } };
  else if (spec.contentType) content[spec.contentType] = { schema: { type: 'string', format: 'binary' } };
  return {
    description: spec.description ?? STATUS_TEXT[status] ?? '',
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(Object.keys(content).length ? { content } : {}),
  };
}

function operation(spec: OperationSpec): Json {
  const params: Json[] = [];
  if (spec.params) params.push(...parameters(spec.params, 'path'));
  if (spec.query) params.push(...parameters(spec.query, 'query'));
  if (spec.ifMatch) {
    params.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The ETag of the version this request changes (428 without it, 412 when outdated).',
      schema: { type: 'string' },
    });
  }
  const responses: Json = {};
  for (const [status, r] of Object.entries(spec.responses)) responses[status] = response(status, r);
  const problems = new Set(spec.problems ?? []);
  if (spec.action !== 'public') {
    problems.add(401);
    problems.add(403);
  }
  for (const status of [...problems].sort()) {
    responses[String(status)] = {
      description: STATUS_TEXT[String(status)] ?? '',
      content: { 'application/problem+json': { schema: { $ref: componentRef('problem.schema.json') } } },
    };
  }
  let requestBody: Json | undefined;
  if (spec.body) {
    const content: Json = {};
    for (const [type, schemaRef] of Object.entries(spec.body.content)) {
      content[type] = { schema: schemaRef ? { $ref: componentRef(schemaRef) } : { type: 'string', format: 'binary' } };
    }
    requestBody = { required: spec.body.required ?? true, content };
  }
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    'x-action': spec.action,
    security: spec.action === 'public' ? [] : [{ session: [] }, { apiToken: [] }],
    ...(params.length ? { parameters: params } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** The whole OpenAPI 3.1 document. */
export function buildOpenApiDocument(version = '0.1.0', specs: OperationSpec[] = operations): Json {
  const paths: Json = {};
  for (const spec of specs) {
    const item = (paths[spec.path] ??= {}) as Json;
    item[spec.method.toLowerCase()] = operation(spec);
  }
  const components: Json = {};
  for (const [file, schema] of Object.entries(schemas)) components[String(schema.title)] = rewrite(schema, file);
  return {
    openapi: '3.1.0',
    info: {
      title: 'efile-rollout API',
      version,
      description:
        'The process catalogue of the e-file rollout: departments (Ämter), processes, versioned BPMN diagrams, adoption of base processes and bulk import. ' +
        'Errors are RFC 9457 problem details (application/problem+json). Every mutable resource carries a version, sent as ETag; updates need If-Match. ' +
        'Sign in with POST /api/v1/session (cookie + CSRF token) or send an API token as Authorization: Bearer; `x-action` names the permission each operation needs.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(specs.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'efile_session',
          description: 'The session cookie from POST /api/v1/session; changes also need the X-CSRF-Token header.',
        },
        apiToken: { type: 'http', scheme: 'bearer', description: 'An API token (efr_tok_…) created by an admin.' },
      },
    },
  };
}
