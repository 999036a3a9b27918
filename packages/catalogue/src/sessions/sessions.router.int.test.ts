import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import type { Account } from '@efile/schemas';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { createCatalogue, type Catalogue } from '../app.js';
import { defaultAuthConfig, type AuthConfig } from '../config.js';
import { hashSecret } from './sessions.service.js';
import { sessionModel } from './session.model.js';

const SESSION = '/api/v1/session';
const PASSWORD = 'korrekt-pferd-batterie';

/** Creates a department through the API as the test admin. */
async function createDepartment(app: Express, code: string): Promise<void> {
  await api(app)
    .post('/api/v1/departments')
    .send({ code, name: `Amt ${code}`, shortName: code })
    .expect(201);
}

/** Creates a local account through the API as the test admin (a modeller of 32 unless given). */
async function createAccount(app: Express, username: string, fields: Record<string, unknown> = {}): Promise<Account> {
  const res = await api(app)
    .post('/api/v1/accounts')
    .send({
      username,
      displayName: `Person ${username}`,
      role: 'modeller',
      departments: ['32'],
      password: PASSWORD,
      ...fields,
    });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as Account;
}

/** The `efile_session=…` pair of a response's Set-Cookie, and the whole Set-Cookie line. */
function sessionCookieOf(res: request.Response): { pair: string; line: string } | undefined {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const line = (header ?? []).find((c) => c.startsWith('efile_session='));
  return line ? { pair: line.split(';')[0]!, line } : undefined;
}

interface SignedIn {
  cookie: string;
  csrfToken: string;
  account: Account;
}

/** Signs in through POST /api/v1/session and answers the cookie and the CSRF token. */
async function signIn(app: Express, username: string, password = PASSWORD): Promise<SignedIn> {
  const res = await request(app).post(SESSION).send({ username, password });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const cookie = sessionCookieOf(res);
  assert.ok(cookie);
  return { cookie: cookie.pair, csrfToken: res.body.csrfToken as string, account: res.body.account as Account };
}

/** Creates a department process as the test admin. */
async function createProcess(app: Express, key: string, department: string): Promise<void> {
  await api(app)
    .post('/api/v1/processes')
    .send({ key, name: `Prozess ${key}`, department, kind: 'department' })
    .expect(201);
}

/** A problem body without what differs between two requests. */
function comparable(body: Record<string, unknown>): Record<string, unknown> {
  const { requestId: _requestId, instance: _instance, ...rest } = body;
  return rest;
}

/** A test app with other sign-in settings. */
function withAuth(auth: Partial<AuthConfig>, trustProxy?: boolean): Promise<Express> {
  return testApp({ auth: { ...defaultAuthConfig, ...auth }, ...(trustProxy ? { trustProxy } : {}) });
}

describe('sessions.router', () => {
  let app: Express;
  beforeEach(async () => {
    await cleanDatabase();
    // a fresh app per test: the per-address sign-in limit is counted in memory
    app = await testApp();
    await createDepartment(app, '32');
    await createDepartment(app, '50');
  });

  describe('POST /api/v1/session', () => {
    it('signs in with a local account: an http-only SameSite=Lax cookie and the session without secrets', async () => {
      // given a modeller account
      const account = await createAccount(app, 'm.mustermann');
      // when they sign in
      const res = await request(app).post(SESSION).send({ username: 'm.mustermann', password: PASSWORD });
      // then the session cookie is http-only, SameSite=Lax, for the whole site and not Secure over plain http
      assert.equal(res.status, 201);
      const cookie = sessionCookieOf(res);
      assert.ok(cookie, JSON.stringify(res.headers['set-cookie']));
      const attributes = cookie.line.split(';').map((a) => a.trim().toLowerCase());
      assert.ok(attributes.includes('httponly'), cookie.line);
      assert.ok(attributes.includes('samesite=lax'), cookie.line);
      assert.ok(attributes.includes('path=/'), cookie.line);
      assert.equal(attributes.includes('secure'), false, cookie.line);
      assert.ok(cookie.pair.length > 'efile_session='.length + 30);
      // and the body has the account, the CSRF token and both ends of the session, but no password hash
      assert.deepEqual(Object.keys(res.body).sort(), ['account', 'csrfToken', 'expiresAt', 'idleExpiresAt']);
      assert.equal(res.body.account.id, account.id);
      assert.equal(res.body.account.username, 'm.mustermann');
      assert.ok(res.body.account.lastLoginAt);
      assert.doesNotMatch(JSON.stringify(res.body), /passwordHash|argon2|korrekt-pferd/);
      const expiresAt = Date.parse(res.body.expiresAt as string);
      const idleExpiresAt = Date.parse(res.body.idleExpiresAt as string);
      const { sessionAbsoluteHours, sessionIdleMinutes } = defaultAuthConfig;
      assert.equal(expiresAt - idleExpiresAt, sessionAbsoluteHours * 3_600_000 - sessionIdleMinutes * 60_000);
      assert.match(cookie.line, new RegExp(`Expires=${new Date(expiresAt).toUTCString()}`));
      // and the cookie alone reads the same session back
      const read = await request(app).get(SESSION).set('Cookie', cookie.pair);
      assert.equal(read.status, 200);
      assert.equal(read.body.csrfToken, res.body.csrfToken);
      assert.equal(read.body.account.id, account.id);
      assert.equal(read.body.expiresAt, res.body.expiresAt);
    });

    it('stores only the hash of the cookie secret', async () => {
      // given an account
      const account = await createAccount(app, 'm.mustermann');
      // when it signs in
      const { cookie } = await signIn(app, 'm.mustermann');
      // then the session is stored under the SHA-256 of the secret, not under the secret
      const secret = cookie.slice('efile_session='.length);
      const model = sessionModel(await testConnection());
      assert.equal(await model.findOne({ _id: secret }).lean().exec(), null);
      const stored = await model
        .findOne({ _id: hashSecret(secret) })
        .lean()
        .exec();
      assert.equal(stored?.accountId, account.id);
    });

    it('answers a wrong password, an unknown username and a deactivated account with the same 401', async () => {
      // given an active and a deactivated account
      await createAccount(app, 'm.mustermann');
      const gone = await createAccount(app, 'e.ehemalig');
      await api(app).patch(`/api/v1/accounts/${gone.id}`).set('If-Match', '"1"').send({ active: false }).expect(200);
      // when each signs in wrongly
      const wrongPassword = await request(app)
        .post(SESSION)
        .send({ username: 'm.mustermann', password: 'falsches-passwort' });
      const unknownUser = await request(app).post(SESSION).send({ username: 'niemand', password: 'falsches-passwort' });
      const deactivated = await request(app).post(SESSION).send({ username: 'e.ehemalig', password: PASSWORD });
      // then all three answer the identical problem, and no cookie
      for (const res of [wrongPassword, unknownUser, deactivated]) {
        assert.equal(res.status, 401);
        assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
        assert.equal(sessionCookieOf(res), undefined);
      }
      assert.equal(wrongPassword.body.type, 'https://efile-rollout.example/problems/unauthenticated');
      assert.deepEqual(comparable(unknownUser.body), comparable(wrongPassword.body));
      assert.deepEqual(comparable(deactivated.body), comparable(wrongPassword.body));
    });

    it('signs in case-insensitively by username', async () => {
      // given an account
      await createAccount(app, 'm.mustermann');
      // when the username is typed with capitals
      const res = await request(app).post(SESSION).send({ username: 'M.Mustermann', password: PASSWORD });
      // then it signs in
      assert.equal(res.status, 201, JSON.stringify(res.body));
    });

    for (const maxFailures of [defaultAuthConfig.loginMaxFailures, 3]) {
      it(`locks a username after ${maxFailures} failures, even for the right password, and no other`, async () => {
        // given an app that locks after maxFailures failures, and two accounts
        const strict = await withAuth({ loginMaxFailures: maxFailures });
        await createAccount(strict, 'm.mustermann');
        await createAccount(strict, 'k.kollegin');
        // when m.mustermann's password is guessed wrongly that often
        for (let i = 0; i < maxFailures; i++) {
          await request(strict)
            .post(SESSION)
            .send({ username: 'm.mustermann', password: `rate-mal-${i}` })
            .expect(401);
        }
        // then the next attempt, with the right password, is refused with 429 and Retry-After
        const locked = await request(strict).post(SESSION).send({ username: 'm.mustermann', password: PASSWORD });
        assert.equal(locked.status, 429);
        assert.equal(locked.body.type, 'https://efile-rollout.example/problems/too-many-requests');
        const retryAfter = Number(locked.headers['retry-after']);
        assert.ok(retryAfter > 0 && retryAfter <= defaultAuthConfig.loginLockMinutes * 60, String(retryAfter));
        assert.equal(sessionCookieOf(locked), undefined);
        // and another username signs in as before
        const other = await request(strict).post(SESSION).send({ username: 'k.kollegin', password: PASSWORD });
        assert.equal(other.status, 201);
      });
    }

    it('locks an unknown username the same way, so a lock-out tells nothing about which usernames exist', async () => {
      // given an app that locks after 3 failures
      const strict = await withAuth({ loginMaxFailures: 3 });
      // when a username without an account is tried 3 times
      for (let i = 0; i < 3; i++) {
        await request(strict)
          .post(SESSION)
          .send({ username: 'niemand', password: `rate-mal-${i}` })
          .expect(401);
      }
      // then it is locked too
      const locked = await request(strict).post(SESSION).send({ username: 'niemand', password: 'rate-mal-4' });
      assert.equal(locked.status, 429);
      assert.ok(locked.headers['retry-after']);
    });

    it('clears the failures of a username on a successful sign-in', async () => {
      // given an app that locks after 3 failures and an account with 2 failures
      const strict = await withAuth({ loginMaxFailures: 3 });
      await createAccount(strict, 'm.mustermann');
      for (let i = 0; i < 2; i++) {
        await request(strict)
          .post(SESSION)
          .send({ username: 'm.mustermann', password: `rate-mal-${i}` })
          .expect(401);
      }
      // when it signs in and then fails twice more
      await request(strict).post(SESSION).send({ username: 'm.mustermann', password: PASSWORD }).expect(201);
      for (let i = 0; i < 2; i++) {
        await request(strict)
          .post(SESSION)
          .send({ username: 'm.mustermann', password: `rate-mal-${i}` })
          .expect(401);
      }
      // then it is not locked
      const res = await request(strict).post(SESSION).send({ username: 'm.mustermann', password: PASSWORD });
      assert.equal(res.status, 201);
    });

    it('limits the attempts per client address, whatever the credentials', async () => {
      // given an app behind a proxy that admits 4 attempts per address, and an account
      const limited = await withAuth({ loginPerIpLimit: 4 }, true);
      await createAccount(limited, 'm.mustermann');
      const from = (ip: string) => request(limited).post(SESSION).set('X-Forwarded-For', ip);
      // when 4 attempts come from one address (different usernames, one of them right)
      await from('203.0.113.7').send({ username: 'a.eins', password: 'rate-mal-1' }).expect(401);
      await from('203.0.113.7').send({ username: 'b.zwei', password: 'rate-mal-2' }).expect(401);
      await from('203.0.113.7').send({ username: 'm.mustermann', password: PASSWORD }).expect(201);
      await from('203.0.113.7').send({ username: 'c.drei', password: 'rate-mal-3' }).expect(401);
      // then the 5th from that address is refused even with the right password
      const fifth = await from('203.0.113.7').send({ username: 'm.mustermann', password: PASSWORD });
      assert.equal(fifth.status, 429);
      assert.ok(Number(fifth.headers['retry-after']) > 0);
      assert.equal(sessionCookieOf(fifth), undefined);
      // and another address still signs in
      const elsewhere = await from('203.0.113.8').send({ username: 'm.mustermann', password: PASSWORD });
      assert.equal(elsewhere.status, 201);
    });

    it('refuses a password for an account of the identity provider', async () => {
      // given an OIDC account (it has no password here)
      const catalogue = createCatalogue({ connection: await testConnection() });
      await catalogue.accounts.upsertExternal({
        issuer: 'https://idp.example.org',
        subject: 'sub-4711',
        username: 'o.oidc',
        displayName: 'Olga Oidc',
        role: 'admin',
        departments: [],
        allDepartments: true,
      });
      // when someone signs in with its username and a password
      const res = await request(app).post(SESSION).send({ username: 'o.oidc', password: PASSWORD });
      // then it is refused like a wrong password
      assert.equal(res.status, 401);
      assert.equal(sessionCookieOf(res), undefined);
    });

    it('signs in over a stale cookie: the new cookie comes after the clearing one', async () => {
      // given a cookie whose session has ended
      await createAccount(app, 'm.mustermann');
      const old = await signIn(app, 'm.mustermann');
      await request(app).delete(SESSION).set('Cookie', old.cookie).set('X-CSRF-Token', old.csrfToken).expect(204);
      // when the browser signs in again, still sending it
      const res = await request(app)
        .post(SESSION)
        .set('Cookie', old.cookie)
        .send({ username: 'm.mustermann', password: PASSWORD });
      // then the last session cookie set is the new one (browsers apply Set-Cookie in order), and it works
      assert.equal(res.status, 201);
      const cookies = (res.headers['set-cookie'] as unknown as string[]).filter((c) => c.startsWith('efile_session='));
      const last = cookies[cookies.length - 1]!.split(';')[0]!;
      assert.notEqual(last, 'efile_session=');
      assert.notEqual(last, old.cookie);
      await request(app).get(SESSION).set('Cookie', last).expect(200);
    });

    it('answers 422 for a body without a password', async () => {
      // when the password is missing
      const res = await request(app).post(SESSION).send({ username: 'm.mustermann' });
      // then
      assert.equal(res.status, 422);
      assert.ok(
        res.body.errors.some((e: { field: string }) => e.field === '/password'),
        JSON.stringify(res.body),
      );
    });

    it('sets the Secure attribute when the request came over TLS through a trusted proxy', async () => {
      // given an app behind a TLS-terminating proxy
      const proxied = await testApp({ trustProxy: true });
      await createAccount(proxied, 'm.mustermann');
      // when someone signs in over https
      const res = await request(proxied)
        .post(SESSION)
        .set('X-Forwarded-Proto', 'https')
        .send({ username: 'm.mustermann', password: PASSWORD });
      // then the cookie is Secure
      assert.equal(res.status, 201);
      const cookie = sessionCookieOf(res);
      assert.ok(cookie);
      assert.ok(
        cookie.line.split(';').some((a) => a.trim().toLowerCase() === 'secure'),
        cookie.line,
      );
    });
  });

  describe('CSRF protection', () => {
    let modeller: SignedIn;
    beforeEach(async () => {
      await createProcess(app, 'P-32-0001', '32');
      await createAccount(app, 'm.mustermann');
      modeller = await signIn(app, 'm.mustermann');
    });

    const patch = () =>
      request(app).patch('/api/v1/processes/P-32-0001').set('If-Match', '"1"').send({ name: 'Geänderter Name' });

    it('refuses a cookie-authenticated change without X-CSRF-Token', async () => {
      // when the modeller changes their department's process without the CSRF header
      const res = await patch().set('Cookie', modeller.cookie);
      // then it is refused and nothing changes
      assert.equal(res.status, 403);
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/csrf-token-invalid');
      const read = await api(app).get('/api/v1/processes/P-32-0001');
      assert.equal(read.body.version, 1);
    });

    it('refuses a wrong X-CSRF-Token', async () => {
      // given another session's CSRF token
      const other = await signIn(app, 'm.mustermann');
      // when it is sent with the first session's cookie
      const res = await patch().set('Cookie', modeller.cookie).set('X-CSRF-Token', other.csrfToken);
      const garbage = await patch().set('Cookie', modeller.cookie).set('X-CSRF-Token', 'x');
      // then both are refused
      assert.equal(res.status, 403);
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/csrf-token-invalid');
      assert.equal(garbage.status, 403);
      assert.equal(garbage.body.type, 'https://efile-rollout.example/problems/csrf-token-invalid');
    });

    it('admits the change with the session’s token', async () => {
      // when the change carries the session's CSRF token
      const res = await patch().set('Cookie', modeller.cookie).set('X-CSRF-Token', modeller.csrfToken);
      // then it is made
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.name, 'Geänderter Name');
      assert.equal(res.body.version, 2);
    });

    it('needs no token for reading', async () => {
      // when the modeller reads with the cookie only
      const process = await request(app).get('/api/v1/processes/P-32-0001').set('Cookie', modeller.cookie);
      const session = await request(app).get(SESSION).set('Cookie', modeller.cookie);
      const head = await request(app).head('/api/v1/processes/P-32-0001').set('Cookie', modeller.cookie);
      // then
      assert.equal(process.status, 200);
      assert.equal(session.status, 200);
      assert.equal(head.status, 200);
    });

    it('refuses signing out without the token', async () => {
      // when the modeller signs out without the CSRF header
      const res = await request(app).delete(SESSION).set('Cookie', modeller.cookie);
      // then the session lives on
      assert.equal(res.status, 403);
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/csrf-token-invalid');
      await request(app).get(SESSION).set('Cookie', modeller.cookie).expect(200);
    });

    it('still checks the department: a modeller of 32 cannot change a process of 50', async () => {
      // given a process of department 50
      await createProcess(app, 'P-50-0001', '50');
      // when the modeller of 32 changes it with a valid CSRF token
      const res = await request(app)
        .patch('/api/v1/processes/P-50-0001')
        .set('Cookie', modeller.cookie)
        .set('X-CSRF-Token', modeller.csrfToken)
        .set('If-Match', '"1"')
        .send({ name: 'Fremder Prozess' });
      // then the policy forbids it
      assert.equal(res.status, 403);
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/forbidden');
    });
  });

  describe('GET /api/v1/session', () => {
    it('answers 401 without a cookie and for an unknown cookie, which it clears', async () => {
      // when nobody is signed in, or the cookie names no session
      const none = await request(app).get(SESSION);
      const unknown = await request(app).get(SESSION).set('Cookie', 'efile_session=erfunden');
      // then both are 401 and the unknown cookie is cleared
      assert.equal(none.status, 401);
      assert.equal(unknown.status, 401);
      const cleared = sessionCookieOf(unknown);
      assert.ok(cleared);
      assert.equal(cleared.pair, 'efile_session=');
    });

    it('answers 404 for an API token, which has no session', async () => {
      // when the test admin's token asks for its session
      const res = await api(app).get(SESSION);
      // then
      assert.equal(res.status, 404);
    });
  });

  describe('DELETE /api/v1/session', () => {
    it('signs out: 204, the cookie is cleared and no longer works', async () => {
      // given a signed-in modeller
      await createAccount(app, 'm.mustermann');
      const modeller = await signIn(app, 'm.mustermann');
      // when they sign out with the CSRF token
      const res = await request(app)
        .delete(SESSION)
        .set('Cookie', modeller.cookie)
        .set('X-CSRF-Token', modeller.csrfToken);
      // then the cookie is cleared
      assert.equal(res.status, 204);
      const cleared = sessionCookieOf(res);
      assert.ok(cleared);
      assert.equal(cleared.pair, 'efile_session=');
      assert.match(cleared.line, /Max-Age=0/i);
      // and the old cookie is refused at once
      const after = await request(app).get(SESSION).set('Cookie', modeller.cookie);
      assert.equal(after.status, 401);
      assert.equal(
        await sessionModel(await testConnection())
          .countDocuments({})
          .exec(),
        0,
      );
    });

    it('ends only the session signed out of', async () => {
      // given the same account signed in twice
      await createAccount(app, 'm.mustermann');
      const first = await signIn(app, 'm.mustermann');
      const second = await signIn(app, 'm.mustermann');
      // when the first signs out
      await request(app).delete(SESSION).set('Cookie', first.cookie).set('X-CSRF-Token', first.csrfToken).expect(204);
      // then the second lives on
      await request(app).get(SESSION).set('Cookie', second.cookie).expect(200);
    });
  });

  describe('ending sessions when the account changes', () => {
    let modeller: SignedIn;
    beforeEach(async () => {
      await createAccount(app, 'm.mustermann');
      modeller = await signIn(app, 'm.mustermann');
      // a request that puts the session into the app's lookup cache
      await request(app).get(SESSION).set('Cookie', modeller.cookie).expect(200);
    });

    const changes: Array<[string, Record<string, unknown>]> = [
      ['deactivating the account', { active: false }],
      ['a change of role', { role: 'consultant' }],
      ['a change of departments', { departments: ['50'] }],
    ];
    for (const [what, patch] of changes) {
      it(`ends the account's sessions at once on ${what}`, async () => {
        // when an admin changes the account
        await api(app).patch(`/api/v1/accounts/${modeller.account.id}`).set('If-Match', '"1"').send(patch).expect(200);
        // then the very next request with the cookie is anonymous
        const res = await request(app).get(SESSION).set('Cookie', modeller.cookie);
        assert.equal(res.status, 401);
        assert.equal(
          await sessionModel(await testConnection())
            .countDocuments({})
            .exec(),
          0,
        );
      });
    }

    it("ends the account's sessions at once on a password reset; the new password signs in", async () => {
      // when an admin sets a new password
      await api(app)
        .put(`/api/v1/accounts/${modeller.account.id}/password`)
        .send({ password: 'ein-ganz-neues-passwort' })
        .expect(204);
      // then the cookie is refused, the old password too, and the new one signs in
      await request(app).get(SESSION).set('Cookie', modeller.cookie).expect(401);
      await request(app).post(SESSION).send({ username: 'm.mustermann', password: PASSWORD }).expect(401);
      await request(app)
        .post(SESSION)
        .send({ username: 'm.mustermann', password: 'ein-ganz-neues-passwort' })
        .expect(201);
    });

    it('keeps the sessions on a change that does not touch the scope', async () => {
      // when an admin changes only the display name
      await api(app)
        .patch(`/api/v1/accounts/${modeller.account.id}`)
        .set('If-Match', '"1"')
        .send({ displayName: 'Max Mustermann-Meier' })
        .expect(200);
      // then the session lives on
      await request(app).get(SESSION).set('Cookie', modeller.cookie).expect(200);
    });
  });

  describe('an admin signed in with a session', () => {
    let admin: SignedIn;
    beforeEach(async () => {
      await createAccount(app, 'a.admin', { role: 'admin', departments: [] });
      admin = await signIn(app, 'a.admin');
    });

    const selfChanges: Array<[string, Record<string, unknown>]> = [
      ['deactivate', { active: false }],
      ['demote', { role: 'consultant', departments: ['32'] }],
    ];
    for (const [what, patch] of selfChanges) {
      it(`cannot ${what} themselves (409)`, async () => {
        // when the admin changes their own account
        const res = await request(app)
          .patch(`/api/v1/accounts/${admin.account.id}`)
          .set('Cookie', admin.cookie)
          .set('X-CSRF-Token', admin.csrfToken)
          .set('If-Match', '"1"')
          .send(patch);
        // then it is refused, and the account and session are unchanged
        assert.equal(res.status, 409);
        assert.equal(res.body.type, 'https://efile-rollout.example/problems/conflict');
        const session = await request(app).get(SESSION).set('Cookie', admin.cookie);
        assert.equal(session.status, 200);
        assert.equal(session.body.account.role, 'admin');
        assert.equal(session.body.account.active, true);
        assert.equal(session.body.account.version, 1);
      });
    }

    it('may change their own display name', async () => {
      // when the admin renames themselves
      const res = await request(app)
        .patch(`/api/v1/accounts/${admin.account.id}`)
        .set('Cookie', admin.cookie)
        .set('X-CSRF-Token', admin.csrfToken)
        .set('If-Match', '"1"')
        .send({ displayName: 'Anna Admin' });
      // then
      assert.equal(res.status, 200);
      assert.equal(res.body.displayName, 'Anna Admin');
    });

    it('may deactivate another account', async () => {
      // given another account
      const other = await createAccount(app, 'm.mustermann');
      // when the admin deactivates it
      const res = await request(app)
        .patch(`/api/v1/accounts/${other.id}`)
        .set('Cookie', admin.cookie)
        .set('X-CSRF-Token', admin.csrfToken)
        .set('If-Match', '"1"')
        .send({ active: false });
      // then
      assert.equal(res.status, 200);
      assert.equal(res.body.active, false);
    });
  });
});

describe('SessionsService', () => {
  const idleMinutes = 30;
  const absoluteHours = 2;
  const t0 = new Date('2026-03-02T08:00:00Z');
  const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
  let catalogue: Catalogue;
  let accountId: string;

  beforeEach(async () => {
    await cleanDatabase();
    catalogue = createCatalogue({
      connection: await testConnection(),
      config: { auth: { ...defaultAuthConfig, sessionIdleMinutes: idleMinutes, sessionAbsoluteHours: absoluteHours } },
    });
    const account = await catalogue.accounts.create({
      username: 'a.admin',
      displayName: 'Anna Admin',
      role: 'admin',
      password: PASSWORD,
    });
    accountId = account.id;
  });

  async function stored(secret: string) {
    return sessionModel(await testConnection())
      .findOne({ _id: hashSecret(secret) })
      .lean()
      .exec();
  }

  describe('#resolve', () => {
    it('resolves a fresh session to it and its account', async () => {
      // given a session started at t0
      const { secret, session } = await catalogue.sessions.start(accountId, 'password', t0);
      // when it is resolved a minute later
      const resolved = await catalogue.sessions.resolve(secret, minutes(1));
      // then
      assert.equal(resolved?.session._id, session._id);
      assert.equal(resolved?.account._id, accountId);
      assert.deepEqual(catalogue.sessions.idleExpiry(session), minutes(idleMinutes));
      assert.deepEqual(session.expiresAt, minutes(absoluteHours * 60));
    });

    it('ends a session unused for longer than the idle timeout', async () => {
      // given a session started at t0 and never used
      const { secret } = await catalogue.sessions.start(accountId, 'password', t0);
      // when it is resolved after the idle timeout and a minute
      const resolved = await catalogue.sessions.resolve(secret, minutes(idleMinutes + 1));
      // then it is gone, from the database too
      assert.equal(resolved, undefined);
      assert.equal(await stored(secret), null);
    });

    it('extends a used session by the idle timeout from its last use', async () => {
      // given a session started at t0 and used after 20 minutes
      const { secret } = await catalogue.sessions.start(accountId, 'password', t0);
      assert.ok(await catalogue.sessions.resolve(secret, minutes(20)));
      // when it is resolved 45 minutes after t0 (past t0 + idle, within the last use + idle)
      const resolved = await catalogue.sessions.resolve(secret, minutes(45));
      // then it lives, and its last use is stored
      assert.ok(resolved);
      assert.deepEqual((await stored(secret))?.lastSeenAt, minutes(45));
      assert.deepEqual(catalogue.sessions.idleExpiry(resolved.session), minutes(45 + idleMinutes));
      assert.ok(await catalogue.sessions.resolve(secret, minutes(45 + idleMinutes - 1)));
    });

    it('ends a session at its absolute end, however busy', async () => {
      // given a session used every 20 minutes up to 20 minutes before its absolute end
      const { secret, session } = await catalogue.sessions.start(accountId, 'password', t0);
      const end = absoluteHours * 60;
      for (let m = 20; m < end; m += 20) {
        assert.ok(await catalogue.sessions.resolve(secret, minutes(m)), `at ${m} minutes`);
      }
      // then the idle end of its last use is capped at the absolute end
      const live = await catalogue.sessions.resolve(secret, minutes(end - 1));
      assert.ok(live);
      assert.deepEqual(catalogue.sessions.idleExpiry(live.session), session.expiresAt);
      // when it is resolved at its absolute end
      const resolved = await catalogue.sessions.resolve(secret, minutes(end));
      // then it is gone
      assert.equal(resolved, undefined);
      assert.equal(await stored(secret), null);
    });

    it('refuses an unknown secret', async () => {
      // when a secret that was never issued is resolved
      const resolved = await catalogue.sessions.resolve('nie-ausgegeben', t0);
      // then
      assert.equal(resolved, undefined);
    });
  });

  describe('#endAllFor', () => {
    it("ends every session of the account, cached or not, and no other account's", async () => {
      // given two sessions of the account (one resolved, so cached) and one of another account
      const other = await catalogue.accounts.create({
        username: 'b.admin',
        displayName: 'Bernd Admin',
        role: 'admin',
        password: PASSWORD,
      });
      const first = await catalogue.sessions.start(accountId, 'password', t0);
      const second = await catalogue.sessions.start(accountId, 'password', t0);
      const others = await catalogue.sessions.start(other.id, 'password', t0);
      assert.ok(await catalogue.sessions.resolve(first.secret, minutes(1)));
      // when all sessions of the account end
      await catalogue.sessions.endAllFor(accountId);
      // then its sessions resolve to nothing, even within the cache time, and the other account's lives
      assert.equal(await catalogue.sessions.resolve(first.secret, minutes(1)), undefined);
      assert.equal(await catalogue.sessions.resolve(second.secret, minutes(1)), undefined);
      assert.ok(await catalogue.sessions.resolve(others.secret, minutes(1)));
    });
  });

  describe('#purgeExpired', () => {
    it('removes idle and past sessions and keeps live ones', async () => {
      // given a session idle since t0, one used at 20 minutes, and a busy one whose absolute end is at 40 minutes
      const idle = await catalogue.sessions.start(accountId, 'password', t0);
      const used = await catalogue.sessions.start(accountId, 'password', t0);
      assert.ok(await catalogue.sessions.resolve(used.secret, minutes(20)));
      const old = await catalogue.sessions.start(accountId, 'password', minutes(40 - absoluteHours * 60));
      for (let m = 40 - absoluteHours * 60 + 20; m < 40; m += 20) {
        assert.ok(await catalogue.sessions.resolve(old.secret, minutes(m)), `at ${m} minutes`);
      }
      // when expired sessions are purged at 45 minutes
      const purged = await catalogue.sessions.purgeExpired(minutes(45));
      // then the idle one and the one past its end are gone
      assert.equal(purged, 2);
      assert.equal(await stored(idle.secret), null);
      assert.equal(await stored(old.secret), null);
      assert.ok(await stored(used.secret));
    });
  });
});
