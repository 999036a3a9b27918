import assert from 'node:assert/strict';
import type { Express } from 'express';
import { diagramContentModel, diagramId, diagramModel } from '../diagrams/diagram.model.js';
import { givenDepartments, givenProcess, smallBpmn } from '../diagrams/testProcesses.js';
import { processModel } from '../processes/process.model.js';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { variantKey } from './adoptions.service.js';

const baseKey = 'B-POSTEINGANG';

/** Uploads a diagram to a process and walks it to released. */
async function release(app: Express, key: string, xml: string): Promise<number> {
  const created = await api(app)
    .post(`/api/v1/processes/${key}/diagrams`)
    .set('Content-Type', 'application/xml')
    .send(xml)
    .expect(201);
  const version = created.body.version as number;
  await api(app)
    .patch(`/api/v1/processes/${key}/diagrams/${version}`)
    .set('If-Match', '"1"')
    .send({ status: 'in_review' })
    .expect(200);
  await api(app)
    .patch(`/api/v1/processes/${key}/diagrams/${version}`)
    .set('If-Match', '"2"')
    .send({ status: 'released' })
    .expect(200);
  return version;
}

async function rawContent(key: string, version: number): Promise<Buffer> {
  const doc = await diagramContentModel(await testConnection())
    .findOne({ _id: diagramId(key, version) })
    .exec();
  assert.ok(doc, `${key} v${version} is missing`);
  return Buffer.from(doc.content);
}

describe('adoptions.router', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  beforeEach(async () => {
    await cleanDatabase();
    await givenDepartments('10', '32', '36.1', '50');
    await givenProcess({
      key: baseKey,
      name: 'Posteingang',
      description: 'Eingehende Post erfassen, scannen und zuordnen',
      department: '10',
      kind: 'base',
      group: 'Querschnitt',
      documentTypes: ['Eingangsschreiben', 'Vermerk'],
      retentionYears: 6,
      disposal: 'V',
      legalBasis: 'GGO § 12',
      tags: ['basis', 'post'],
      annualCaseVolume: 120000,
    });
  });

  describe('#variantKey', () => {
    const table: Array<[string, string, string]> = [
      ['B-POSTEINGANG', '32', 'P-32-POSTEINGANG'],
      ['B-POSTEINGANG', '36.1', 'P-361-POSTEINGANG'],
      ['B-RECHNUNG-EINGANG', '20', 'P-20-RECHNUNG-EINGANG'],
    ];
    for (const [base, department, expected] of table) {
      it(`makes ${expected} from ${base} and ${department}`, () => {
        assert.equal(variantKey(base, department), expected);
      });
    }
  });

  describe('POST /api/v1/processes/:key/adoptions', () => {
    it('creates the variant with the base metadata and an exact copy of the released diagram', async () => {
      // given the base process with version 1 released (Latin-1 bytes, to prove the copy is exact)
      const bytes = Buffer.from(smallBpmn('Prüfen').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1');
      await release(app, baseKey, bytes.toString('latin1'));
      // when department 32 adopts it
      const res = await api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send({ department: '32' });
      // then the variant exists with the generated key and copied metadata
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers.location, '/api/v1/processes/P-32-POSTEINGANG');
      assert.equal(res.headers.etag, '"1"');
      assert.equal(res.body.key, 'P-32-POSTEINGANG');
      assert.equal(res.body.kind, 'department');
      assert.equal(res.body.department, '32');
      assert.equal(res.body.baseProcess, baseKey);
      assert.equal(res.body.baseVersion, 1);
      assert.equal(res.body.name, 'Posteingang');
      assert.equal(res.body.group, 'Querschnitt');
      assert.deepEqual(res.body.documentTypes, ['Eingangsschreiben', 'Vermerk']);
      assert.equal(res.body.retentionYears, 6);
      assert.equal(res.body.disposal, 'V');
      assert.equal(res.body.legalBasis, 'GGO § 12');
      assert.deepEqual(res.body.tags, ['basis', 'post']);
      assert.equal(res.body.annualCaseVolume, undefined);
      assert.equal(res.body.latestDiagramVersion, 1);
      assert.equal(res.body.search, undefined);
      // and its diagram version 1 is a draft holding the base's released bytes
      const copy = await api(app).get('/api/v1/processes/P-32-POSTEINGANG/diagrams/1');
      assert.equal(copy.body.status, 'draft');
      assert.equal(copy.body.message, `Übernommen aus ${baseKey} v1`);
      assert.ok(Buffer.compare(await rawContent('P-32-POSTEINGANG', 1), await rawContent(baseKey, 1)) === 0);
      const stored = await processModel(await testConnection())
        .findOne({ key: 'P-32-POSTEINGANG' })
        .lean()
        .exec();
      assert.equal(stored?.adoptionSlot, `variant:32:${baseKey}`);
    });

    it('takes a given key and name', async () => {
      await release(app, baseKey, smallBpmn());
      const res = await api(app)
        .post(`/api/v1/processes/${baseKey}/adoptions`)
        .send({ department: '50', key: 'P-50-POST', name: 'Posteingang Sozialamt' });
      assert.equal(res.status, 201);
      assert.equal(res.body.key, 'P-50-POST');
      assert.equal(res.body.name, 'Posteingang Sozialamt');
    });

    it('answers 409 when the department adopted the base already, also under concurrency', async () => {
      // given a released base
      await release(app, baseKey, smallBpmn());
      // when department 32 adopts it three times at once, under different keys
      const results = await Promise.all(
        ['P-32-A', 'P-32-B', 'P-32-C'].map((key) =>
          api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send({ department: '32', key }),
        ),
      );
      // then exactly one variant exists, with one diagram
      assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409]);
      const variants = await processModel(await testConnection())
        .find({ baseProcess: baseKey })
        .lean()
        .exec();
      assert.equal(variants.length, 1);
      assert.equal(await diagramModel(await testConnection()).countDocuments({ processKey: variants[0]!.key }), 1);
      // and a later attempt names the existing variant
      const again = await api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send({ department: '32' });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, new RegExp(`adopted ${baseKey} already, as ${variants[0]!.key}`));
    });

    it('answers 409 for a key that is taken by another process', async () => {
      await release(app, baseKey, smallBpmn());
      await givenProcess({ key: 'P-32-POSTEINGANG', department: '32' });
      const res = await api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send({ department: '32' });
      assert.equal(res.status, 409);
      assert.equal(res.body.errors[0].field, '/key');
    });

    it('answers 409 for a base without a released diagram, an archived base and a department process', async () => {
      // given an unreleased base (a draft only), an archived base and a department's own process
      await api(app)
        .post(`/api/v1/processes/${baseKey}/diagrams`)
        .set('Content-Type', 'application/xml')
        .send(smallBpmn())
        .expect(201);
      await givenProcess({ key: 'B-ALT', kind: 'base', department: '10', archived: true, releasedDiagramVersion: 1 });
      await givenProcess({ key: 'P-32-0147', department: '32' });
      // when each is adopted
      const unreleased = await api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send({ department: '32' });
      const archived = await api(app).post('/api/v1/processes/B-ALT/adoptions').send({ department: '32' });
      const own = await api(app).post('/api/v1/processes/P-32-0147/adoptions').send({ department: '50' });
      // then each is refused with its reason and no variant exists
      assert.equal(unreleased.status, 409);
      assert.match(unreleased.body.detail, /no released diagram/);
      assert.equal(archived.status, 409);
      assert.match(archived.body.detail, /archived/);
      assert.equal(own.status, 409);
      assert.match(own.body.detail, /not a base process/);
      assert.equal(
        await processModel(await testConnection()).countDocuments({
          kind: 'department',
          baseProcess: { $exists: true },
        }),
        0,
      );
    });

    it('answers 404 for an unknown base and 422 for an unknown or malformed department', async () => {
      await release(app, baseKey, smallBpmn());
      const missing = await api(app).post('/api/v1/processes/B-NICHTDA/adoptions').send({ department: '32' });
      assert.equal(missing.status, 404);
      const table: Array<[Record<string, unknown>, string]> = [
        [{ department: '99' }, '/department'],
        [{ department: 'Ordnungsamt' }, '/department'],
        [{}, '/department'],
        [{ department: '32', key: 'kleinbuchstaben' }, '/key'],
        [{ department: '32', owner: 'x' }, '/owner'],
      ];
      for (const [body, field] of table) {
        const res = await api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send(body);
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          JSON.stringify(res.body.errors),
        );
      }
      assert.equal(await processModel(await testConnection()).countDocuments({ kind: 'department' }), 0);
    });
  });

  describe('GET /api/v1/processes/:key/adoptions and POST /api/v1/processes/:key/rebase', () => {
    it('shows who adopted which version, marks variants behind after a new release, and rebases them', async () => {
      // given version 1 released and adopted by departments 32 and 50
      await release(app, baseKey, smallBpmn('Eins'));
      for (const department of ['32', '50']) {
        await api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send({ department }).expect(201);
      }
      // when the base releases version 2
      await release(app, baseKey, smallBpmn('Zwei', 2));
      const overview = await api(app).get(`/api/v1/processes/${baseKey}/adoptions`);
      // then both variants are behind and 10 and 36.1 have not adopted
      assert.equal(overview.status, 200);
      assert.deepEqual(overview.body, {
        baseProcess: baseKey,
        releasedVersion: 2,
        items: [
          { key: 'P-32-POSTEINGANG', department: '32', baseVersion: 1, behind: true, archived: false },
          { key: 'P-50-POSTEINGANG', department: '50', baseVersion: 1, behind: true, archived: false },
        ],
        adoptedBy: 2,
        notAdoptedBy: ['10', '36.1'],
      });

      // when department 32 rebases onto version 2 after reviewing the difference
      const rebased = await api(app)
        .post('/api/v1/processes/P-32-POSTEINGANG/rebase')
        .set('If-Match', '"1"')
        .send({ baseVersion: 2 });
      // then it follows version 2 and is no longer behind
      assert.equal(rebased.status, 200, JSON.stringify(rebased.body));
      assert.equal(rebased.body.baseVersion, 2);
      assert.equal(rebased.headers.etag, '"2"');
      const after = await api(app).get(`/api/v1/processes/${baseKey}/adoptions`);
      assert.deepEqual(
        after.body.items.map((i: { key: string; behind: boolean }) => [i.key, i.behind]),
        [
          ['P-32-POSTEINGANG', false],
          ['P-50-POSTEINGANG', true],
        ],
      );
    });

    it('refuses rebases onto versions that are not newer, not released, or without If-Match', async () => {
      // given v1 released and adopted by 32, v2 released, v3 only a draft
      await release(app, baseKey, smallBpmn('Eins'));
      await api(app).post(`/api/v1/processes/${baseKey}/adoptions`).send({ department: '32' }).expect(201);
      await release(app, baseKey, smallBpmn('Zwei'));
      await api(app)
        .post(`/api/v1/processes/${baseKey}/diagrams`)
        .set('Content-Type', 'application/xml')
        .send(smallBpmn('Drei'))
        .expect(201);
      const rebase = (body: unknown, ifMatch?: string) => {
        const req = api(app).post('/api/v1/processes/P-32-POSTEINGANG/rebase');
        return (ifMatch ? req.set('If-Match', ifMatch) : req).send(body as object);
      };
      // when rebasing wrongly, then 428, 422, 412
      assert.equal((await rebase({ baseVersion: 2 })).status, 428);
      for (const baseVersion of [1, 3, 4]) {
        const res = await rebase({ baseVersion }, '"1"');
        assert.equal(res.status, 422, `v${baseVersion}`);
        assert.equal(res.body.errors[0].field, '/baseVersion');
      }
      assert.equal((await rebase({ baseVersion: 0 }, '"1"')).status, 422);
      assert.equal((await rebase({ baseVersion: 2 }, '"7"')).status, 412);
      // and a rebase of a process that is no variant is a conflict
      await givenProcess({ key: 'P-32-0147' });
      const own = await api(app)
        .post('/api/v1/processes/P-32-0147/rebase')
        .set('If-Match', '"1"')
        .send({ baseVersion: 2 });
      assert.equal(own.status, 409);
      // the variant still follows version 1
      const stored = await processModel(await testConnection())
        .findOne({ key: 'P-32-POSTEINGANG' })
        .lean()
        .exec();
      assert.equal(stored?.baseVersion, 1);
      assert.equal(stored?.version, 1);
    });

    it('answers 404 for the adoptions of an unknown process or of a department process', async () => {
      await givenProcess({ key: 'P-32-0147' });
      assert.equal((await api(app).get('/api/v1/processes/B-NICHTDA/adoptions')).status, 404);
      assert.equal((await api(app).get('/api/v1/processes/P-32-0147/adoptions')).status, 404);
    });
  });
});
