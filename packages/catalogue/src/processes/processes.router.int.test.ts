import assert from 'node:assert/strict';
import type request from 'supertest';
import type { Express } from 'express';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { adoptionSlot, processModel, type ProcessDoc } from './process.model.js';
import { searchText, sortKey } from './searchText.js';

const API = '/api/v1/processes';

/** Creates a department through the API. */
async function createDepartment(app: Express, code: string, name = `Amt ${code}`): Promise<void> {
  await api(app).post('/api/v1/departments').send({ code, name, shortName: code }).expect(201);
}

/** Creates a process through the API (department 32 unless given) and returns the response body. */
async function createProcess(app: Express, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await api(app)
    .post(API)
    .send({ name: `Prozess ${String(fields.key)}`, department: '32', kind: 'department', ...fields });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as Record<string, unknown>;
}

/**
 * Stores a department's variant of a base process directly: variants are made by adoption,
 * which is not part of this router.
 */
async function insertVariant(key: string, department: string, baseProcess: string, archived = false): Promise<void> {
  const model = processModel(await testConnection());
  const now = new Date();
  const name = `Variante ${key}`;
  await model.insertMany([
    {
      _id: key,
      key,
      name,
      department,
      kind: 'department',
      baseProcess,
      baseVersion: 1,
      documentTypes: [],
      tags: [],
      archived,
      version: 1,
      createdAt: now,
      updatedAt: now,
      search: searchText(key, name),
      sortName: sortKey(name),
      adoptionSlot: adoptionSlot({ key, department, baseProcess }),
    },
  ]);
}

/** The stored document, derived fields included. */
async function stored(key: string): Promise<ProcessDoc | null> {
  const model = processModel(await testConnection());
  return model.findOne({ key }).lean<ProcessDoc>().exec();
}

function keys(res: request.Response): string[] {
  return (res.body.items as Array<{ key: string }>).map((p) => p.key);
}

function fieldsOf(res: request.Response): string[] {
  return ((res.body.errors ?? []) as Array<{ field: string }>).map((e) => e.field);
}

const baugenehmigung = {
  key: 'P-63-0001',
  name: 'Baugenehmigung erteilen',
  description: 'Prüfung und Erteilung von Baugenehmigungen nach Landesbauordnung.',
  department: '63',
  kind: 'department',
  group: 'Genehmigungen',
  leikaKey: '99140001000000',
  filingPlanRef: '632.10',
  documentTypes: ['Antrag', 'Bescheid', 'Vermerk'],
  retentionYears: 30,
  disposal: 'A',
  annualCaseVolume: 4200,
  legalBasis: 'LBO BW § 58',
  tags: ['OZG', 'Bauen'],
};

describe('processes.router', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  beforeEach(async () => {
    await cleanDatabase();
    await createDepartment(app, '32', 'Amt für öffentliche Ordnung');
    await createDepartment(app, '63', 'Baurechtsamt');
  });

  describe('POST /api/v1/processes', () => {
    it('creates a process and answers 201 with Location and ETag', async () => {
      // given departments 32 and 63
      // when a process is created
      const res = await api(app).post(API).send(baugenehmigung);
      // then it answers with the process at version 1, without internal fields
      assert.equal(res.status, 201);
      assert.equal(res.headers.location, '/api/v1/processes/P-63-0001');
      assert.equal(res.headers.etag, '"1"');
      assert.deepEqual(
        Object.keys(res.body).sort(),
        [...Object.keys(baugenehmigung), 'archived', 'version', 'createdAt', 'updatedAt'].sort(),
      );
      assert.equal(res.body.archived, false);
      assert.equal(res.body.version, 1);
      assert.equal(res.body.createdAt, res.body.updatedAt);
      // and it is stored with its derived search text and adoption slot
      const doc = await stored('P-63-0001');
      assert.ok(doc);
      assert.equal(doc.adoptionSlot, 'own:P-63-0001');
      assert.match(doc.search, /\bbaugenehmigung\b/);
      assert.match(doc.search, /\bpruefung\b/);
      assert.match(doc.search, /\bprufung\b/);
      const read = await api(app).get(`${API}/P-63-0001`);
      assert.deepEqual(read.body, res.body);
    });

    it('fills empty document types and tags for a minimal process', async () => {
      // when a process with only the required fields is created
      const res = await api(app)
        .post(API)
        .send({ key: 'B-POSTEINGANG', name: 'Posteingang', department: '32', kind: 'base' });
      // then the lists are empty and no optional field appears
      assert.equal(res.status, 201);
      assert.deepEqual(res.body.documentTypes, []);
      assert.deepEqual(res.body.tags, []);
      assert.equal('description' in res.body, false);
      assert.equal('_id' in res.body, false);
    });

    it('answers 409 for a key that exists and leaves the first process untouched', async () => {
      // given P-63-0001
      await createProcess(app, baugenehmigung);
      // when it is created again under another name
      const res = await api(app)
        .post(API)
        .send({ ...baugenehmigung, name: 'Anderer Prozess' });
      // then 409 and the first one stays
      assert.equal(res.status, 409);
      assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
      assert.equal((await stored('P-63-0001'))?.name, 'Baugenehmigung erteilen');
    });

    it('answers 422 naming /department for a department that does not exist', async () => {
      // when a process of the unknown department 99 is created
      const res = await api(app)
        .post(API)
        .send({ ...baugenehmigung, department: '99' });
      // then nothing is stored
      assert.equal(res.status, 422);
      assert.deepEqual(fieldsOf(res), ['/department']);
      assert.equal(await stored('P-63-0001'), null);
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['a LeiKa key with 13 digits', { ...baugenehmigung, leikaKey: '9914000100000' }, '/leikaKey'],
      ['an unknown disposal type', { ...baugenehmigung, disposal: 'X' }, '/disposal'],
      ['duplicate document types', { ...baugenehmigung, documentTypes: ['Antrag', 'Antrag'] }, '/documentTypes'],
      ['an unknown field', { ...baugenehmigung, owner: 'Herr Beispiel' }, '/owner'],
      ['a key in lower case', { ...baugenehmigung, key: 'p-63-0001' }, '/key'],
      ['a key without a dash', { ...baugenehmigung, key: 'P630001' }, '/key'],
      ['a missing name', { key: 'P-63-0002', department: '63', kind: 'department' }, '/name'],
      ['an unknown kind', { ...baugenehmigung, kind: 'variant' }, '/kind'],
      ['a negative case volume', { ...baugenehmigung, annualCaseVolume: -1 }, '/annualCaseVolume'],
      [
        'a base process reference (variants come by adoption)',
        { ...baugenehmigung, baseProcess: 'B-POSTEINGANG' },
        '/baseProcess',
      ],
    ];
    for (const [what, body, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid process is posted
        const res = await api(app).post(API).send(body);
        // then the problem names the field and nothing is stored
        assert.equal(res.status, 422);
        assert.ok(fieldsOf(res).includes(field), JSON.stringify(res.body.errors));
        const model = processModel(await testConnection());
        assert.equal(await model.countDocuments({}), 0);
      });
    }
  });

  describe('GET /api/v1/processes/:key', () => {
    it('answers 404 for an unknown key and 400 naming key for a malformed one', async () => {
      const missing = await api(app).get(`${API}/P-99-0001`);
      assert.equal(missing.status, 404);
      assert.match(missing.headers['content-type'] ?? '', /application\/problem\+json/);
      const malformed = await api(app).get(`${API}/kein-schluessel`);
      assert.equal(malformed.status, 400);
      assert.deepEqual(fieldsOf(malformed), ['key']);
    });
  });

  describe('PATCH /api/v1/processes/:key', () => {
    beforeEach(async () => {
      await createProcess(app, baugenehmigung);
    });

    it('updates with the current If-Match, removes null fields and bumps the version', async () => {
      // when fields are changed and the LeiKa key removed against version 1
      const res = await api(app)
        .patch(`${API}/P-63-0001`)
        .set('If-Match', '"1"')
        .send({ retentionYears: 10, leikaKey: null, tags: ['Bauen'] });
      // then version 2 holds the change
      assert.equal(res.status, 200);
      assert.equal(res.headers.etag, '"2"');
      assert.equal(res.body.version, 2);
      assert.equal(res.body.retentionYears, 10);
      assert.equal('leikaKey' in res.body, false);
      assert.deepEqual(res.body.tags, ['Bauen']);
      assert.equal(res.body.name, baugenehmigung.name);
      const doc = await stored('P-63-0001');
      assert.equal(doc?.leikaKey, undefined);
      assert.equal(doc?.version, 2);
      assert.ok(doc && doc.updatedAt > doc.createdAt);
    });

    it('recomputes the search text when name or description change', async () => {
      // when the name changes and the description is removed
      await api(app)
        .patch(`${API}/P-63-0001`)
        .set('If-Match', '"1"')
        .send({ name: 'Bauvorbescheid erteilen', description: null })
        .expect(200);
      // then the new name is found and the old words are not
      const byNew = await api(app).get(API).query({ q: 'bauvorbescheid' });
      assert.deepEqual(keys(byNew), ['P-63-0001']);
      const byOldName = await api(app).get(API).query({ q: 'baugenehmigung' });
      assert.deepEqual(keys(byOldName), []);
      const byOldDescription = await api(app).get(API).query({ q: 'landesbauordnung' });
      assert.deepEqual(keys(byOldDescription), []);
      // when only the description changes
      await api(app)
        .patch(`${API}/P-63-0001`)
        .set('If-Match', '"2"')
        .send({ description: 'Voranfrage zu einzelnen Fragen des Bauvorhabens' })
        .expect(200);
      // then the name stays searchable and the description becomes so
      const both = await api(app).get(API).query({ q: 'bauvorbescheid voranfrage' });
      assert.deepEqual(keys(both), ['P-63-0001']);
    });

    it('answers 428 without If-Match and 412 with a stale one, losing nothing', async () => {
      // given someone updated version 1 already
      await api(app).patch(`${API}/P-63-0001`).set('If-Match', '"1"').send({ group: 'Bauen' }).expect(200);
      // when an update comes without If-Match, then 428
      const without = await api(app).patch(`${API}/P-63-0001`).send({ group: 'Anderes' });
      assert.equal(without.status, 428);
      // when another update names the old version, then 412 with the current version
      const stale = await api(app).patch(`${API}/P-63-0001`).set('If-Match', '"1"').send({ group: 'Anderes' });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      // and the first update survives
      const doc = await stored('P-63-0001');
      assert.equal(doc?.group, 'Bauen');
      assert.equal(doc?.version, 2);
    });

    it('answers 404 for an unknown process', async () => {
      const res = await api(app).patch(`${API}/P-63-0999`).set('If-Match', '"1"').send({ group: 'Bauen' });
      assert.equal(res.status, 404);
    });

    it('lets exactly one of two concurrent updates of the same version win', async () => {
      // when two clients update version 1 at the same time
      const [a, b] = await Promise.all([
        api(app).patch(`${API}/P-63-0001`).set('If-Match', '"1"').send({ name: 'Fassung A' }),
        api(app).patch(`${API}/P-63-0001`).set('If-Match', '"1"').send({ name: 'Fassung B' }),
      ]);
      // then one gets 200, the other 412, and the winner's name and search text are stored
      assert.deepEqual([a.status, b.status].sort(), [200, 412]);
      const winner = a.status === 200 ? 'Fassung A' : 'Fassung B';
      const doc = await stored('P-63-0001');
      assert.equal(doc?.version, 2);
      assert.equal(doc?.name, winner);
      assert.match(doc?.search ?? '', new RegExp(`\\b${winner.slice(-1).toLowerCase()}\\b`));
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['a change of the key', { key: 'P-63-0002' }, '/key'],
      ['a change of the department', { department: '32' }, '/department'],
      ['a change of the kind', { kind: 'base' }, '/kind'],
      ['removing the name', { name: null }, '/name'],
      ['a LeiKa key with 13 digits', { leikaKey: '9914000100000' }, '/leikaKey'],
      ['an empty patch', {}, '/'],
    ];
    for (const [what, body, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid patch is sent against the current version
        const res = await api(app).patch(`${API}/P-63-0001`).set('If-Match', '"1"').send(body);
        // then the problem names the field and the process is unchanged
        assert.equal(res.status, 422);
        assert.ok(fieldsOf(res).includes(field), JSON.stringify(res.body.errors));
        assert.equal((await stored('P-63-0001'))?.version, 1);
      });
    }
  });

  describe('DELETE /api/v1/processes/:key (archive)', () => {
    beforeEach(async () => {
      await createProcess(app, baugenehmigung);
    });

    it('archives the process, keeps it readable and hides it from the default listing', async () => {
      // when the process is archived against version 1
      const res = await api(app).delete(`${API}/P-63-0001`).set('If-Match', '"1"');
      // then it answers with the archived process at version 2
      assert.equal(res.status, 200);
      assert.equal(res.headers.etag, '"2"');
      assert.equal(res.body.archived, true);
      assert.equal(res.body.version, 2);
      // and it is still stored and readable
      const read = await api(app).get(`${API}/P-63-0001`);
      assert.equal(read.status, 200);
      assert.equal(read.body.archived, true);
      assert.equal((await stored('P-63-0001'))?.archived, true);
      // but the default listing leaves it out
      const list = await api(app).get(API);
      assert.deepEqual(keys(list), []);
      assert.equal(list.body.total, 0);
    });

    it('answers 428 without If-Match, 412 with a stale one and 404 for an unknown process', async () => {
      const without = await api(app).delete(`${API}/P-63-0001`);
      assert.equal(without.status, 428);
      const stale = await api(app).delete(`${API}/P-63-0001`).set('If-Match', '"7"');
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 1);
      const unknown = await api(app).delete(`${API}/P-63-0999`).set('If-Match', '"1"');
      assert.equal(unknown.status, 404);
      assert.equal((await stored('P-63-0001'))?.archived, false);
    });

    it('answers 409 for a process that is archived already', async () => {
      // given an archived process
      await api(app).delete(`${API}/P-63-0001`).set('If-Match', '"1"').expect(200);
      // when it is archived again
      const res = await api(app).delete(`${API}/P-63-0001`).set('If-Match', '"2"');
      // then 409 and the version stays
      assert.equal(res.status, 409);
      assert.equal((await stored('P-63-0001'))?.version, 2);
    });

    it('refuses to archive a base process that departments adopted, naming how many variants', async () => {
      // given base process B-POSTEINGANG, adopted by 32 and 63, and an archived variant of another department
      await createDepartment(app, '51');
      await createProcess(app, { key: 'B-POSTEINGANG', name: 'Posteingang', kind: 'base', department: '32' });
      await insertVariant('P-32-POST', '32', 'B-POSTEINGANG');
      await insertVariant('P-63-POST', '63', 'B-POSTEINGANG');
      await insertVariant('P-51-POST', '51', 'B-POSTEINGANG', true);
      // when it is archived
      const res = await api(app).delete(`${API}/B-POSTEINGANG`).set('If-Match', '"1"');
      // then 409 names the two active variants and nothing changes
      assert.equal(res.status, 409);
      assert.match(res.body.detail, /2 active variants/);
      assert.equal((await stored('B-POSTEINGANG'))?.archived, false);
      // when the variants are archived first
      await api(app).delete(`${API}/P-32-POST`).set('If-Match', '"1"').expect(200);
      await api(app).delete(`${API}/P-63-POST`).set('If-Match', '"1"').expect(200);
      // then the base process can be archived
      const again = await api(app).delete(`${API}/B-POSTEINGANG`).set('If-Match', '"1"');
      assert.equal(again.status, 200);
      assert.equal((await stored('B-POSTEINGANG'))?.archived, true);
    });
  });

  describe('POST /api/v1/processes/:key/restore', () => {
    beforeEach(async () => {
      await createProcess(app, baugenehmigung);
    });

    it('restores an archived process, which can then be edited again', async () => {
      // given an archived process that refuses edits
      await api(app).delete(`${API}/P-63-0001`).set('If-Match', '"1"').expect(200);
      const refused = await api(app).patch(`${API}/P-63-0001`).set('If-Match', '"2"').send({ group: 'Bauen' });
      assert.equal(refused.status, 409);
      assert.match(refused.body.detail, /archived/);
      assert.equal((await stored('P-63-0001'))?.group, 'Genehmigungen');
      // when it is restored
      const res = await api(app).post(`${API}/P-63-0001/restore`).set('If-Match', '"2"');
      // then it is active at version 3 and editable
      assert.equal(res.status, 200);
      assert.equal(res.headers.etag, '"3"');
      assert.equal(res.body.archived, false);
      const edited = await api(app).patch(`${API}/P-63-0001`).set('If-Match', '"3"').send({ group: 'Bauen' });
      assert.equal(edited.status, 200);
      assert.equal((await stored('P-63-0001'))?.group, 'Bauen');
    });

    it('answers 409 for a process that is not archived, 428 without If-Match and 412 with a stale one', async () => {
      const notArchived = await api(app).post(`${API}/P-63-0001/restore`).set('If-Match', '"1"');
      assert.equal(notArchived.status, 409);
      await api(app).delete(`${API}/P-63-0001`).set('If-Match', '"1"').expect(200);
      const without = await api(app).post(`${API}/P-63-0001/restore`);
      assert.equal(without.status, 428);
      const stale = await api(app).post(`${API}/P-63-0001/restore`).set('If-Match', '"1"');
      assert.equal(stale.status, 412);
      assert.equal((await stored('P-63-0001'))?.archived, true);
    });
  });

  describe('GET /api/v1/processes', () => {
    beforeEach(async () => {
      await createDepartment(app, '51', 'Jugendamt');
      await createProcess(app, {
        key: 'B-POSTEINGANG',
        name: 'Posteingang',
        kind: 'base',
        department: '32',
        group: 'Querschnitt',
        tags: ['Basis'],
        annualCaseVolume: 90000,
      });
      await createProcess(app, {
        key: 'P-32-0001',
        name: 'Gaststättenerlaubnis',
        group: 'Genehmigungen',
        tags: ['OZG', 'Gewerbe'],
        annualCaseVolume: 800,
      });
      await createProcess(app, {
        key: 'P-51-0001',
        name: 'Adoptionsvermittlung',
        department: '51',
        group: 'Soziales',
        tags: ['OZG'],
        annualCaseVolume: 120,
      });
      await createProcess(app, {
        key: 'P-63-0001',
        name: 'Baugenehmigung erteilen',
        department: '63',
        group: 'Genehmigungen',
        tags: ['OZG', 'Bauen'],
      });
      await insertVariant('P-32-POST', '32', 'B-POSTEINGANG');
      await insertVariant('P-63-POST', '63', 'B-POSTEINGANG');
    });

    it('lists active processes ordered by key with paging fields', async () => {
      // when all processes are listed
      const res = await api(app).get(API);
      // then every process comes in key order, with the defaults of paging
      assert.equal(res.status, 200);
      assert.deepEqual(keys(res), ['B-POSTEINGANG', 'P-32-0001', 'P-32-POST', 'P-51-0001', 'P-63-0001', 'P-63-POST']);
      assert.equal(res.body.total, 6);
      assert.equal(res.body.page, 1);
      assert.equal(res.body.pageSize, 50);
      assert.equal('search' in res.body.items[0], false);
      assert.equal('adoptionSlot' in res.body.items[0], false);
      assert.equal('_id' in res.body.items[0], false);
    });

    const filters: Array<[string, Record<string, unknown> | string, string[]]> = [
      ['one department', { department: '32' }, ['B-POSTEINGANG', 'P-32-0001', 'P-32-POST']],
      ['several departments', 'department=51&department=63', ['P-51-0001', 'P-63-0001', 'P-63-POST']],
      ['kind base', { kind: 'base' }, ['B-POSTEINGANG']],
      ['kind department', { kind: 'department', department: '51' }, ['P-51-0001']],
      ['group', { group: 'Genehmigungen' }, ['P-32-0001', 'P-63-0001']],
      ['base process', { baseProcess: 'B-POSTEINGANG' }, ['P-32-POST', 'P-63-POST']],
      ['one tag', { tag: 'OZG' }, ['P-32-0001', 'P-51-0001', 'P-63-0001']],
      ['all of several tags', 'tag=OZG&tag=Bauen', ['P-63-0001']],
      ['tags nobody has together', 'tag=Basis&tag=Bauen', []],
      ['search over the key', { q: 'p-51' }, ['P-51-0001']],
      ['search with several words', { q: 'genehmigung erteilen' }, ['P-63-0001']],
      ['search with a word prefix', { q: 'gastst' }, ['P-32-0001']],
      [
        'a search with special characters',
        { q: '.*(' },
        ['B-POSTEINGANG', 'P-32-0001', 'P-32-POST', 'P-51-0001', 'P-63-0001', 'P-63-POST'],
      ],
    ];
    for (const [what, query, expected] of filters) {
      it(`filters by ${what}`, async () => {
        // when the listing is filtered
        const res =
          typeof query === 'string' ? await api(app).get(`${API}?${query}`) : await api(app).get(API).query(query);
        // then exactly the matching processes come, and total counts them
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.deepEqual(keys(res), expected);
        assert.equal(res.body.total, expected.length);
      });
    }

    it('filters by archived state: active by default, archived only, or all', async () => {
      // given P-51-0001 is archived
      await api(app).delete(`${API}/P-51-0001`).set('If-Match', '"1"').expect(200);
      // when listed with each archived value, then
      const byDefault = await api(app).get(API).query({ department: '51' });
      assert.deepEqual(keys(byDefault), []);
      const active = await api(app).get(API).query({ department: '51', archived: 'false' });
      assert.deepEqual(keys(active), []);
      const archived = await api(app).get(API).query({ archived: 'true' });
      assert.deepEqual(keys(archived), ['P-51-0001']);
      assert.equal(archived.body.items[0].archived, true);
      const all = await api(app).get(API).query({ department: '51', archived: 'all' });
      assert.deepEqual(keys(all), ['P-51-0001']);
      assert.equal(all.body.total, 1);
    });

    it('finds "Müller-Straße Genehmigung" by every spelling of its umlaut and ß', async () => {
      // given a process whose name has an umlaut and ß
      await createProcess(app, { key: 'P-63-0002', name: 'Müller-Straße Genehmigung', department: '63' });
      // when searched by the spelled-out, stripped, upper-case and original forms
      for (const q of ['mueller', 'MULLER', 'Müller', 'strasse', 'straße', 'STRASSE', 'müller straße genehmigung']) {
        const res = await api(app).get(API).query({ q });
        // then it is found
        assert.deepEqual(keys(res), ['P-63-0002'], `q=${q}`);
      }
      // and a word it does not contain finds nothing
      const none = await api(app).get(API).query({ q: 'mueller baum' });
      assert.deepEqual(keys(none), []);
    });

    it('sorts names as German dictionaries do: case and umlauts do not push a name to the end', async () => {
      // given names with umlauts and lower case first letters
      await createDepartment(app, '10');
      for (const [key, name] of [
        ['P-10-0001', 'Zulassung erteilen'],
        ['P-10-0002', 'Änderung melden'],
        ['P-10-0003', 'abmeldung bearbeiten'],
        ['P-10-0004', 'Beglaubigung'],
        ['P-10-0005', 'Ändern der Anschrift'],
      ]) {
        await createProcess(app, { key, name, department: '10' });
      }
      // when they are sorted by name
      const res = await api(app).get(API).query({ sort: 'name', department: '10' });
      // then Ä sorts as A, and lower case with upper case
      assert.deepEqual(
        res.body.items.map((p: { name: string }) => p.name),
        ['abmeldung bearbeiten', 'Ändern der Anschrift', 'Änderung melden', 'Beglaubigung', 'Zulassung erteilen'],
      );
      // and a renamed process moves to its new place
      await api(app).patch(`${API}/P-10-0001`).set('If-Match', '"1"').send({ name: 'Anmeldung' }).expect(200);
      const renamed = await api(app).get(API).query({ sort: 'name', department: '10' });
      assert.deepEqual(keys(renamed).slice(0, 2), ['P-10-0003', 'P-10-0005']);
      assert.equal(keys(renamed)[3], 'P-10-0001');
    });

    it('sorts by each field in both directions, ties by key', async () => {
      // when sorted by name, ascending and descending
      const byName = await api(app)
        .get(API)
        .query({ sort: 'name', department: ['32', '51'] });
      assert.deepEqual(keys(byName), ['P-51-0001', 'P-32-0001', 'B-POSTEINGANG', 'P-32-POST']);
      const byNameDesc = await api(app)
        .get(API)
        .query({ sort: '-name', department: ['32', '51'] });
      assert.deepEqual(keys(byNameDesc), ['P-32-POST', 'B-POSTEINGANG', 'P-32-0001', 'P-51-0001']);
      // when sorted by key descending
      const byKeyDesc = await api(app).get(API).query({ sort: '-key' });
      assert.deepEqual(keys(byKeyDesc), [
        'P-63-POST',
        'P-63-0001',
        'P-51-0001',
        'P-32-POST',
        'P-32-0001',
        'B-POSTEINGANG',
      ]);
      // when sorted by department, ties by key
      const byDepartment = await api(app).get(API).query({ sort: '-department' });
      assert.deepEqual(keys(byDepartment), [
        'P-63-0001',
        'P-63-POST',
        'P-51-0001',
        'B-POSTEINGANG',
        'P-32-0001',
        'P-32-POST',
      ]);
      // when sorted by case volume, largest first, then those without one by key
      const byVolume = await api(app).get(API).query({ sort: '-annualCaseVolume' });
      assert.deepEqual(keys(byVolume), [
        'B-POSTEINGANG',
        'P-32-0001',
        'P-51-0001',
        'P-32-POST',
        'P-63-0001',
        'P-63-POST',
      ]);
      const byVolumeAsc = await api(app)
        .get(API)
        .query({ sort: 'annualCaseVolume', kind: 'department', group: 'Genehmigungen' });
      assert.deepEqual(keys(byVolumeAsc), ['P-63-0001', 'P-32-0001']);
    });

    it('sorts by the time of the last change', async () => {
      // given P-32-0001 changed last
      await api(app).patch(`${API}/P-32-0001`).set('If-Match', '"1"').send({ group: 'Gewerbe' }).expect(200);
      // when sorted by updatedAt, newest first and oldest first
      const newest = await api(app).get(API).query({ sort: '-updatedAt' });
      const oldest = await api(app).get(API).query({ sort: 'updatedAt' });
      // then it comes first, and last
      assert.equal(keys(newest)[0], 'P-32-0001');
      assert.equal(keys(oldest).at(-1), 'P-32-0001');
    });

    it('pages through the matches and counts them all', async () => {
      // when pages of two are read
      const first = await api(app).get(API).query({ pageSize: 2 });
      const third = await api(app).get(API).query({ pageSize: 2, page: 3 });
      const beyond = await api(app).get(API).query({ pageSize: 2, page: 4 });
      // then each holds its slice and total counts every match
      assert.deepEqual(keys(first), ['B-POSTEINGANG', 'P-32-0001']);
      assert.deepEqual(keys(third), ['P-63-0001', 'P-63-POST']);
      assert.deepEqual(keys(beyond), []);
      for (const res of [first, third, beyond]) {
        assert.equal(res.body.total, 6);
        assert.equal(res.body.pageSize, 2);
      }
      assert.equal(third.body.page, 3);
    });

    const invalid: Array<[string, string, string]> = [
      ['a page size over the cap', 'pageSize=201', 'pageSize'],
      ['a page size of zero', 'pageSize=0', 'pageSize'],
      ['a page that is not a number', 'page=zwei', 'page'],
      ['page zero', 'page=0', 'page'],
      ['an unknown kind', 'kind=variant', 'kind'],
      ['an unknown sort field', 'sort=owner', 'sort'],
      ['two sort fields', 'sort=key&sort=name', 'sort'],
      ['an unknown archived value', 'archived=yes', 'archived'],
      ['a malformed department', 'department=32&department=Amt', 'department'],
      ['a malformed base process key', 'baseProcess=posteingang', 'baseProcess'],
      ['an unknown parameter', 'departement=32', 'departement'],
      ['a search text over 200 characters', `q=${'a'.repeat(201)}`, 'q'],
    ];
    for (const [what, query, field] of invalid) {
      it(`answers 400 naming ${field} for ${what}`, async () => {
        // when the listing is asked with an invalid parameter
        const res = await api(app).get(`${API}?${query}`);
        // then 400 names it
        assert.equal(res.status, 400);
        assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
        assert.ok(
          res.body.errors.some((e: { in: string; field: string }) => e.in === 'query' && e.field === field),
          JSON.stringify(res.body.errors),
        );
      });
    }
  });
});
