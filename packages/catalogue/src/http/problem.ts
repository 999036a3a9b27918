/**
 * One error shape: every error leaves as RFC 9457 application/problem+json, without stack traces.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { FieldError, Problem } from '@efile/schemas';
import {
  ConflictError,
  DomainError,
  CsrfError,
  ForbiddenError,
  InputError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  PreconditionRequiredError,
  TooManyRequestsError,
  UnauthenticatedError,
  UnavailableError,
  UnprocessableError,
  UnsupportedMediaTypeError,
} from '../errors.js';

export const PROBLEM_BASE = 'https://efile-rollout.example/problems/';

const STATUS = new Map<Function, number>([
  [InputError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [CsrfError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [PreconditionFailedError, 412],
  [PayloadTooLargeError, 413],
  [UnsupportedMediaTypeError, 415],
  [UnprocessableError, 422],
  [PreconditionRequiredError, 428],
  [TooManyRequestsError, 429],
  [UnavailableError, 503],
]);

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Writes a problem response. */
export function sendProblem(
  res: Response,
  status: number,
  slug: string,
  detail: string,
  errors?: FieldError[],
  extra?: Record<string, unknown>,
): void {
  const requestId = res.getHeader('X-Request-Id');
  res.locals.problemSlug = slug;
  const body: Problem & Record<string, unknown> = {
    type: PROBLEM_BASE + slug,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: res.req.originalUrl,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
    ...extra,
  };
  res.status(status).type('application/problem+json').send(JSON.stringify(body));
}

/** Errors thrown by body-parser and raw-body carry a `type` and a `status`. */
interface HttpLibraryError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
}

export interface ProblemLogger {
  error(obj: unknown, msg?: string): void;
}

/** The error middleware: domain errors to their status, library errors to 4xx, the rest to a bare 500. */
export function problemHandler(logger: ProblemLogger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof DomainError) {
      const status = STATUS.get(err.constructor) ?? 500;
      const extra =
        err instanceof PreconditionFailedError && err.currentVersion !== undefined
          ? { currentVersion: err.currentVersion }
          : undefined;
      if (status >= 500) logger.error({ err }, err.message);
      if (err instanceof TooManyRequestsError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      if (err instanceof UnauthenticatedError) res.setHeader('WWW-Authenticate', 'Bearer realm="efile-rollout"');
      sendProblem(res, status, err.slug, err.message, err.errors, extra);
      return;
    }
    const lib = err as HttpLibraryError;
    const status = lib?.status ?? lib?.statusCode;
    if (lib?.type === 'entity.parse.failed') {
      sendProblem(res, 400, 'invalid-json', 'The request body is not valid JSON.', [
        { in: 'body', field: '/', message: 'is not valid JSON' },
      ]);
      return;
    }
    if (lib?.type === 'entity.too.large' || status === 413) {
      sendProblem(res, 413, 'payload-too-large', 'The request body exceeds the size limit.');
      return;
    }
    if (lib?.type === 'encoding.unsupported' || lib?.type === 'charset.unsupported' || status === 415) {
      sendProblem(res, 415, 'unsupported-media-type', 'The request body has an unsupported encoding or charset.');
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500 && lib.expose) {
      sendProblem(res, status, 'invalid-request', lib.message ?? 'The request is invalid.');
      return;
    }
    logger.error({ err }, 'unhandled error');
    sendProblem(res, 500, 'internal-error', 'An unexpected error occurred. The request id identifies it in the logs.');
  };
}

/** Unknown routes answer 404 as problem+json. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, 404, 'not-found', `No resource at ${req.method} ${req.path}.`);
};
