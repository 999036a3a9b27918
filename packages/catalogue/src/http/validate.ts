/**
 * Validate at the edge: a middleware checks body, query and path parameters against the
 * schemas before the handler runs, so handlers only see checked data (`req.valid`).
 */
import type { RequestHandler } from 'express';
import { validator, type FieldError, type Validator } from '@efile/schemas';
import { InputError, UnprocessableError } from '../errors.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The validated parts of the request; set by `validate()`. */
    valid: { body?: unknown; query?: unknown; params?: unknown };
  }
}

export interface ValidateSpec {
  /** Schema reference for the JSON body (e.g. `process-create.schema.json`). */
  body?: string;
  /** Schema reference for the query string (an object schema). */
  query?: string;
  /** Schema reference for the path parameters (an object schema). */
  params?: string;
}

/** Checks the request against the named schemas; 400 for bad query or path values, 422 for a bad body. */
export function validate(spec: ValidateSpec): RequestHandler {
  const body = spec.body ? validator(spec.body, 'body') : undefined;
  const query = spec.query ? validator(spec.query, 'query') : undefined;
  const params = spec.params ? validator(spec.params, 'path') : undefined;
  return (req, _res, next) => {
    req.valid ??= {};
    const inputErrors: FieldError[] = [];
    if (params) {
      const copy = { ...req.params };
      const r = params(copy);
      if (r.ok) req.valid.params = r.value;
      else inputErrors.push(...r.errors);
    }
    if (query) {
      const copy = { ...(req.query as Record<string, unknown>) };
      const r = query(copy);
      if (r.ok) req.valid.query = r.value;
      else inputErrors.push(...r.errors);
    }
    if (inputErrors.length > 0) {
      throw new InputError('The request has invalid parameters.', inputErrors);
    }
    if (body) {
      if (req.body === undefined) {
        throw new UnprocessableError('The request needs a JSON body.', [
          { in: 'body', field: '/', message: 'is required' },
        ]);
      }
      const r = (body as Validator<unknown>)(req.body);
      if (!r.ok) throw new UnprocessableError('The request body is invalid.', r.errors);
      req.valid.body = r.value;
    }
    next();
  };
}
