import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, cleanDatabase, testApp } from '../testing/testDatabase.js';

const ordnungsamt = {
  code: '32',
  name: 'Amt für öffentliche Ordnung',
  shortName: 'Ordnungsamt',
  parentUnit: { kind: 'Referat', code: 'SOS', name: 'Referat Sicherheit, Ordnung und Sport' },
  coordinator: { email: 'eakte.amt32@example.org', phone: '+49 711 216-0' },
};

describe('departments.router', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  beforeEach(cleanDatabase);

  describe('POST /api/v1/departments', () => {
    it('creates a department and answers 201 with Location and ETag', async () => {
      // given an empty catalogue
      // when a department is created
      const res = await api(app).post('/api/v1/departments').send(ordnungsamt);
      // then it is stored with version 1
      assert.equal(res.status, 201);
      assert.equal(res.headers.location, '/api/v1/departments/32');
      assert.equal(res.headers.etag, '"1"');
      assert.equal(res.body.name, 'Amt für öffentliche Ordnung');
      assert.equal(res.body.version, 1);
      const read = await api(app).get('/api/v1/departments/32');
      assert.equal(read.status, 200);
      assert.deepEqual(read.body.coordinator, ordnungsamt.coordinator);
    });

    it('answers 409 for a code that exists', async () => {
      // given department 32
      await api(app).post('/api/v1/departments').send(ordnungsamt).expect(201);
      // when it is created again
      const res = await api(app)
        .post('/api/v1/departments')
        .send({ ...ordnungsamt, name: 'Anderes Amt' });
      // then the first one stays untouched
      assert.equal(res.status, 409);
      assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
      const read = await api(app).get('/api/v1/departments/32');
      assert.equal(read.body.name, 'Amt für öffentliche Ordnung');
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['a code with letters', { ...ordnungsamt, code: 'AB' }, '/code'],
      ['a missing name', { code: '33', shortName: 'X' }, '/name'],
      ['an unknown field', { ...ordnungsamt, leader: 'Frau Müller' }, '/leader'],
      ['a malformed e-mail', { ...ordnungsamt, coordinator: { email: 'nope' } }, '/coordinator/email'],
      [
        'an unknown parent kind',
        { ...ordnungsamt, parentUnit: { kind: 'Abteilung', name: 'X Y' } },
        '/parentUnit/kind',
      ],
    ];
    for (const [what, body, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid department is posted
        const res = await api(app).post('/api/v1/departments').send(body);
        // then the problem names the field and nothing is stored
        assert.equal(res.status, 422);
        assert.equal(res.body.status, 422);
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          JSON.stringify(res.body.errors),
        );
        const list = await api(app).get('/api/v1/departments');
        assert.equal(list.body.total, 0);
      });
    }

    it('answers 400 for a body that is not JSON', async () => {
      const res = await api(app)
        .post('/api/v1/departments')
        .set('Content-Type', 'application/json')
        .send('{"code": "32",');
      assert.equal(res.status, 400);
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/invalid-json');
      assert.equal(res.text.includes('at JSON.parse'), false);
    });

    it('answers 415 for a body that is not JSON at all', async () => {
      const res = await api(app).post('/api/v1/departments').set('Content-Type', 'text/plain').send('code=32');
      assert.equal(res.status, 415);
    });
  });

  describe('GET /api/v1/departments', () => {
    it('lists departments ordered by code, numerically', async () => {
      // given departments 10, 9 and 61
      for (const code of ['61', '10', '9']) {
        await api(app)
          .post('/api/v1/departments')
          .send({ code, name: `Amt ${code}`, shortName: code })
          .expect(201);
      }
      // when they are listed
      const res = await api(app).get('/api/v1/departments');
      // then they come in numeric order
      assert.deepEqual(
        res.body.items.map((d: { code: string }) => d.code),
        ['9', '10', '61'],
      );
      assert.equal(res.body.total, 3);
    });

    it('answers 404 as problem+json for an unknown department and 400 for a malformed code', async () => {
      const missing = await api(app).get('/api/v1/departments/99');
      assert.equal(missing.status, 404);
      assert.match(missing.headers['content-type'] ?? '', /application\/problem\+json/);
      const malformed = await api(app).get('/api/v1/departments/abc');
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.errors[0].field, 'code');
    });
  });

  describe('PATCH /api/v1/departments/:code', () => {
    beforeEach(async () => {
      await api(app).post('/api/v1/departments').send(ordnungsamt).expect(201);
    });

    it('updates with the current If-Match and bumps the version', async () => {
      // when the short name is changed against version 1
      const res = await api(app)
        .patch('/api/v1/departments/32')
        .set('If-Match', '"1"')
        .send({ shortName: 'AföO', coordinator: null });
      // then version 2 holds the change and the coordinator is gone
      assert.equal(res.status, 200);
      assert.equal(res.headers.etag, '"2"');
      assert.equal(res.body.shortName, 'AföO');
      assert.equal(res.body.coordinator, undefined);
      assert.equal(res.body.name, ordnungsamt.name);
    });

    it('answers 428 without If-Match and 412 with a stale one, losing nothing', async () => {
      // given someone updated version 1 already
      await api(app).patch('/api/v1/departments/32').set('If-Match', '"1"').send({ shortName: 'Erster' }).expect(200);
      // when an update comes without If-Match, then 428
      const without = await api(app).patch('/api/v1/departments/32').send({ shortName: 'Zweiter' });
      assert.equal(without.status, 428);
      // when another update names the old version, then 412 with the current version
      const stale = await api(app)
        .patch('/api/v1/departments/32')
        .set('If-Match', '"1"')
        .send({ shortName: 'Zweiter' });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      // and the first update survives
      const read = await api(app).get('/api/v1/departments/32');
      assert.equal(read.body.shortName, 'Erster');
    });

    it('lets exactly one of two concurrent updates of the same version win', async () => {
      // when two clients update version 1 at the same time
      const [a, b] = await Promise.all([
        api(app).patch('/api/v1/departments/32').set('If-Match', '"1"').send({ shortName: 'A' }),
        api(app).patch('/api/v1/departments/32').set('If-Match', '"1"').send({ shortName: 'B' }),
      ]);
      // then one gets 200, the other 412
      assert.deepEqual([a.status, b.status].sort(), [200, 412]);
      const read = await api(app).get('/api/v1/departments/32');
      assert.equal(read.body.version, 2);
    });

    it('answers 422 for an attempt to change the code', async () => {
      const res = await api(app).patch('/api/v1/departments/32').set('If-Match', '"1"').send({ code: '33' });
      assert.equal(res.status, 422);
      assert.equal(res.body.errors[0].field, '/code');
    });
  });

  describe('unknown routes', () => {
    it('answer 404 as problem+json', async () => {
      const res = await api(app).get('/api/v1/nothing-here');
      assert.equal(res.status, 404);
      assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
    });
  });
});
