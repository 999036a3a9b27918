/**
 * Finds out who sends a request: an API token (`Authorization: Bearer efr_tok_…`) or a session cookie.
 * A bad token is refused (401) rather than ignored; a stale cookie just means nobody is signed in.
 * Cookie-authenticated changes must carry the session's CSRF token in `X-CSRF-Token`.
 */
import type { Request, RequestHandler, Response } from 'express';
import { parse, serialize } from 'cookie';
import { CsrfError, UnauthenticatedError } from '../errors.js';
import { principalOf } from '../accounts/accounts.service.js';
import { sameSecret, type SessionsService } from '../sessions/sessions.service.js';
import type { TokensService } from '../tokens/tokens.service.js';
import type { Authentication } from './principal.js';

export const SESSION_COOKIE = 'efile_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Authenticators {
  sessions: SessionsService;
  tokens: TokensService;
  /** Requests that need no CSRF token even with a session cookie (signing in again). */
  csrfExempt?: (req: Request) => boolean;
}

/** Sets the session cookie: http-only, SameSite=Lax, Secure when the request came over TLS. */
export function setSessionCookie(req: Request, res: Response, secret: string, expires: Date): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', expires }),
  );
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: 0 }),
  );
}

export function sessionSecretOf(req: Request): string | undefined {
  const header = req.get('Cookie');
  if (!header) return undefined;
  const value = parse(header)[SESSION_COOKIE];
  return value ? value : undefined;
}

export function authenticate({ sessions, tokens, csrfExempt }: Authenticators): RequestHandler {
  return async (req, res, next) => {
    const authorization = req.get('Authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      const principal = match ? await tokens.resolve(match[1]!) : undefined;
      if (!principal) throw new UnauthenticatedError('The API token is invalid, expired or revoked.');
      res.locals.auth = { principal, method: 'token' } satisfies Authentication;
      next();
      return;
    }
    const secret = sessionSecretOf(req);
    const resolved = secret ? await sessions.resolve(secret) : undefined;
    if (resolved) {
      res.locals.auth = {
        principal: principalOf(resolved.account),
        method: 'session',
        sessionId: resolved.session._id,
      } satisfies Authentication;
      res.locals.session = resolved;
      if (!SAFE_METHODS.has(req.method) && !csrfExempt?.(req)) {
        const sent = req.get('X-CSRF-Token');
        if (!sent || !sameSecret(sent, resolved.session.csrfToken)) {
          throw new CsrfError(
            'This change needs the X-CSRF-Token header with the token from GET /api/v1/session (protection against cross-site requests).',
          );
        }
      }
    } else if (secret) {
      clearSessionCookie(req, res);
    }
    next();
  };
}
