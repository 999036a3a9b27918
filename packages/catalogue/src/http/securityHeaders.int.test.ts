import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import { api, cleanDatabase, testApp, testConnection, TEST_ADMIN_TOKEN } from '../testing/testDatabase.js';
import { createApp } from '../app.js';
import type { Logger } from '../logger.js';

/** A logger that keeps every line it is given, as the JSON a log shipper would see. */
class CollectingLogger implements Logger {
  readonly lines: Array<Record<string, unknown>> = [];
  info(obj: unknown, msg?: string): void {
    this.lines.push({ level: 'info', ...(obj as object), msg });
  }
  warn(obj: unknown, msg?: string): void {
    this.lines.push({ level: 'warn', ...(obj as object), msg });
  }
  error(obj: unknown, msg?: string): void {
    this.lines.push({ level: 'error', ...(obj as object), msg });
  }

  /** The request line of a request id; waits for the response's `finish`, which may come after the client has read it. */
  async requestLine(requestId: string): Promise<Record<string, unknown>> {
    for (let turn = 0; turn < 100; turn++) {
      const line = this.lines.find((l) => l.requestId === requestId);
      if (line) return line;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`no log line for request ${requestId}`);
  }
}

function assertSecurityHeaders(res: request.Response, what: string): void {
  const csp = res.headers['content-security-policy'] ?? '';
  const directives = csp.split(';').map((d) => d.trim());
  assert.ok(directives.includes("default-src 'self'"), `${what}: ${csp}`);
  assert.ok(directives.includes("frame-ancestors 'none'"), `${what}: ${csp}`);
  assert.ok(directives.includes("script-src 'self'"), `${what}: ${csp}`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(res.headers['referrer-policy'], 'same-origin', what);
  assert.equal(res.headers['x-powered-by'], undefined, what);
}

describe('security headers', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  beforeEach(cleanDatabase);

  it('sets the CSP, nosniff and no X-Powered-By on API answers and on problems', async () => {
    // when the API answers a listing, an unknown route, an anonymous request and a bad body
    const listing = await api(app).get('/api/v1/processes');
    const unknown = await api(app).get('/api/v1/nichts-hier');
    const anonymous = await request(app).get('/api/v1/processes');
    const invalid = await api(app).post('/api/v1/departments').set('Content-Type', 'application/json').send('{');
    // then each carries the security headers
    assert.equal(listing.status, 200);
    assert.equal(unknown.status, 404);
    assert.equal(anonymous.status, 401);
    assert.equal(invalid.status, 400);
    for (const [what, res] of Object.entries({ listing, unknown, anonymous, invalid }))
      assertSecurityHeaders(res, what);
  });

  it('sends no Strict-Transport-Security over plain http, nor when an untrusted client claims https', async () => {
    // when a request comes over plain http, once claiming a TLS proxy in front
    const plain = await api(app).get('/api/v1/processes');
    const claimed = await api(app).get('/api/v1/processes').set('X-Forwarded-Proto', 'https');
    // then neither gets HSTS: the app trusts no proxy
    assert.equal(plain.headers['strict-transport-security'], undefined);
    assert.equal(claimed.headers['strict-transport-security'], undefined);
  });

  it('sends Strict-Transport-Security behind a trusted proxy that terminated TLS', async () => {
    // given an app that trusts its proxy
    const proxied = await testApp({ trustProxy: true });
    // when requests come through it over https and over http
    const tls = await api(proxied).get('/api/v1/processes').set('X-Forwarded-Proto', 'https');
    const problem = await api(proxied).get('/api/v1/nichts-hier').set('X-Forwarded-Proto', 'https');
    const http = await api(proxied).get('/api/v1/processes').set('X-Forwarded-Proto', 'http');
    // then the https answers, problems included, carry HSTS and the http one does not
    assert.equal(tls.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
    assert.equal(problem.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
    assert.equal(http.headers['strict-transport-security'], undefined);
    assertSecurityHeaders(tls, 'tls');
  });

  it("echoes a sane X-Request-Id in the header and the problem's requestId, and replaces an insane one", async () => {
    // when a problem is provoked with a sane and with an insane request id
    const sane = await api(app).get('/api/v1/nichts-hier').set('X-Request-Id', 'lb-7f3a:42');
    const insane = await api(app).get('/api/v1/nichts-hier').set('X-Request-Id', 'a b <script>');
    // then the sane one is echoed, the insane one replaced by a fresh id
    assert.equal(sane.headers['x-request-id'], 'lb-7f3a:42');
    assert.equal(sane.body.requestId, 'lb-7f3a:42');
    assert.match(insane.headers['x-request-id'] ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(insane.body.requestId, insane.headers['x-request-id']);
  });

  it('answers an unexpected error with a bare 500: no stack, no error message', async () => {
    // given an app with a collecting logger and an account document the API cannot map (stored behind its back)
    const logger = new CollectingLogger();
    const logged = createApp({ connection: await testConnection(), logger });
    const conn = await testConnection();
    await conn
      .db!.collection<{ _id: string; username: string }>('accounts')
      .insertOne({ _id: 'acc_kaputt00000000', username: 'kaputt' });
    // when the accounts are listed
    const res = await api(logged).get('/api/v1/accounts').set('X-Request-Id', 'req-500');
    // then the answer is a problem naming only the request id
    assert.equal(res.status, 500);
    assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
    assert.deepEqual(Object.keys(res.body).sort(), ['detail', 'instance', 'requestId', 'status', 'title', 'type']);
    assert.equal(res.body.type, 'https://efile-rollout.example/problems/internal-error');
    assert.equal(res.body.requestId, 'req-500');
    assert.doesNotMatch(res.text, /TypeError|stack|\.js:\d+|\bat\s+\S+\s+\(/);
    assertSecurityHeaders(res, '500');
    // and the error is in the log, with the request line of the failed request
    assert.ok(logger.lines.some((l) => l.level === 'error' && l.msg === 'unhandled error'));
    const line = await logger.requestLine('req-500');
    assert.equal(line.level, 'error');
    assert.equal(line.status, 500);
  });
});

describe('requestLog', () => {
  beforeEach(cleanDatabase);

  it('logs one structured line per request, without passwords, cookies, tokens or query strings', async () => {
    // given an app with a collecting logger, department 32 and a modeller account created by the test admin
    const logger = new CollectingLogger();
    const app = createApp({ connection: await testConnection(), logger });
    const password = 'korrekt-pferd-batterie';
    await api(app).post('/api/v1/departments').send({ code: '32', name: 'Amt 32', shortName: '32' }).expect(201);
    const account = await api(app)
      .post('/api/v1/accounts')
      .set('X-Request-Id', 'req-account')
      .send({
        username: 'm.mustermann',
        displayName: 'Max Mustermann',
        role: 'modeller',
        departments: ['32'],
        password,
      })
      .expect(201);

    // when the modeller fails to sign in, signs in, reads the session and signs out
    await request(app)
      .post('/api/v1/session')
      .set('X-Request-Id', 'req-wrong')
      .send({ username: 'm.mustermann', password: 'falsches-passwort-1' })
      .expect(401);
    const signIn = await request(app)
      .post('/api/v1/session')
      .set('X-Request-Id', 'req-signin')
      .send({ username: 'm.mustermann', password })
      .expect(201);
    const cookie = (signIn.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    const cookieSecret = cookie.slice('efile_session='.length);
    const csrfToken = signIn.body.csrfToken as string;
    await request(app).get('/api/v1/session').set('X-Request-Id', 'req-session').set('Cookie', cookie).expect(200);
    await request(app)
      .delete('/api/v1/session')
      .set('X-Request-Id', 'req-signout')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrfToken)
      .expect(204);
    // and an admin makes an API token, which searches the processes
    const created = await api(app)
      .post('/api/v1/tokens')
      .set('X-Request-Id', 'req-token')
      .send({ name: 'Import', role: 'manager', allDepartments: true })
      .expect(201);
    const tokenSecret = created.body.secret as string;
    await request(app)
      .get('/api/v1/processes?q=geheimer-suchbegriff')
      .set('X-Request-Id', 'req-search')
      .set('Authorization', `Bearer ${tokenSecret}`)
      .expect(200);

    // then each request has its line with request id, method, path, status and the acting id
    const expected: Array<[string, string, string, number, string | undefined]> = [
      ['req-account', 'POST', '/api/v1/accounts', 201, 'tok_testadmin'],
      ['req-wrong', 'POST', '/api/v1/session', 401, undefined],
      ['req-signin', 'POST', '/api/v1/session', 201, undefined],
      ['req-session', 'GET', '/api/v1/session', 200, account.body.id as string],
      ['req-signout', 'DELETE', '/api/v1/session', 204, account.body.id as string],
      ['req-token', 'POST', '/api/v1/tokens', 201, 'tok_testadmin'],
      ['req-search', 'GET', '/api/v1/processes', 200, created.body.token.id as string],
    ];
    for (const [requestId, method, path, status, actor] of expected) {
      const line = await logger.requestLine(requestId);
      assert.equal(line.method, method, requestId);
      assert.equal(line.path, path, requestId);
      assert.equal(line.status, status, requestId);
      assert.equal(typeof line.ms, 'number', requestId);
      assert.equal(line.actor, actor, requestId);
    }
    // and nothing secret is anywhere in the log
    const log = JSON.stringify(logger.lines);
    const secrets: Record<string, string> = {
      password,
      'wrong password': 'falsches-passwort-1',
      'session cookie': cookieSecret,
      'CSRF token': csrfToken,
      'admin bearer token': TEST_ADMIN_TOKEN,
      'admin token secret part': TEST_ADMIN_TOKEN.slice('efr_tok_testadmin_'.length),
      'new API token': tokenSecret,
      'new API token secret part': /^efr_tok_[a-z0-9]+_(.+)$/.exec(tokenSecret)![1]!,
      'search term': 'geheimer-suchbegriff',
    };
    for (const [what, secret] of Object.entries(secrets)) {
      assert.equal(log.includes(secret), false, `the log holds the ${what}`);
    }
    assert.doesNotMatch(log, /efile_session|Bearer|argon2|authorization|cookie/i);
  });
});
