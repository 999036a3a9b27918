/**
 * Domain errors. Services throw these; they know nothing of HTTP. The problem middleware
 * (http/problem.ts) maps each to its status and writes application/problem+json.
 */
import type { FieldError } from '@efile/schemas';

export abstract class DomainError extends Error {
  /** A stable slug naming the kind of problem; becomes the problem `type`. */
  abstract readonly slug: string;
  constructor(
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request is malformed: unparseable body, invalid query or path parameter, missing file. */
export class InputError extends DomainError {
  readonly slug = 'invalid-request';
}

/** The request is well-formed but its content breaks a schema or a rule of the domain. */
export class UnprocessableError extends DomainError {
  readonly slug = 'validation-failed';
}

export class NotFoundError extends DomainError {
  readonly slug = 'not-found';
}

/** The request conflicts with the current state (duplicate key, forbidden transition). */
export class ConflictError extends DomainError {
  readonly slug = 'conflict';
}

/** If-Match names a version that is no longer current. */
export class PreconditionFailedError extends DomainError {
  readonly slug = 'version-mismatch';
  constructor(
    message: string,
    readonly currentVersion?: number,
  ) {
    super(message);
  }
}

/** An update came without If-Match. */
export class PreconditionRequiredError extends DomainError {
  readonly slug = 'if-match-required';
}

export class PayloadTooLargeError extends DomainError {
  readonly slug = 'payload-too-large';
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly slug = 'unsupported-media-type';
}

/** The request needs a signed-in principal (session or API token) and has none, or an invalid one. */
export class UnauthenticatedError extends DomainError {
  readonly slug = 'unauthenticated';
}

export class ForbiddenError extends DomainError {
  readonly slug: string = 'forbidden';
}

/** A cookie-authenticated change came without the session's CSRF token. */
export class CsrfError extends ForbiddenError {
  override readonly slug = 'csrf-token-invalid';
}

/** Too many attempts (sign-in rate limit or lock-out); `retryAfterSeconds` becomes Retry-After. */
export class TooManyRequestsError extends DomainError {
  readonly slug = 'too-many-requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** A dependency (the database, a parser worker) cannot serve the request right now. */
export class UnavailableError extends DomainError {
  readonly slug = 'service-unavailable';
}
