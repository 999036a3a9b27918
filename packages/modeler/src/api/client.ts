/**
 * The one way the UI talks to the API: same-origin requests with the session cookie, JSON in and
 * out, the session's CSRF token on every change, RFC 9457 problems turned into `ApiError`s with
 * their field errors, and a 401 reported once so the app can send the user back to sign-in.
 */
import type { FieldError, Problem } from '@efile/schemas';

/** A problem response as the API sends it (some carry extra members). */
export type ApiProblem = Problem & { currentVersion?: number; requestId?: string };

/** An answer of the API that is not a success. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ApiProblem;
  /** Seconds to wait before trying again (429). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: ApiProblem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The field errors of a validation problem (JSON pointers for bodies, names for query parameters). */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** The request did not reach the API (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server cannot be reached.', { cause });
    this.name = 'NetworkError';
  }
}

let csrfToken: string | undefined;
let unauthenticatedListener: (() => void) | undefined;

/** Remembers the session's CSRF token (from sign-in or GET /api/v1/session); undefined when signed out. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called whenever the API answers 401 to a request that needed a session (it expired or was ended). */
export function onUnauthenticated(listener: (() => void) | undefined): void {
  unauthenticatedListener = listener;
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined | null;

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  json?: unknown;
  /** Any other body, with its media type. */
  body?: BodyInit;
  contentType?: string;
  /** The version (ETag) the change is based on, sent as If-Match. */
  ifMatch?: number;
  /** How to read the answer: JSON (default), text (e.g. BPMN XML) or the exact bytes. */
  as?: 'json' | 'text' | 'bytes';
  /** A 401 is an expected answer (signing in, asking whether a session exists), not an expired session. */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  /** The version named by the ETag, if the response carried one. */
  version: number | undefined;
}

/** Builds `/api/v1/...?a=1&b=x&b=y`: arrays repeat the parameter, empty values are left out. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.append(name, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

function versionOf(etag: string | null): number | undefined {
  const match = etag ? /^(?:W\/)?"(\d+)"$/.exec(etag.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ApiProblem>;
      if (typeof body.status === 'number' && typeof body.title === 'string') return body as ApiProblem;
    } catch {
      // not JSON after all: described below by the status alone
    }
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
}

function isCsrfRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.problem.type.endsWith('/csrf-token-invalid');
}

/**
 * Sends a request to the API and answers its body and version, or throws ApiError / NetworkError.
 * A change refused for its CSRF token (the session was renewed in another tab) is sent once more
 * with the session's current token.
 */
export async function apiRequest<T>(path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
  try {
    return await send<T>(path, request);
  } catch (error) {
    if (!isCsrfRefusal(error)) throw error;
    const session = await send<{ csrfToken: string }>('/session', {});
    setCsrfToken(session.data.csrfToken);
    return send<T>(path, request);
  }
}

async function send<T>(path: string, request: ApiRequest): Promise<ApiResponse<T>> {
  const method = request.method ?? 'GET';
  const as = request.as ?? 'json';
  const headers = new Headers({ Accept: as === 'json' ? 'application/json' : 'application/xml, text/xml, */*' });
  let body: BodyInit | undefined;
  if (request.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(request.json);
  } else if (request.body !== undefined) {
    if (request.contentType) headers.set('Content-Type', request.contentType);
    body = request.body;
  }
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  if (request.ifMatch !== undefined) headers.set('If-Match', `"${request.ifMatch}"`);

  let response: Response;
  try {
    response = await fetch(apiUrl(path, request.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: request.signal ?? null,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new NetworkError(err);
  }

  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401 && !request.anonymous) unauthenticatedListener?.();
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiError(
      response.status,
      problem,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  const version = versionOf(response.headers.get('ETag'));
  if (response.status === 204) return { status: 204, data: undefined as T, version };
  const data = (
    as === 'text' ? await response.text() : as === 'bytes' ? await response.blob() : await response.json()
  ) as T;
  return { status: response.status, data, version };
}

/** Like apiRequest, answering only the body. */
export async function api<T>(path: string, request?: ApiRequest): Promise<T> {
  return (await apiRequest<T>(path, request)).data;
}
