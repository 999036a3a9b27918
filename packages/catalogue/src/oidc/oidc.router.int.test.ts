import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import request from 'supertest';
import { accountModel } from '../accounts/account.model.js';
import { createApp } from '../app.js';
import { silentLogger } from '../logger.js';
import { auditModel, type AuditDoc } from '../audit/audit.model.js';
import { givenDepartments } from '../diagrams/testProcesses.js';
import { sessionModel } from '../sessions/session.model.js';
import { api, auditSettled, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import type { Claims } from './claimsMapping.js';
import { defaultOidcClaimNames, type OidcConfig } from './oidcConfig.js';
import { PendingLoginCookie } from './pendingLogin.js';
import {
  closeServer,
  listenLocally,
  startTestIdentityProvider,
  type TestIdentityProvider,
} from './testIdentityProvider.js';

const CALLBACK_PATH = '/api/v1/session/oidc/callback';

/** The test users at the identity provider: login name → claims. */
function initialUsers(): Array<[string, Claims]> {
  return [
    [
      'anna',
      {
        preferred_username: 'Anna.Admin',
        name: 'Anna Admin',
        email: 'anna.admin@stadt.example',
        realm_access: { roles: ['offline_access', 'efile-admin'] },
      },
    ],
    [
      'max',
      {
        preferred_username: 'max.modell',
        name: 'Max Modell',
        realm_access: { roles: ['efile-modellierer'] },
        departments: ['32', 'Amt 32', '99'],
      },
    ],
    [
      'lea',
      { preferred_username: 'lea.leitung', name: 'Lea Leitung', realm_access: { roles: ['efile-leitung-stadt'] } },
    ],
    [
      'nora',
      { preferred_username: 'nora.niemand', name: 'Nora Niemand', realm_access: { roles: ['andere-anwendung'] } },
    ],
  ];
}

/** A browser without JavaScript: keeps cookies per origin, follows nothing by itself. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async fetch(url: URL, form?: Record<string, string>): Promise<Response> {
    const jar = this.jars.get(url.origin) ?? new Map<string, string>();
    this.jars.set(url.origin, jar);
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.Cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    if (form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
      redirect: 'manual',
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const gone = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }
}

describe('oidc.router', () => {
  let idp: TestIdentityProvider;
  let appServer: Server;
  let appUrl: string;
  let app: Express;
  let oidcConfig: OidcConfig;

  before(async () => {
    appServer = createServer();
    appUrl = await listenLocally(appServer);
    const client = {
      clientId: 'efile-rollout',
      clientSecret: 'the-client-secret-of-the-test-provider',
      redirectUri: `${appUrl}${CALLBACK_PATH}`,
    };
    idp = await startTestIdentityProvider(client, new Map(initialUsers()));
    oidcConfig = {
      issuer: idp.issuer,
      ...client,
      scopes: ['openid', 'profile', 'email', 'efile'],
      claims: { ...defaultOidcClaimNames, roles: 'realm_access.roles' },
      roleMap: {
        'efile-admin': 'admin',
        'efile-berater': 'consultant',
        'efile-modellierer': 'modeller',
        'efile-leitung': 'manager',
      },
      allDepartmentsValues: ['efile-leitung-stadt'],
      allowInsecureRequests: true,
    };
    app = await testApp({ oidc: oidcConfig });
    appServer.on('request', app);
  });

  after(async () => {
    await closeServer(appServer);
    await idp.close();
  });

  beforeEach(async () => {
    // Denials of the previous test are written after its last response; they must not land in this one.
    await auditSettled(app);
    await cleanDatabase();
    await givenDepartments('10', '32', '36.1');
    idp.users.clear();
    for (const [login, claims] of initialUsers()) idp.users.set(login, claims);
  });

  /** Our /login, then the provider's login form, up to (not into) the redirect back to our callback. */
  async function throughIdentityProvider(browser: Browser, login: string, returnTo?: string): Promise<URL> {
    const start = new URL('/api/v1/session/oidc/login', appUrl);
    if (returnTo !== undefined) start.searchParams.set('returnTo', returnTo);
    let res = await browser.fetch(start);
    assert.equal(res.status, 302, await res.text());
    let location = new URL(res.headers.get('Location')!, start);
    for (let step = 0; step < 10; step++) {
      if (location.origin === appUrl && location.pathname === CALLBACK_PATH) return location;
      res = await browser.fetch(location);
      if (res.status === 200) {
        const action = /<form[^>]*action="([^"]+)"/.exec(await res.text())?.[1];
        assert.ok(action, `no login form at ${location.href}`);
        res = await browser.fetch(new URL(action, location), { login, password: 'irgendein Passwort' });
      }
      assert.ok([302, 303].includes(res.status), `${res.status} at ${location.href}: ${await res.text()}`);
      location = new URL(res.headers.get('Location')!, location);
    }
    assert.fail('the identity provider never sent the browser back');
  }

  /** Signs in through the provider; answers our callback's response. */
  async function signIn(browser: Browser, login: string, returnTo?: string): Promise<Response> {
    return browser.fetch(await throughIdentityProvider(browser, login, returnTo));
  }

  async function session(browser: Browser): Promise<Response> {
    return browser.fetch(new URL('/api/v1/session', appUrl));
  }

  async function auditRecords(): Promise<AuditDoc[]> {
    await auditSettled(app);
    return auditModel(await testConnection())
      .find({})
      .sort({ _id: 1 })
      .lean<AuditDoc[]>()
      .exec();
  }

  async function accountCount(): Promise<number> {
    return accountModel(await testConnection()).countDocuments({});
  }

  /** Asserts a 401 problem answer and answers its detail. */
  async function refused(res: Response): Promise<string> {
    assert.equal(res.status, 401);
    assert.match(res.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    const body = (await res.json()) as Record<string, unknown>;
    assert.equal(body.type, 'https://efile-rollout.example/problems/unauthenticated');
    assert.equal(body.stack, undefined);
    assert.ok(
      !res.headers.getSetCookie().some((c) => c.startsWith('efile_session=') && !c.startsWith('efile_session=;')),
    );
    return String(body.detail);
  }

  describe('GET /api/v1/session/oidc/login', () => {
    it('sends the browser to the identity provider with PKCE, state and nonce, remembered in a sealed cookie', async () => {
      // given a browser
      const browser = new Browser();
      // when it starts the sign-in
      const res = await browser.fetch(new URL('/api/v1/session/oidc/login', appUrl));
      // then it is sent to the provider's authorization endpoint with our client and the checks
      assert.equal(res.status, 302);
      const target = new URL(res.headers.get('Location')!);
      assert.equal(target.origin, idp.issuer);
      const params = target.searchParams;
      assert.equal(params.get('client_id'), 'efile-rollout');
      assert.equal(params.get('redirect_uri'), `${appUrl}${CALLBACK_PATH}`);
      assert.equal(params.get('response_type'), 'code');
      assert.equal(params.get('scope'), 'openid profile email efile');
      assert.equal(params.get('code_challenge_method'), 'S256');
      assert.match(params.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
      assert.ok((params.get('state') ?? '').length >= 32);
      assert.ok((params.get('nonce') ?? '').length >= 32);
      // and the pending sign-in is in an http-only cookie for the callback only, named after the state
      const cookie = res.headers
        .getSetCookie()
        .find((c) => c.startsWith(PendingLoginCookie.nameFor(params.get('state')!)));
      assert.ok(cookie, res.headers.getSetCookie().join('\n'));
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; SameSite=Lax/);
      assert.match(cookie, new RegExp(`; Path=${CALLBACK_PATH}`));
      assert.match(cookie, /; Max-Age=600/);
      assert.doesNotMatch(cookie, new RegExp(params.get('nonce')!));
    });

    it('answers 503 while the identity provider cannot be reached', async () => {
      // given an app whose identity provider does not answer (its error log is expected, hence silent)
      const unreachable = createApp({
        connection: await testConnection(),
        logger: silentLogger,
        config: { oidc: { ...oidcConfig, issuer: 'http://127.0.0.1:1' } },
      });
      // when a sign-in starts
      const res = await request(unreachable).get('/api/v1/session/oidc/login');
      // then it is a 503 problem, not a redirect
      assert.equal(res.status, 503);
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/service-unavailable');
      assert.match(res.body.detail, /identity provider cannot be reached/);
    });

    it('refuses a returnTo that leaves the site', async () => {
      // given a browser
      const browser = new Browser();
      // when it starts the sign-in with a protocol-relative returnTo
      const url = new URL('/api/v1/session/oidc/login', appUrl);
      url.searchParams.set('returnTo', '//evil.example/');
      const res = await browser.fetch(url);
      // then it is refused as a bad request naming the parameter
      assert.equal(res.status, 400);
      const body = (await res.json()) as { errors: Array<{ field: string }> };
      assert.equal(body.errors[0]?.field, 'returnTo');
    });
  });

  describe('GET /api/v1/session/oidc/callback', () => {
    it('signs in an admin: an OIDC account with the role from the claims, a session and an audit record', async () => {
      // given a browser
      const browser = new Browser();
      // when the admin signs in at the provider
      const res = await signIn(browser, 'anna');
      // then the browser is sent home with a session cookie
      assert.equal(res.status, 302, await res.text());
      assert.equal(res.headers.get('Location'), '/');
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('efile_session='));
      assert.ok(cookie);
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; SameSite=Lax/);
      // and the session is the admin's account, created from the claims
      const current = await session(browser);
      assert.equal(current.status, 200);
      const { account } = (await current.json()) as { account: Record<string, unknown> };
      assert.equal(account.username, 'anna.admin');
      assert.equal(account.displayName, 'Anna Admin');
      assert.equal(account.email, 'anna.admin@stadt.example');
      assert.equal(account.role, 'admin');
      assert.deepEqual(account.departments, []);
      assert.equal(account.source, 'oidc');
      assert.equal(account.active, true);
      assert.equal(typeof account.lastLoginAt, 'string');
      const stored = await sessionModel(await testConnection())
        .find({ accountId: account.id })
        .lean()
        .exec();
      assert.deepEqual(
        stored.map((s) => s.via),
        ['oidc'],
      );
      // and the pending sign-in's cookie is gone
      assert.ok([...res.headers.getSetCookie()].some((c) => /^efile_oidc_[0-9a-f]{16}=;.*Max-Age=0/.test(c)));
      // and the sign-in is in the audit trail
      const records = await auditRecords();
      assert.equal(records.length, 1);
      assert.equal(records[0]!.actorId, account.id);
      assert.equal(records[0]!.role, 'admin');
      assert.equal(records[0]!.resource, CALLBACK_PATH);
      assert.equal(records[0]!.status, 302);
      assert.equal(records[0]!.outcome, 'success');
    });

    it('maps a modeller to the known department codes of the claims', async () => {
      // given a modeller whose claims name 32, "Amt 32" (no code) and 99 (no such department)
      const browser = new Browser();
      // when the modeller signs in
      const res = await signIn(browser, 'max');
      // then the account works for department 32 only
      assert.equal(res.status, 302, await res.text());
      const { account } = (await (await session(browser)).json()) as { account: Record<string, unknown> };
      assert.equal(account.role, 'modeller');
      assert.deepEqual(account.departments, ['32']);
    });

    it('takes changed role and departments from the claims at the next sign-in', async () => {
      // given the modeller signed in once
      const first = await signIn(new Browser(), 'max');
      assert.equal(first.status, 302);
      // and the provider now makes them a consultant for 32 and 36.1
      idp.users.set('max', {
        ...idp.users.get('max'),
        realm_access: { roles: ['efile-berater'] },
        departments: ['36.1', '32'],
      });
      // when they sign in again
      const browser = new Browser();
      const res = await signIn(browser, 'max');
      // then the same account has the new role and departments
      assert.equal(res.status, 302, await res.text());
      const { account } = (await (await session(browser)).json()) as { account: Record<string, unknown> };
      assert.equal(account.role, 'consultant');
      assert.deepEqual(account.departments, ['32', '36.1']);
      assert.equal(await accountCount(), 1);
    });

    it('replaces the session the browser had', async () => {
      // given a browser signed in once
      const browser = new Browser();
      assert.equal((await signIn(browser, 'anna')).status, 302);
      // when it signs in again (the provider remembers the user and asks nothing)
      const res = await signIn(browser, 'anna');
      // then the account has one session, the new one
      assert.equal(res.status, 302);
      const { account } = (await (await session(browser)).json()) as { account: { id: string } };
      assert.equal(await sessionModel(await testConnection()).countDocuments({ accountId: account.id }), 1);
    });

    it('makes a manager with the city-wide marker read all departments', async () => {
      // given a browser
      const browser = new Browser();
      // when the city-wide manager signs in
      const res = await signIn(browser, 'lea');
      // then the account reads city-wide
      assert.equal(res.status, 302, await res.text());
      const { account } = (await (await session(browser)).json()) as { account: Record<string, unknown> };
      assert.equal(account.role, 'manager');
      assert.equal(account.allDepartments, true);
    });

    it('returns to the path given at the start', async () => {
      // given a browser
      const browser = new Browser();
      // when the sign-in starts from a page of the catalogue
      const res = await signIn(browser, 'anna', '/processes?department=32');
      // then the browser goes back there
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('Location'), '/processes?department=32');
    });

    it('refuses a user without a mapped role with a 401 problem, and records the denial', async () => {
      // given a browser
      const browser = new Browser();
      // when a user whose roles map to none of ours signs in
      const res = await signIn(browser, 'nora');
      // then the sign-in is refused with the reason, no account and no session
      assert.match(await refused(res), /no role that gives access/);
      assert.equal(await accountCount(), 0);
      assert.equal(browser.cookie(appUrl, 'efile_session'), undefined);
      // and the audit trail has the denial
      const records = await auditRecords();
      assert.equal(records.length, 1);
      assert.equal(records[0]!.actorId, 'anonymous');
      assert.equal(records[0]!.resource, CALLBACK_PATH);
      assert.equal(records[0]!.status, 401);
      assert.equal(records[0]!.outcome, 'denied');
      assert.equal(records[0]!.reason, 'unauthenticated');
    });

    it('refuses a callback whose state was tampered with', async () => {
      // given a browser sent back by the provider
      const browser = new Browser();
      const callback = await throughIdentityProvider(browser, 'anna');
      // when the state in the callback is changed
      callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
      const res = await browser.fetch(callback);
      // then the sign-in is refused, and recorded as denied
      assert.match(await refused(res), /unknown/);
      assert.equal(await accountCount(), 0);
      const records = await auditRecords();
      assert.deepEqual(
        records.map((r) => [r.outcome, r.status]),
        [['denied', 401]],
      );
    });

    it('refuses a callback used a second time', async () => {
      // given a browser that signed in
      const browser = new Browser();
      const callback = await throughIdentityProvider(browser, 'anna');
      assert.equal((await browser.fetch(callback)).status, 302);
      // when the same callback comes again
      const res = await browser.fetch(callback);
      // then it is refused
      assert.match(await refused(res), /unknown/);
    });

    it("refuses the provider's error answer with its reason", async () => {
      // given a started sign-in
      const browser = new Browser();
      const started = await browser.fetch(new URL('/api/v1/session/oidc/login', appUrl));
      const state = new URL(started.headers.get('Location')!).searchParams.get('state')!;
      // when the provider answers that the user cancelled
      const callback = new URL(CALLBACK_PATH, appUrl);
      callback.searchParams.set('error', 'access_denied');
      callback.searchParams.set('error_description', 'End-User aborted interaction');
      callback.searchParams.set('state', state);
      const res = await browser.fetch(callback);
      // then the sign-in is refused with that reason
      assert.match(await refused(res), /access_denied \(End-User aborted interaction\)/);
    });

    it('refuses a deactivated account and records the denial for it', async () => {
      // given the admin signed in once, then deactivated here
      assert.equal((await signIn(new Browser(), 'anna')).status, 302);
      const [account] = (await api(app).get('/api/v1/accounts').expect(200)).body.items as Array<{ id: string }>;
      await api(app)
        .patch(`/api/v1/accounts/${account!.id}`)
        .set('If-Match', '"1"')
        .send({ active: false })
        .expect(200);
      // when they sign in again at the provider
      const res = await signIn(new Browser(), 'anna');
      // then the sign-in is refused
      assert.match(await refused(res), /deactivated/);
      // and the denial names the account
      const denials = (await auditRecords()).filter((r) => r.outcome === 'denied');
      assert.deepEqual(
        denials.map((r) => [r.actorId, r.resource, r.status]),
        [[account!.id, CALLBACK_PATH, 401]],
      );
    });

    it('refuses a user whose username belongs to a local account', async () => {
      // given a local account with the provider user's username
      await api(app)
        .post('/api/v1/accounts')
        .send({
          username: 'anna.admin',
          displayName: 'Anna lokal',
          role: 'manager',
          allDepartments: true,
          password: 'ein langes Passwort 1',
        })
        .expect(201);
      // when the provider's user signs in
      const res = await signIn(new Browser(), 'anna');
      // then the sign-in is refused with the reason, and the local account is untouched
      assert.match(await refused(res), /signs in with a password/);
      const { items } = (await api(app).get('/api/v1/accounts').expect(200)).body as {
        items: Array<Record<string, unknown>>;
      };
      assert.deepEqual(
        items.map((a) => [a.username, a.source, a.role]),
        [['anna.admin', 'local', 'manager']],
      );
    });
  });
});
