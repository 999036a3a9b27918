import assert from 'node:assert/strict';
import { SYSTEM_PRINCIPAL, scopeFor } from '../auth/scope.js';
import type { Express } from 'express';
import { newProcessDoc, processModel, type ProcessDoc } from './process.model.js';
import {
  buildListQuery,
  ProcessesRepository,
  type ProcessListFilter,
  type ProcessListSort,
} from './processes.repository.js';
import { invalidateProcessList, matchesFilter, sortComparator } from './processListCache.js';
import { givenDepartments, givenProcess, smallBpmn } from '../diagrams/testProcesses.js';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';

const everything = scopeFor(SYSTEM_PRINCIPAL, 'process:read');

const GROUPS = ['Finanzen', 'Genehmigungen', 'Personal', undefined];
const TAGS = ['ozg', 'eakte', 'pilot', 'bürgerservice'];
const NAMES = [
  'Baugenehmigung erteilen',
  'Gaststättenerlaubnis prüfen',
  'Straßensondernutzung',
  'Müllgebühren festsetzen',
];

/** A varied catalogue: departments, kinds, groups, tags, variants, archived ones, missing optional fields. */
async function givenVariedCatalogue(): Promise<void> {
  await givenDepartments('10', '12', '32', '63');
  for (let i = 0; i < 60; i++) {
    const department = ['10', '12', '32', '63'][i % 4]!;
    await givenProcess({
      key: `P-${department}-${String(i).padStart(4, '0')}`,
      name: `${NAMES[i % NAMES.length]} ${i % 7}`,
      department,
      kind: i % 10 === 0 ? 'base' : 'department',
      ...([1, 6, 11, 16].includes(i) ? { baseProcess: 'P-12-0000', baseVersion: 1 } : {}),
      ...(GROUPS[i % 4] ? { group: GROUPS[i % 4] } : {}),
      ...(i % 3 === 0 ? {} : { annualCaseVolume: (i * 37) % 500 }),
      tags: TAGS.filter((_, t) => (i >> t) % 2 === 1),
      archived: i % 9 === 0,
    });
  }
}

const FILTERS: Array<[string, ProcessListFilter, ProcessListSort?]> = [
  ['everything active', {}],
  ['archived only', { archived: true }],
  ['all, newest first', { archived: 'all' }, { field: 'updatedAt', direction: 'desc' }],
  ['one department', { departments: ['32'] }],
  ['two departments by name', { departments: ['10', '63'] }, { field: 'name', direction: 'asc' }],
  ['base processes', { kind: 'base' }],
  ['a group', { group: 'Finanzen' }],
  ['variants of a base process', { baseProcess: 'P-12-0000' }],
  ['one tag', { tags: ['ozg'] }],
  ['two tags', { tags: ['ozg', 'pilot'] }],
  ['search with an umlaut spelled out', { q: 'strasse' }],
  ['search with two words', { q: 'Gaststätten prüfen' }],
  ['case volume, largest first (missing last)', {}, { field: 'annualCaseVolume', direction: 'desc' }],
  ['case volume, smallest first (missing first)', { archived: 'all' }, { field: 'annualCaseVolume', direction: 'asc' }],
  ['by department, descending', {}, { field: 'department', direction: 'desc' }],
];

describe('processListCache', () => {
  beforeEach(cleanDatabase);

  describe('ProcessesRepository#list from memory', () => {
    for (const [what, filter, sort] of FILTERS) {
      it(`answers like the database query: ${what}`, async () => {
        // given a varied catalogue, and one repository reading the database and one reading memory
        await givenVariedCatalogue();
        const model = processModel(await testConnection());
        const fromDatabase = new ProcessesRepository(model, { listCache: false });
        const fromMemory = new ProcessesRepository(model, { listCache: true });
        // when both list every page of 7
        for (let page = 1; page <= 3; page++) {
          const request = { page, pageSize: 7, ...(sort ? { sort } : {}) };
          const [expected, actual] = await Promise.all([
            fromDatabase.list(everything, filter, request),
            fromMemory.list(everything, filter, request),
          ]);
          // then they return the same processes in the same order, with the same total
          assert.equal(actual.total, expected.total, `total, page ${page}`);
          assert.deepEqual(
            actual.items.map((p) => p.key),
            expected.items.map((p) => p.key),
            `page ${page}`,
          );
          assert.deepEqual(actual.items, expected.items);
        }
      });
    }
  });

  describe('freshness through the API', () => {
    let app: Express;
    before(async () => {
      app = await testApp();
    });

    const keys = async (query: string) =>
      (await api(app).get(`/api/v1/processes?${query}`).expect(200)).body.items.map((p: { key: string }) => p.key);

    it('shows every write at once: create, change, upload, archive, import, adoption', async () => {
      // given a listed catalogue (so the list is in memory)
      await givenDepartments('12', '32');
      assert.deepEqual(await keys(''), []);
      // when a process is created, then it is listed
      await api(app)
        .post('/api/v1/processes')
        .send({ key: 'B-POSTEINGANG', name: 'Posteingang', department: '12', kind: 'base' })
        .expect(201);
      assert.deepEqual(await keys(''), ['B-POSTEINGANG']);
      // when it is renamed, then the search finds the new name
      await api(app).patch('/api/v1/processes/B-POSTEINGANG').set('If-Match', '"1"').send({ name: 'Eingangspost' });
      assert.deepEqual(await keys('q=eingangspost'), ['B-POSTEINGANG']);
      // when a diagram is uploaded and released, then the list item shows the versions
      await api(app)
        .post('/api/v1/processes/B-POSTEINGANG/diagrams')
        .set('Content-Type', 'application/xml')
        .send(smallBpmn())
        .expect(201);
      for (const [status, revision] of [
        ['in_review', 1],
        ['released', 2],
      ] as const) {
        await api(app)
          .patch('/api/v1/processes/B-POSTEINGANG/diagrams/1')
          .set('If-Match', `"${revision}"`)
          .send({ status })
          .expect(200);
      }
      const listed = (await api(app).get('/api/v1/processes')).body.items[0];
      assert.equal(listed.latestDiagramVersion, 1);
      assert.equal(listed.releasedDiagramVersion, 1);
      // when a department adopts it, then the variant is listed
      await api(app).post('/api/v1/processes/B-POSTEINGANG/adoptions').send({ department: '32' }).expect(201);
      assert.deepEqual(await keys('baseProcess=B-POSTEINGANG'), ['P-32-POSTEINGANG']);
      // when processes are imported, then they are listed
      await api(app)
        .post('/api/v1/imports/processes')
        .set('Content-Type', 'text/csv')
        .send('Schlüssel;Name;Amt;Art\nP-32-0001;Gaststättenerlaubnis;32;Fachprozess\n')
        .expect(200);
      assert.deepEqual(await keys('department=32'), ['P-32-0001', 'P-32-POSTEINGANG']);
      // when one is archived, then it leaves the default list
      await api(app).delete('/api/v1/processes/P-32-0001').set('If-Match', '"1"').expect(200);
      assert.deepEqual(await keys('department=32'), ['P-32-POSTEINGANG']);
      assert.deepEqual(await keys('department=32&archived=true'), ['P-32-0001']);
    });

    it('takes in a large batch of new processes at once', async () => {
      // given a listed, empty catalogue
      await givenDepartments('32');
      assert.deepEqual(await keys(''), []);
      // when 150 processes arrive in one write (more than are re-read one by one)
      const now = new Date();
      await processModel(await testConnection()).insertMany(
        Array.from({ length: 150 }, (_, i) =>
          newProcessDoc(
            { key: `P-32-${String(i).padStart(4, '0')}`, name: `Prozess ${i}`, department: '32', kind: 'department' },
            now,
          ),
        ),
        { lean: true },
      );
      // then the listing counts all of them
      const res = await api(app).get('/api/v1/processes?pageSize=10').expect(200);
      assert.equal(res.body.total, 150);
      assert.equal(res.body.items[9].key, 'P-32-0009');
      // and when two are deleted by their ids, then they are gone from it
      await processModel(await testConnection()).deleteMany({ _id: { $in: ['P-32-0000', 'P-32-0001'] } });
      const after = await api(app).get('/api/v1/processes?pageSize=1').expect(200);
      assert.equal(after.body.total, 148);
      assert.equal(after.body.items[0].key, 'P-32-0002');
    });

    it('reloads after a write that bypassed the model, once told', async () => {
      // given a listed process
      await givenDepartments('32');
      await givenProcess({ key: 'P-32-0001', name: 'Alt' });
      assert.deepEqual(await keys('q=alt'), ['P-32-0001']);
      // when the raw driver renames it and the cache is told
      const connection = await testConnection();
      await connection
        .db!.collection<ProcessDoc>('processes')
        .updateOne({ _id: 'P-32-0001' }, { $set: { search: 'neu' } });
      invalidateProcessList(connection);
      // then the listing sees it
      assert.deepEqual(await keys('q=alt'), []);
      assert.deepEqual(await keys('q=neu'), ['P-32-0001']);
    });
  });

  describe('#matchesFilter', () => {
    it('refuses an operator it cannot evaluate rather than guessing', () => {
      assert.throws(() => matchesFilter({ a: 1 }, { a: { $gt: 0 } }), /does not evaluate \$gt/);
    });

    it('matches what buildListQuery builds for tags and several search words', () => {
      const { filter } = buildListQuery({ tags: ['a', 'b'], q: 'strasse bau' });
      assert.equal(matchesFilter({ archived: false, tags: ['b', 'a'], search: 'bau strasse strase' }, filter), true);
      assert.equal(matchesFilter({ archived: false, tags: ['a'], search: 'bau strasse' }, filter), false);
      assert.equal(matchesFilter({ archived: true, tags: ['a', 'b'], search: 'bau strasse' }, filter), false);
    });
  });

  describe('#sortComparator', () => {
    it('orders missing values first, then numbers, as MongoDB does, and breaks ties by the next field', () => {
      const rows = [{ v: 3, key: 'b' }, { key: 'c' }, { v: 1, key: 'a' }, { v: 3, key: 'a' }];
      assert.deepEqual(
        [...rows].sort(sortComparator({ v: 1, key: 1 })).map((r) => `${r.v ?? '-'}${r.key}`),
        ['-c', '1a', '3a', '3b'],
      );
      assert.deepEqual(
        [...rows].sort(sortComparator({ v: -1, key: 1 })).map((r) => `${r.v ?? '-'}${r.key}`),
        ['3a', '3b', '1a', '-c'],
      );
    });
  });
});
