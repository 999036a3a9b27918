/**
 * /api/v1/session/oidc: sign-in through the city's identity provider (OpenID Connect, authorization code
 * flow with PKCE S256, state and nonce).
 *
 * - GET /login sends the browser to the identity provider, remembering the sign-in in a sealed cookie;
 * - GET /callback takes the provider's answer, checks it, maps the claims to role and departments, creates or
 *   refreshes the account (`source: oidc`), starts a session and sends the browser on.
 *
 * Every refusal at the callback is a 401 problem, which the audit trail records as a denied sign-in.
 */
import type { Request, Response } from 'express';
import { parse, serialize } from 'cookie';
import * as client from 'openid-client';
import { ConflictError, InputError, UnauthenticatedError, UnavailableError } from '../errors.js';
import { authenticationOf, guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { setSessionCookie } from '../auth/authenticate.js';
import type { AccountDoc } from '../accounts/account.model.js';
import type { AccountsRepository } from '../accounts/accounts.repository.js';
import type { AccountsService, DepartmentCodes } from '../accounts/accounts.service.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import type { Logger } from '../logger.js';
import { keepKnownDepartments, mapClaims, type Claims } from './claimsMapping.js';
import type { OidcConfig } from './oidcConfig.js';
import { PENDING_LOGIN_MINUTES, PendingLoginCookie, returnToPath, type PendingLogin } from './pendingLogin.js';

export interface OidcRouterDeps {
  config: OidcConfig;
  accounts: Pick<AccountsService, 'upsertExternal'>;
  accountsRepository: Pick<AccountsRepository, 'touchLogin'>;
  sessions: SessionsService;
  departments: DepartmentCodes;
  logger: Logger;
}

const START_AGAIN = 'Start again from the sign-in page.';

/**
 * The identity provider's configuration, discovered on first use and kept; a failed discovery is retried
 * on the next sign-in.
 */
function discoverer(config: OidcConfig, logger: Logger): () => Promise<client.Configuration> {
  let pending: Promise<client.Configuration> | undefined;
  return () => {
    pending ??= client
      .discovery(new URL(config.issuer), config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
        execute: config.allowInsecureRequests ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((err: unknown) => {
        pending = undefined;
        logger.warn({ err: describe(err), issuer: config.issuer }, 'OIDC discovery failed');
        throw new UnavailableError('The identity provider cannot be reached right now; try again in a moment.');
      });
    return pending;
  };
}

/** What a library error says, without tokens: its class, code and message, and an OAuth error if any. */
function describe(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const coded = err as Error & { code?: unknown; error?: unknown; error_description?: unknown };
  return {
    name: err.name,
    message: err.message,
    ...(typeof coded.code === 'string' ? { code: coded.code } : {}),
    ...(typeof coded.error === 'string' ? { error: coded.error } : {}),
    ...(typeof coded.error_description === 'string' ? { errorDescription: coded.error_description } : {}),
  };
}

/** A failure while talking to the identity provider: 503 when it does not answer, 401 when its answer fails a check. */
function providerFailure(err: unknown, logger: Logger): Error {
  const unreachable =
    (err instanceof TypeError && !('code' in err)) ||
    (err instanceof client.ClientError && (err.code === 'OAUTH_TIMEOUT' || err.code === 'OAUTH_ABORT'));
  if (unreachable) {
    logger.warn({ err: describe(err) }, 'OIDC identity provider unreachable');
    return new UnavailableError('The identity provider cannot be reached right now; try again in a moment.');
  }
  if (err instanceof TypeError) return err;
  logger.warn({ err: describe(err) }, 'OIDC sign-in refused: the answer of the identity provider failed a check');
  return new UnauthenticatedError(`The answer of the identity provider could not be verified. ${START_AGAIN}`);
}

export function oidcRouter(deps: OidcRouterDeps): GuardedRouter {
  const { config, logger } = deps;
  const router = guardedRouter();
  const sealer = new PendingLoginCookie(config.clientSecret);
  const cookiePath = new URL(config.redirectUri).pathname;
  const identityProvider = discoverer(config, logger);

  const cookieOptions = (req: Request) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: req.secure || config.redirectUri.startsWith('https:'),
    path: cookiePath,
  });

  /** Exchanges the code and checks the ID token (signature, issuer, audience, expiry, nonce); answers its claims with userinfo's. */
  async function claimsOf(idp: client.Configuration, query: URLSearchParams, login: PendingLogin): Promise<Claims> {
    const current = new URL(config.redirectUri);
    current.search = query.toString();
    try {
      const tokens = await client.authorizationCodeGrant(idp, current, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new UnauthenticatedError(`The identity provider sent no ID token. ${START_AGAIN}`);
      // Many providers put profile, role and group claims only into the userinfo answer.
      const userinfo = idp.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(idp, tokens.access_token, idToken.sub)
        : {};
      return { ...userinfo, ...idToken };
    } catch (err) {
      if (err instanceof UnauthenticatedError) throw err;
      throw providerFailure(err, logger);
    }
  }

  router.get('/login', 'public', async (req: Request, res: Response) => {
    let returnTo = '/';
    const requested = req.query.returnTo;
    if (requested !== undefined) {
      const path = typeof requested === 'string' ? returnToPath(requested) : undefined;
      if (!path) {
        throw new InputError('returnTo must be a path on this site, such as /processes.', [
          { in: 'query', field: 'returnTo', message: 'must be a relative path starting with a single /' },
        ]);
      }
      returnTo = path;
    }
    const idp = await identityProvider();
    const login: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
      expiresAt: Date.now() + PENDING_LOGIN_MINUTES * 60_000,
    };
    const url = client.buildAuthorizationUrl(idp, {
      redirect_uri: config.redirectUri,
      scope: config.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(login.codeVerifier),
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    res.append(
      'Set-Cookie',
      serialize(PendingLoginCookie.nameFor(login.state), sealer.seal(login), {
        ...cookieOptions(req),
        maxAge: PENDING_LOGIN_MINUTES * 60,
      }),
    );
    res.set('Cache-Control', 'no-store');
    res.redirect(302, url.href);
  });

  router.get('/callback', 'public', async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    const query = new URL(req.originalUrl, 'http://callback.invalid').searchParams;
    const state = query.get('state') ?? '';
    const cookieName = state ? PendingLoginCookie.nameFor(state) : undefined;
    const sealed = cookieName ? parse(req.get('Cookie') ?? '')[cookieName] : undefined;
    // The pending sign-in is used once, whatever happens next.
    if (cookieName && sealed !== undefined) {
      res.append('Set-Cookie', serialize(cookieName, '', { ...cookieOptions(req), maxAge: 0 }));
    }
    const error = query.get('error');
    if (error) {
      const description = query.get('error_description')?.slice(0, 200);
      throw new UnauthenticatedError(
        `The identity provider did not sign you in: ${error.slice(0, 100)}${description ? ` (${description})` : ''}. ${START_AGAIN}`,
      );
    }
    const login = sealed ? sealer.open(sealed, state) : undefined;
    if (!login) {
      throw new UnauthenticatedError(
        `This sign-in is unknown, took longer than ${PENDING_LOGIN_MINUTES} minutes or was started in another browser. ${START_AGAIN}`,
      );
    }

    const idp = await identityProvider();
    const claims = await claimsOf(idp, query, login);
    let mapping = mapClaims(claims, idp.serverMetadata().issuer, config);
    if (mapping.ok) {
      const known = await deps.departments.existingCodes(mapping.identity.departments);
      const unknown = mapping.identity.departments.filter((d) => !known.has(d));
      if (unknown.length > 0) logger.warn({ departments: unknown }, 'OIDC sign-in names unknown departments; ignored');
      mapping = keepKnownDepartments(mapping.identity, known, config.claims.departments);
    }
    if (!mapping.ok) throw new UnauthenticatedError(mapping.reason);

    let account: AccountDoc;
    try {
      account = await deps.accounts.upsertExternal(mapping.identity);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      throw new UnauthenticatedError(
        `The username ${mapping.identity.username} belongs to an account that signs in with a password here. Ask central IT (an administrator) to rename or remove that account.`,
      );
    }
    res.locals.auditActor = account._id;
    res.locals.auditRole = account.role;
    if (!account.active) {
      throw new UnauthenticatedError(
        'Your account is deactivated here. Ask central IT (an administrator) to activate it.',
      );
    }

    // A session this browser still had ends: the new sign-in replaces it.
    const previous = authenticationOf(res)?.sessionId;
    if (previous) await deps.sessions.end(previous);
    const now = new Date();
    const { secret, session } = await deps.sessions.start(account._id, 'oidc', now);
    await deps.accountsRepository.touchLogin(account._id, now);
    setSessionCookie(req, res, secret, session.expiresAt);
    // A sign-in arrives as a GET redirect but may create or change the account: the audit trail records it as a change.
    res.locals.auditAsChange = true;
    res.redirect(302, login.returnTo);
  });

  return router;
}
