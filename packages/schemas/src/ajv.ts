/**
 * The one Ajv module: compiles every schema of this package once and turns Ajv's errors
 * into field details for RFC 9457 problem responses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import type { FieldError } from './generated/Problem.js';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

/** Base URI of every schema's `$id`. */
export const SCHEMA_BASE = 'https://efile-rollout.example/schemas/';

const schemaDir = new URL('../schemas/', import.meta.url);

/** Every JSON Schema of the package, keyed by file name (e.g. `process.schema.json`). */
export const schemas: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(
  readdirSync(schemaDir)
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as Record<string, unknown>]),
);

function createAjv(options: { coerce: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    coerceTypes: options.coerce ? 'array' : false,
    useDefaults: options.coerce,
    removeAdditional: false,
  });
  addFormats(ajv);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return ajv;
}

/** Strict validation for request bodies: no coercion, no defaults. */
const bodyAjv = createAjv({ coerce: false });
/** Validation for query strings and path parameters: strings coerced to the declared types, defaults applied. */
const paramAjv = createAjv({ coerce: true });

/** Where a validated value came from; used as the `in` of each field error. */
export type ValueLocation = 'body' | 'query' | 'path' | 'header' | 'file' | 'row';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface Validator<T> {
  (data: unknown): ValidationResult<T>;
  readonly schemaId: string;
}

const cache = new Map<string, ValidateFunction>();

function compiled(ref: string, coerce: boolean): ValidateFunction {
  const id = ref.startsWith('http') ? ref : SCHEMA_BASE + ref;
  const cacheKey = `${coerce}:${id}`;
  let fn = cache.get(cacheKey);
  if (!fn) {
    const ajv = coerce ? paramAjv : bodyAjv;
    fn = ajv.getSchema(id);
    if (!fn) throw new Error(`Unknown schema ${id}`);
    cache.set(cacheKey, fn);
  }
  return fn;
}

/**
 * A validator for a schema of this package, e.g. `validator<ProcessCreate>('process-create.schema.json')`
 * or a definition inside one (`'common.schema.json#/$defs/ProcessKey'`).
 * Query and path values are coerced from strings; bodies are validated strictly.
 */
export function validator<T>(ref: string, location: ValueLocation = 'body'): Validator<T> {
  const coerce = location === 'query' || location === 'path' || location === 'header';
  const fn = compiled(ref, coerce);
  const validate = (data: unknown): ValidationResult<T> => {
    if (fn(data)) return { ok: true, value: data as T };
    return { ok: false, errors: toFieldErrors(fn.errors ?? [], location) };
  };
  return Object.assign(validate, { schemaId: ref });
}

function pointer(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${error.instancePath}/${String(params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${String(params.additionalProperty)}`;
  return error.instancePath || '/';
}

function message(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not an allowed field';
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `does not have the expected format (${String(params.pattern)})`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'minProperties':
      return 'must name at least one field';
    case 'uniqueItems':
      return `must not contain duplicates (items ${String(params.j)} and ${String(params.i)} are equal)`;
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * Turns Ajv errors into one field error per offending field. Errors of `oneOf` alternatives
 * that only say "must be null" are dropped when a more specific error names the same field.
 */
export function toFieldErrors(errors: readonly ErrorObject[], location: ValueLocation): FieldError[] {
  const specific = errors.filter(
    (e) => e.keyword !== 'oneOf' && !(e.keyword === 'type' && (e.params as { type?: string }).type === 'null'),
  );
  const chosen = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of chosen) {
    const raw = pointer(error);
    const field =
      location === 'body' || location === 'file' || location === 'row'
        ? raw
        : raw.replace(/^\//, '').split('/')[0] || raw;
    const entry: FieldError = { in: location, field, message: message(error) };
    const key = `${entry.field}|${entry.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}
