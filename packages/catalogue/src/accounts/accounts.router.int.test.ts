import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import type { Account } from '@efile/schemas';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { createCatalogue } from '../app.js';
import type { Role } from '../auth/principal.js';
import { accountModel } from './account.model.js';
import { verifyPassword } from './passwords.js';

const API = '/api/v1/accounts';
const PASSWORD = 'korrekt-pferd-batterie';

const modeller = {
  username: 'm.mustermann',
  displayName: 'Max Mustermann',
  email: 'max.mustermann@example.org',
  role: 'modeller',
  departments: ['32'],
  password: PASSWORD,
};

/** Creates an account through the API as the test admin and answers it. */
async function createAccount(app: Express, fields: Record<string, unknown> = {}): Promise<Account> {
  const res = await api(app)
    .post(API)
    .send({ ...modeller, ...fields });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as Account;
}

function fieldsOf(res: request.Response): string[] {
  return ((res.body.errors ?? []) as Array<{ field: string }>).map((e) => e.field);
}

describe('accounts.router', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  beforeEach(async () => {
    await cleanDatabase();
    for (const code of ['32', '50']) {
      await api(app)
        .post('/api/v1/departments')
        .send({ code, name: `Amt ${code}`, shortName: code })
        .expect(201);
    }
  });

  describe('POST /api/v1/accounts', () => {
    it('creates a local account: 201 with Location and ETag, an argon2id hash stored, no password returned', async () => {
      // given departments 32 and 50
      // when an admin creates a modeller of 32
      const res = await api(app).post(API).send(modeller);
      // then it answers the account at version 1
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.match(res.body.id, /^acc_[a-z0-9]{16}$/);
      assert.equal(res.headers.location, `${API}/${res.body.id}`);
      assert.equal(res.headers.etag, '"1"');
      assert.deepEqual(
        Object.keys(res.body).sort(),
        [
          'active',
          'allDepartments',
          'createdAt',
          'departments',
          'displayName',
          'email',
          'id',
          'role',
          'source',
          'updatedAt',
          'username',
          'version',
        ].sort(),
      );
      assert.equal(res.body.active, true);
      assert.equal(res.body.source, 'local');
      assert.deepEqual(res.body.departments, ['32']);
      // and neither the password nor its hash is in the answer
      assert.doesNotMatch(JSON.stringify(res.body), /korrekt-pferd|argon2|passwordHash/);
      // and the stored hash is argon2id and matches the password
      const doc = await accountModel(await testConnection())
        .findOne({ _id: res.body.id })
        .lean()
        .exec();
      assert.ok(doc?.passwordHash, 'no password hash stored');
      assert.ok(doc.passwordHash.startsWith('$argon2id$'), doc.passwordHash);
      assert.equal(await verifyPassword(doc.passwordHash, PASSWORD), true);
      assert.equal(await verifyPassword(doc.passwordHash, 'ein-anderes-passwort'), false);
      // and reading it back answers the same
      const read = await api(app).get(`${API}/${res.body.id}`);
      assert.equal(read.status, 200);
      assert.equal(read.headers.etag, '"1"');
      assert.deepEqual(read.body, res.body);
    });

    it('answers 409 for a username that is taken', async () => {
      // given m.mustermann
      const first = await createAccount(app);
      // when another account is created under the same username
      const res = await api(app)
        .post(API)
        .send({ ...modeller, displayName: 'Maria Mustermann', role: 'manager', allDepartments: true });
      // then it is refused and the first one stays the only one
      assert.equal(res.status, 409);
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/conflict');
      const list = await api(app).get(API);
      assert.deepEqual(
        list.body.items.map((a: Account) => a.id),
        [first.id],
      );
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['a modeller without departments', { departments: [] }, '/departments'],
      ['a modeller with the departments left out', { departments: undefined }, '/departments'],
      ['a manager neither city-wide nor with departments', { role: 'manager', departments: [] }, '/departments'],
      ['an unknown department', { departments: ['32', '99'] }, '/departments'],
      ['a password shorter than 12 characters', { password: 'kurz-11-zch' }, '/password'],
      ['a missing password', { password: undefined }, '/password'],
      ['a username with capitals', { username: 'M.Mustermann' }, '/username'],
      ['an unknown role', { role: 'superuser' }, '/role'],
      ['an unknown field', { passwordHash: '$argon2id$v=19$…' }, '/passwordHash'],
    ];
    for (const [what, fields, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid account is posted
        const res = await api(app)
          .post(API)
          .send({ ...modeller, ...fields });
        // then the problem names the field and nothing is stored
        assert.equal(res.status, 422);
        assert.ok(fieldsOf(res).includes(field), JSON.stringify(res.body));
        const list = await api(app).get(API);
        assert.deepEqual(list.body.items, []);
      });
    }

    it('creates an admin without departments and a city-wide manager', async () => {
      // when an admin and a city-wide manager are created without departments
      const admin = await createAccount(app, { username: 'a.admin', role: 'admin', departments: [] });
      const manager = await createAccount(app, {
        username: 'l.leitung',
        role: 'manager',
        departments: [],
        allDepartments: true,
      });
      // then both exist
      assert.equal(admin.role, 'admin');
      assert.equal(manager.allDepartments, true);
    });
  });

  describe('GET /api/v1/accounts', () => {
    it('lists the accounts sorted by username', async () => {
      // given accounts created out of order
      for (const username of ['zoe.ziegler', 'a.admin', 'm.mustermann', 'b.berger']) {
        await createAccount(app, { username });
      }
      // when the accounts are listed
      const res = await api(app).get(API);
      // then they come by username, without secrets
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.items.map((a: Account) => a.username),
        ['a.admin', 'b.berger', 'm.mustermann', 'zoe.ziegler'],
      );
      assert.doesNotMatch(JSON.stringify(res.body), /argon2|passwordHash|korrekt-pferd/);
    });

    it('answers 404 for an unknown account', async () => {
      // when an account that does not exist is read
      const res = await api(app).get(`${API}/acc_0000000000000000`);
      // then
      assert.equal(res.status, 404);
    });
  });

  describe('PATCH /api/v1/accounts/{id}', () => {
    it('changes an account with If-Match and answers the next version', async () => {
      // given m.mustermann
      const account = await createAccount(app);
      // when an admin gives them department 50 as well
      const res = await api(app)
        .patch(`${API}/${account.id}`)
        .set('If-Match', '"1"')
        .send({ departments: ['32', '50'], email: null });
      // then
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.headers.etag, '"2"');
      assert.equal(res.body.version, 2);
      assert.deepEqual(res.body.departments, ['32', '50']);
      assert.equal('email' in res.body, false);
    });

    it('answers 412 for a stale version and 428 without If-Match, changing nothing', async () => {
      // given m.mustermann, changed once
      const account = await createAccount(app);
      await api(app).patch(`${API}/${account.id}`).set('If-Match', '"1"').send({ displayName: 'Max M.' }).expect(200);
      // when it is changed again naming version 1, and without If-Match
      const stale = await api(app).patch(`${API}/${account.id}`).set('If-Match', '"1"').send({ active: false });
      const missing = await api(app).patch(`${API}/${account.id}`).send({ active: false });
      // then
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      assert.equal(missing.status, 428);
      const read = await api(app).get(`${API}/${account.id}`);
      assert.equal(read.body.active, true);
      assert.equal(read.body.version, 2);
    });

    it('answers 422 for a change that leaves a modeller without departments', async () => {
      // given m.mustermann
      const account = await createAccount(app);
      // when their departments are emptied
      const res = await api(app).patch(`${API}/${account.id}`).set('If-Match', '"1"').send({ departments: [] });
      // then
      assert.equal(res.status, 422);
      assert.ok(fieldsOf(res).includes('/departments'), JSON.stringify(res.body));
    });

    it('refuses a new password through PATCH', async () => {
      // given m.mustermann
      const account = await createAccount(app);
      // when a password is sent in a PATCH
      const res = await api(app)
        .patch(`${API}/${account.id}`)
        .set('If-Match', '"1"')
        .send({ password: 'ein-ganz-neues-passwort' });
      // then it is refused as an unknown field
      assert.equal(res.status, 422);
      assert.ok(fieldsOf(res).includes('/password'), JSON.stringify(res.body));
    });
  });

  describe('PUT /api/v1/accounts/{id}/password', () => {
    it('sets a new argon2id hash and answers 204 with the next version', async () => {
      // given m.mustermann
      const account = await createAccount(app);
      // when an admin sets a new password
      const res = await api(app).put(`${API}/${account.id}/password`).send({ password: 'ein-ganz-neues-passwort' });
      // then
      assert.equal(res.status, 204);
      assert.equal(res.headers.etag, '"2"');
      const doc = await accountModel(await testConnection())
        .findOne({ _id: account.id })
        .lean()
        .exec();
      assert.ok(doc?.passwordHash, 'no password hash stored');
      assert.ok(doc.passwordHash.startsWith('$argon2id$'), doc.passwordHash);
      assert.equal(await verifyPassword(doc.passwordHash, 'ein-ganz-neues-passwort'), true);
      assert.equal(await verifyPassword(doc.passwordHash, PASSWORD), false);
    });

    it('answers 422 for an account of the identity provider, which has no password here', async () => {
      // given an OIDC account
      const catalogue = createCatalogue({ connection: await testConnection() });
      const doc = await catalogue.accounts.upsertExternal({
        issuer: 'https://idp.example.org',
        subject: 'sub-4711',
        username: 'o.oidc',
        displayName: 'Olga Oidc',
        role: 'modeller',
        departments: ['32'],
        allDepartments: false,
      });
      // when an admin sets a password for it
      const res = await api(app).put(`${API}/${doc._id}/password`).send({ password: 'ein-ganz-neues-passwort' });
      // then it is refused and no hash is stored
      assert.equal(res.status, 422);
      const stored = await accountModel(await testConnection())
        .findOne({ _id: doc._id })
        .lean()
        .exec();
      assert.equal(stored?.passwordHash, undefined);
    });

    it('answers 422 naming /password for a short one', async () => {
      // given m.mustermann
      const account = await createAccount(app);
      // when a short password is set
      const res = await api(app).put(`${API}/${account.id}/password`).send({ password: 'kurz' });
      // then
      assert.equal(res.status, 422);
      assert.ok(fieldsOf(res).includes('/password'), JSON.stringify(res.body));
    });
  });

  describe('access', () => {
    let target: Account;
    beforeEach(async () => {
      target = await createAccount(app);
    });

    /** Every account route, with a body where it needs one. */
    const routes: Array<[string, (client: ReturnType<typeof request>, id: string) => request.Test]> = [
      ['GET /accounts', (r) => r.get(API)],
      ['POST /accounts', (r) => r.post(API).send({ ...modeller, username: 'n.neu' })],
      ['GET /accounts/{id}', (r, id) => r.get(`${API}/${id}`)],
      ['PATCH /accounts/{id}', (r, id) => r.patch(`${API}/${id}`).set('If-Match', '"1"').send({ active: false })],
      [
        'PUT /accounts/{id}/password',
        (r, id) => r.put(`${API}/${id}/password`).send({ password: 'ein-neues-passwort' }),
      ],
    ];
    const roles: Array<[Role, Record<string, unknown>]> = [
      ['consultant', { departments: ['32'] }],
      ['modeller', { departments: ['32'] }],
      ['manager', { allDepartments: true }],
    ];

    for (const [role, scope] of roles) {
      it(`refuses a ${role} (403) on every account route and changes nothing`, async () => {
        // given an API token of the role
        const catalogue = createCatalogue({ connection: await testConnection() });
        const { secret } = await catalogue.tokens.create({ name: `${role} token`, role, ...scope }, 'system');
        for (const [name, send] of routes) {
          // when the token calls the route
          const res = await send(request(app), target.id).set('Authorization', `Bearer ${secret}`);
          // then it is forbidden
          assert.equal(res.status, 403, `${name}: ${JSON.stringify(res.body)}`);
          assert.equal(res.body.type, 'https://efile-rollout.example/problems/forbidden', name);
        }
        const list = await api(app).get(API);
        assert.deepEqual(
          list.body.items.map((a: Account) => [a.username, a.version]),
          [['m.mustermann', 1]],
        );
      });
    }

    it('refuses a signed-in modeller (403) on every account route', async () => {
      // given m.mustermann signed in with a session
      const signIn = await request(app).post('/api/v1/session').send({ username: 'm.mustermann', password: PASSWORD });
      assert.equal(signIn.status, 201);
      const cookie = (signIn.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
      for (const [name, send] of routes) {
        // when they call the route, CSRF token included
        const res = await send(request(app), target.id)
          .set('Cookie', cookie)
          .set('X-CSRF-Token', signIn.body.csrfToken as string);
        // then it is forbidden, even on their own account
        assert.equal(res.status, 403, `${name}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.type, 'https://efile-rollout.example/problems/forbidden', name);
      }
    });

    it('answers 401 to nobody on every account route', async () => {
      for (const [name, send] of routes) {
        // when an anonymous client calls the route
        const res = await send(request(app), target.id);
        // then it must sign in first
        assert.equal(res.status, 401, name);
      }
    });
  });
});
