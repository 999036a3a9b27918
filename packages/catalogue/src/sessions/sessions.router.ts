import type { Request, Response } from 'express';
import type { Session, SessionCreate } from '@efile/schemas';
import { NotFoundError, UnauthenticatedError } from '../errors.js';
import { guardedRouter, authenticationOf, type GuardedRouter } from '../auth/authorize.js';
import { clearSessionCookie, setSessionCookie } from '../auth/authenticate.js';
import { toAccount, type AccountsRepository } from '../accounts/accounts.repository.js';
import { verifyPassword } from '../accounts/passwords.js';
import { validate } from '../http/validate.js';
import type { LoginThrottle } from './loginThrottle.js';
import type { ResolvedSession, SessionsService } from './sessions.service.js';

export interface SessionsRouterDeps {
  sessions: SessionsService;
  accounts: AccountsRepository;
  throttle: LoginThrottle;
}

const INVALID = 'Benutzername oder Passwort ist falsch. / The username or password is wrong.';

function sessionBody(sessions: SessionsService, resolved: ResolvedSession): Session {
  return {
    account: toAccount(resolved.account),
    csrfToken: resolved.session.csrfToken,
    expiresAt: resolved.session.expiresAt.toISOString(),
    idleExpiresAt: sessions.idleExpiry(resolved.session).toISOString(),
  };
}

/** The client's address for rate limiting (Express honours `trust proxy` here). */
function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * /api/v1/session: sign in with username and password (POST), who is signed in and the CSRF token (GET),
 * sign out (DELETE).
 */
export function sessionsRouter({ sessions, accounts, throttle }: SessionsRouterDeps): GuardedRouter {
  const router = guardedRouter();

  router.post('/', 'public', validate({ body: 'session-create.schema.json' }), async (req: Request, res: Response) => {
    const { username, password } = req.valid.body as SessionCreate;
    await throttle.admit(clientAddress(req), username);
    const account = await accounts.findByUsername(username);
    const ok = await verifyPassword(account?.source === 'local' ? account.passwordHash : undefined, password);
    if (!account || !ok || !account.active) {
      if (account) res.locals.auditActor = account._id;
      await throttle.failed(username);
      throw new UnauthenticatedError(INVALID);
    }
    await throttle.succeeded(username);
    const now = new Date();
    const { secret, session } = await sessions.start(account._id, 'password', now);
    await accounts.touchLogin(account._id, now);
    res.locals.auditActor = account._id;
    res.locals.auditRole = account.role;
    setSessionCookie(req, res, secret, session.expiresAt);
    res.status(201).json(sessionBody(sessions, { session, account: { ...account, lastLoginAt: now } }));
  });

  router.get('/', 'self', (_req, res) => {
    const resolved = res.locals.session as ResolvedSession | undefined;
    if (!resolved) throw new NotFoundError('API tokens have no session; GET /api/v1/session is for signed-in users.');
    res.json(sessionBody(sessions, resolved));
  });

  router.delete('/', 'self', async (req, res) => {
    const auth = authenticationOf(res);
    if (!auth?.sessionId) throw new NotFoundError('API tokens have no session to end; revoke the token instead.');
    await sessions.end(auth.sessionId);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
