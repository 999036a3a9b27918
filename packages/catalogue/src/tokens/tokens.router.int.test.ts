import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import type { ApiToken } from '@efile/schemas';
import { api, auditSettled, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { createCatalogue, type Catalogue } from '../app.js';
import { auditModel } from '../audit/audit.model.js';
import { hashSecret } from '../sessions/sessions.service.js';
import { tokenModel } from './token.model.js';

const API = '/api/v1/tokens';
const SECRET_FORMAT = /^efr_(tok_[a-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

/** Creates a token through the API as the test admin; answers the token and its secret. */
async function createToken(
  app: Express,
  fields: Record<string, unknown>,
): Promise<{ token: ApiToken; secret: string }> {
  const res = await api(app)
    .post(API)
    .send({ name: 'Import aus dem Fachverfahren', ...fields });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { token: ApiToken; secret: string };
}

/** Requests to `app` with the given bearer token. */
function as(app: Express, secret: string) {
  return request.agent(app).set('Authorization', `Bearer ${secret}`);
}

describe('tokens.router', () => {
  let app: Express;
  let catalogue: Catalogue;
  before(async () => {
    app = await testApp();
    catalogue = createCatalogue({ connection: await testConnection() });
  });
  beforeEach(async () => {
    // the previous test's audit records are stored before the collections are emptied
    await auditSettled(app);
    await cleanDatabase();
    for (const code of ['32', '50']) {
      await api(app)
        .post('/api/v1/departments')
        .send({ code, name: `Amt ${code}`, shortName: code })
        .expect(201);
    }
    for (const [key, department] of [
      ['P-32-0001', '32'],
      ['P-50-0001', '50'],
    ]) {
      await api(app)
        .post('/api/v1/processes')
        .send({ key, name: `Prozess ${key}`, department, kind: 'department' })
        .expect(201);
    }
  });

  describe('POST /api/v1/tokens', () => {
    it('shows the secret once, not to be cached, and stores only its hash', async () => {
      // when an admin creates a modeller token for 32
      const res = await api(app)
        .post(API)
        .send({ name: 'Import aus dem Fachverfahren', role: 'modeller', departments: ['32'] });
      // then the answer holds the secret and must not be cached
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.equal(res.headers.location, `${API}/${res.body.token.id}`);
      const match = SECRET_FORMAT.exec(res.body.secret as string);
      assert.ok(match, res.body.secret);
      assert.equal(match[1], res.body.token.id);
      assert.deepEqual(Object.keys(res.body).sort(), ['secret', 'token']);
      assert.equal(res.body.token.role, 'modeller');
      assert.deepEqual(res.body.token.departments, ['32']);
      assert.equal(res.body.token.createdBy, 'tok_testadmin');
      assert.equal(res.body.token.active, true);
      // and the database holds the hash of the secret part, never the secret
      const doc = await tokenModel(await testConnection())
        .findOne({ _id: res.body.token.id })
        .lean()
        .exec();
      assert.equal(doc?.secretHash, hashSecret(match[2]!));
      assert.equal(JSON.stringify(doc).includes(match[2]!), false);
    });

    it('never shows the secret or its hash again, in the list or the token', async () => {
      // given a token
      const { token, secret } = await createToken(app, { role: 'modeller', departments: ['32'] });
      const secretPart = SECRET_FORMAT.exec(secret)![2]!;
      // when the tokens are listed and the token is read
      const list = await api(app).get(API);
      const read = await api(app).get(`${API}/${token.id}`);
      // then neither holds the secret, its secret part or its hash
      assert.equal(list.status, 200);
      assert.equal(read.status, 200);
      assert.ok(list.body.items.some((t: ApiToken) => t.id === token.id));
      assert.deepEqual(read.body, token);
      for (const body of [JSON.stringify(list.body), JSON.stringify(read.body)]) {
        assert.equal(body.includes(secretPart), false);
        assert.equal(body.includes(hashSecret(secretPart)), false);
        assert.doesNotMatch(body, /secret/i);
      }
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['a modeller token without departments', { role: 'modeller' }, '/departments'],
      ['a consultant token without departments', { role: 'consultant', departments: [] }, '/departments'],
      ['an unknown department', { role: 'modeller', departments: ['99'] }, '/departments'],
      ['an end in the past', { role: 'admin', expiresAt: '2020-01-01T00:00:00Z' }, '/expiresAt'],
      ['a missing role', { departments: ['32'] }, '/role'],
    ];
    for (const [what, fields, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid token is requested
        const res = await api(app)
          .post(API)
          .send({ name: 'Ungültig', ...fields });
        // then the problem names the field and no token is made
        assert.equal(res.status, 422);
        assert.ok(
          (res.body.errors as Array<{ field: string }>).some((e) => e.field === field),
          JSON.stringify(res.body),
        );
        assert.equal(
          await tokenModel(await testConnection())
            .countDocuments({ name: 'Ungültig' })
            .exec(),
          0,
        );
      });
    }
  });

  describe('Authorization: Bearer', () => {
    it("acts with the token's role and departments", async () => {
      // given a modeller token for 32
      const { token, secret } = await createToken(app, { role: 'modeller', departments: ['32'] });
      // when it changes a process of 32 and one of 50, reads one of 50 and lists the tokens
      const own = await as(app, secret)
        .patch('/api/v1/processes/P-32-0001')
        .set('If-Match', '"1"')
        .send({ name: 'Vom Fachverfahren umbenannt' });
      const other = await as(app, secret)
        .patch('/api/v1/processes/P-50-0001')
        .set('If-Match', '"1"')
        .send({ name: 'Fremd umbenannt' });
      const read = await as(app, secret).get('/api/v1/processes/P-50-0001');
      const admin = await as(app, secret).get(API);
      // then it may change 32 only, read 50, and administer nothing
      assert.equal(own.status, 200, JSON.stringify(own.body));
      assert.equal(own.body.name, 'Vom Fachverfahren umbenannt');
      assert.equal(other.status, 403);
      assert.equal(read.status, 200);
      assert.equal(read.body.name, 'Prozess P-50-0001');
      assert.equal(admin.status, 403);
      // and it needs no CSRF token: it sends no cookie
      // and its use is recorded
      const used = await api(app).get(`${API}/${token.id}`);
      assert.ok(used.body.lastUsedAt);
    });

    it('records the token as the actor of its changes and of its refused attempts', async () => {
      // given a modeller token for 32
      const { token, secret } = await createToken(app, { role: 'modeller', departments: ['32'] });
      // when it changes a process of 32 and tries one of 50
      await as(app, secret)
        .patch('/api/v1/processes/P-32-0001')
        .set('If-Match', '"1"')
        .send({ name: 'Vom Fachverfahren umbenannt' })
        .expect(200);
      await as(app, secret)
        .patch('/api/v1/processes/P-50-0001')
        .set('If-Match', '"1"')
        .send({ name: 'Fremd umbenannt' })
        .expect(403);
      await auditSettled(app);
      // then the audit trail names the token id as the actor of both
      const records = await auditModel(await testConnection())
        .find({ resource: { $in: ['/api/v1/processes/P-32-0001', '/api/v1/processes/P-50-0001'] } })
        .lean()
        .exec();
      const byResource = Object.fromEntries(records.map((r) => [r.resource, r]));
      assert.equal(records.length, 2, JSON.stringify(records));
      assert.equal(byResource['/api/v1/processes/P-32-0001']?.actorId, token.id);
      assert.equal(byResource['/api/v1/processes/P-32-0001']?.role, 'modeller');
      assert.equal(byResource['/api/v1/processes/P-32-0001']?.outcome, 'success');
      assert.equal(byResource['/api/v1/processes/P-32-0001']?.versionAfter, 2);
      assert.equal(byResource['/api/v1/processes/P-50-0001']?.actorId, token.id);
      assert.equal(byResource['/api/v1/processes/P-50-0001']?.outcome, 'denied');
      assert.equal(byResource['/api/v1/processes/P-50-0001']?.department, '50');
      // and the token's own creation is recorded as the creating admin's
      const creation = await auditModel(await testConnection())
        .findOne({ resource: API, method: 'POST' })
        .lean()
        .exec();
      assert.equal(creation?.actorId, 'tok_testadmin');
    });

    const refused: Array<[string, string]> = [
      ['a malformed bearer token', 'Bearer kein-gueltiges-token'],
      ['an empty bearer token', 'Bearer '],
      ['an unknown, well-formed bearer token', `Bearer efr_tok_abcdefgh12345678_${'A'.repeat(43)}`],
      ['another scheme', 'Basic YWRtaW46YWRtaW4='],
    ];
    for (const [what, header] of refused) {
      it(`answers 401 with WWW-Authenticate for ${what}, even on a public route`, async () => {
        // when the header is sent to a protected and a public route
        const res = await request(app).get('/api/v1/processes').set('Authorization', header);
        const health = await request(app).get('/healthz').set('Authorization', header);
        // then both are refused rather than served anonymously
        for (const r of [res, health]) {
          assert.equal(r.status, 401);
          assert.equal(r.headers['www-authenticate'], 'Bearer realm="efile-rollout"');
          assert.equal(r.body.type, 'https://efile-rollout.example/problems/unauthenticated');
        }
      });
    }

    it('answers 401 for a real token id with a wrong secret part', async () => {
      // given a token
      const { token } = await createToken(app, { role: 'admin' });
      // when its id is sent with another secret
      const res = await as(app, `efr_${token.id}_${'B'.repeat(43)}`).get('/api/v1/processes');
      // then
      assert.equal(res.status, 401);
    });
  });

  describe('DELETE /api/v1/tokens/{id}', () => {
    it('revokes a token: its secret is refused from the next request on', async () => {
      // given a working token
      const { token, secret } = await createToken(app, { role: 'manager', allDepartments: true });
      await as(app, secret).get('/api/v1/processes').expect(200);
      // when an admin revokes it
      const res = await api(app).delete(`${API}/${token.id}`);
      // then it is inactive and its secret is refused
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.active, false);
      assert.ok(res.body.revokedAt);
      const after = await as(app, secret).get('/api/v1/processes');
      assert.equal(after.status, 401);
      assert.ok(after.headers['www-authenticate']);
      // and revoking again keeps the first time
      const again = await api(app).delete(`${API}/${token.id}`);
      assert.equal(again.status, 200);
      assert.equal(again.body.revokedAt, res.body.revokedAt);
    });

    it('answers 404 for an unknown token', async () => {
      // when a token that does not exist is revoked
      const res = await api(app).delete(`${API}/tok_0000000000000000`);
      // then
      assert.equal(res.status, 404);
    });
  });

  describe('expiry', () => {
    it('refuses a token past its end', async () => {
      // given a token made two days ago that expired yesterday
      const day = 86_400_000;
      const { token, secret } = await catalogue.tokens.create(
        { name: 'Abgelaufen', role: 'admin', expiresAt: new Date(Date.now() - day).toISOString() },
        'tok_testadmin',
        new Date(Date.now() - 2 * day),
      );
      // when it is used
      const res = await as(app, secret).get('/api/v1/processes');
      // then it is refused, and listed as inactive
      assert.equal(res.status, 401);
      const read = await api(app).get(`${API}/${token.id}`);
      assert.equal(read.body.active, false);
    });

    it('resolves a token until its end and not from then on', async () => {
      // given a token that ends in an hour
      const inAnHour = new Date(Date.now() + 3_600_000);
      const { token, secret } = await createToken(app, {
        role: 'modeller',
        departments: ['32'],
        expiresAt: inAnHour.toISOString(),
      });
      // when it is resolved before, at and after its end
      const before = await catalogue.tokens.resolve(secret, new Date(inAnHour.getTime() - 1000));
      const at = await catalogue.tokens.resolve(secret, inAnHour);
      const after = await catalogue.tokens.resolve(secret, new Date(inAnHour.getTime() + 1000));
      // then it acts as the token before and as nobody from its end
      assert.deepEqual(before, {
        id: token.id,
        kind: 'token',
        role: 'modeller',
        departments: ['32'],
        allDepartments: true,
      });
      assert.equal(at, undefined);
      assert.equal(after, undefined);
    });
  });

  describe('access', () => {
    it('refuses every token route to a non-admin token', async () => {
      // given a consultant token
      const { token, secret } = await createToken(app, { role: 'consultant', departments: ['32'] });
      // when it calls every token route
      const results = [
        await as(app, secret).get(API),
        await as(app, secret).post(API).send({ name: 'Eigenes Token', role: 'admin' }),
        await as(app, secret).get(`${API}/${token.id}`),
        await as(app, secret).delete(`${API}/${token.id}`),
      ];
      // then each is forbidden, and no admin token came of it
      for (const res of results) assert.equal(res.status, 403, JSON.stringify(res.body));
      assert.equal(
        await tokenModel(await testConnection())
          .countDocuments({ name: 'Eigenes Token' })
          .exec(),
        0,
      );
      await as(app, secret).get('/api/v1/processes').expect(200);
    });
  });
});
