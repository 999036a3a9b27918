import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import {
  departmentModel,
  diagramContentModel,
  diagramId,
  diagramModel,
  ensureIndexes,
  processModel,
} from '@efile/catalogue';
import { validator } from '@efile/schemas';
import { DatabaseNotEmptyError, emptyCatalogue, isDatabaseEmpty, seedDatabase, seedDemoCity } from './seedDemoCity.js';

const SCALE = 300;
const validProcess = validator('process.schema.json');
const validDepartment = validator('department.schema.json');

/** The bytes of a lean content document (lean() gives a bson Binary, not a Buffer). */
const bytes = (content: unknown) => Buffer.from((content as { buffer: Uint8Array }).buffer);

/** The API shape of a stored document: no _id, no derived fields, timestamps as ISO strings. */
function apiShape(doc: object): Record<string, unknown> {
  const { _id, search: _search, sortName: _sortName, adoptionSlot: _slot, ...rest } = doc as Record<string, unknown>;
  void _id;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

/** What makes two seeded cities the same: process keys and names, and the diagrams' hashes. */
async function fingerprint(connection: Connection) {
  const processes = await processModel(connection).find({}, { key: 1, name: 1, _id: 0 }).sort({ key: 1 }).lean();
  const diagrams = await diagramModel(connection)
    .find({}, { processKey: 1, version: 1, sha256: 1, _id: 0 })
    .sort({ processKey: 1, version: 1 })
    .lean();
  return {
    processes: processes.map((p) => `${p.key} ${p.name}`),
    diagrams: diagrams.map((d) => `${d.processKey} v${d.version} ${d.sha256}`),
  };
}

describe('seedDemoCity', () => {
  let connection: Connection;
  before(async () => {
    const uri = process.env.EFILE_TEST_MONGODB_URI;
    const dbName = process.env.EFILE_TEST_DB_NAME;
    if (!uri || !dbName) throw new Error('No test database: run the tests through "npm test".');
    connection = await mongoose.createConnection(uri, { dbName, autoIndex: false }).asPromise();
    await ensureIndexes(connection);
  });
  beforeEach(() => emptyCatalogue(connection));
  after(async () => {
    // leave the shared test database as the other test files expect it: empty
    await emptyCatalogue(connection);
    await connection.close();
  });

  describe('#seedDemoCity', () => {
    it('seeds departments, base processes, variants and Fachprozesse that pass the API rules', async () => {
      // given an empty catalogue
      // when a small demo city is seeded
      const summary = await seedDemoCity(connection, { scale: SCALE, seed: 1 });

      // then the summary and the stored counts agree
      const departments = await departmentModel(connection).find().lean();
      const processes = await processModel(connection).find().lean();
      const diagramCount = await diagramModel(connection).countDocuments();
      const contentCount = await diagramContentModel(connection).countDocuments();
      assert.ok(departments.length >= 40, `${departments.length} departments`);
      assert.equal(summary.departments, departments.length);
      assert.equal(summary.processes, processes.length);
      assert.equal(summary.diagrams, diagramCount);
      assert.equal(contentCount, diagramCount, 'one content document per diagram');
      assert.equal(summary.variants + summary.ownProcesses, SCALE);

      // every department is valid and names no person: the coordinator is a functional mailbox
      for (const department of departments) {
        assert.equal(department._id, department.code, 'a department is stored under its code');
        const checked = validDepartment(apiShape(department));
        assert.ok(checked.ok, `${department.code}: ${JSON.stringify(checked.ok ? [] : checked.errors)}`);
        assert.match(department.coordinator?.email ?? '', /^eakte\.amt[0-9-]+@stuttgart\.example$/);
        assert.ok(department.parentUnit?.name);
      }
      assert.ok(departments.some((d) => d.code === '12' && d.name === 'Amt für Digitalisierung, Organisation und IT'));

      // the ten base processes belong to central IT and have released diagrams
      const bases = processes.filter((p) => p.kind === 'base');
      assert.deepEqual(bases.map((p) => p.key).sort(), [
        'B-AKTENEINSICHT',
        'B-AUSSONDERUNG',
        'B-BESCHAFFUNG',
        'B-BESCHWERDE',
        'B-GREMIENVORLAGE',
        'B-PERSONALAKTE',
        'B-POSTAUSGANG',
        'B-POSTEINGANG',
        'B-RECHNUNG',
        'B-VERTRAG',
      ]);
      for (const base of bases) {
        assert.equal(base.department, '12');
        assert.ok(
          base.releasedDiagramVersion! >= 1 && base.retentionYears !== undefined && base.disposal && base.legalBasis,
        );
      }
      assert.ok(
        bases.some((b) => b.releasedDiagramVersion! >= 2),
        'some base processes have a second released version',
      );

      // every process passes the API's schema (key pattern, LeiKa 14 digits, ...) and has derived fields
      const departmentCodes = new Set(departments.map((d) => d.code));
      for (const p of processes) {
        assert.equal(p._id, p.key, 'a process is stored under its key');
        const checked = validProcess(apiShape(p));
        assert.ok(checked.ok, `${p.key}: ${JSON.stringify(checked.ok ? [] : checked.errors)}`);
        assert.ok(departmentCodes.has(p.department), `${p.key} belongs to a department`);
        if (p.kind === 'department') assert.match(p.key, new RegExp(`^P-${p.department}-[0-9]{4}$`));
        if (p.leikaKey !== undefined) assert.match(p.leikaKey, /^[0-9]{14}$/);
        assert.equal(p.archived, false);
        assert.equal(p.version, 1);
        assert.ok(p.search.length > 0);
        assert.equal(p.adoptionSlot, p.baseProcess ? `variant:${p.department}:${p.baseProcess}` : `own:${p.key}`);
      }
      assert.equal(new Set(processes.map((p) => p.key)).size, processes.length, 'keys are unique');
      assert.ok(processes.filter((p) => p.leikaKey).length > 20, 'some processes have LeiKa keys');

      // variants adopted a released base version; some are behind a newer one
      const released = new Map(bases.map((b) => [b.key, b.releasedDiagramVersion!]));
      const variants = processes.filter((p) => p.baseProcess);
      assert.equal(variants.length, summary.variants);
      for (const v of variants) {
        assert.equal(v.kind, 'department');
        assert.ok(v.baseVersion! >= 1 && v.baseVersion! <= released.get(v.baseProcess!)!, `${v.key} baseVersion`);
      }
      assert.ok(
        variants.some((v) => v.baseVersion! < released.get(v.baseProcess!)!),
        'some variants are behind',
      );
      assert.ok(
        variants.some((v) => v.baseVersion === released.get(v.baseProcess!)),
        'some variants are current',
      );
    });

    it('stores a diagram for every version a process names, with bytes, hash and history that agree', async () => {
      // given a seeded demo city
      await seedDemoCity(connection, { scale: SCALE, seed: 3 });
      const processes = await processModel(connection).find().lean();
      const diagrams = await diagramModel(connection).find().lean();
      const contents = await diagramContentModel(connection).find().lean();
      const contentById = new Map<string, Buffer[]>();
      for (const c of contents) contentById.set(c._id, [...(contentById.get(c._id) ?? []), bytes(c.content)]);
      assert.equal(contents.length, diagrams.length, 'no content without a diagram');
      const byKey = new Map<string, typeof diagrams>();
      for (const d of diagrams) byKey.set(d.processKey, [...(byKey.get(d.processKey) ?? []), d]);

      for (const p of processes) {
        // when its diagrams are read
        const versions = (byKey.get(p.key) ?? []).sort((a, b) => a.version - b.version);
        // then versions 1..latest exist and the released version is released
        assert.deepEqual(
          versions.map((d) => d.version),
          Array.from({ length: p.latestDiagramVersion ?? 0 }, (_, i) => i + 1),
          `${p.key} diagram versions`,
        );
        if (p.releasedDiagramVersion !== undefined) {
          assert.equal(versions[p.releasedDiagramVersion - 1]!.status, 'released');
        }
        for (const d of versions) {
          assert.equal(d._id, diagramId(p.key, d.version));
          assert.equal(d._id, `${p.key}@${d.version}`);
          const stored = contentById.get(d._id) ?? [];
          assert.equal(stored.length, 1, `${d._id} has exactly one content document`);
          const content = stored[0]!;
          assert.equal(d.size, content.length);
          assert.equal(d.sha256, createHash('sha256').update(content).digest('hex'));
          assert.match(content.toString('utf8', 0, 60), /^<\?xml version="1.0" encoding="UTF-8"\?>/);
          assert.equal(d.statusHistory[0]!.status, 'draft');
          assert.equal(d.statusHistory[d.statusHistory.length - 1]!.status, d.status);
          assert.equal(d.revision, d.statusHistory.length);
          assert.equal(d.author, 'seed');
          assert.equal(d.hasLayout, true);
        }
      }
      // and a variant's diagram is a copy of the base version it adopted
      const variant = processes.find((p) => p.baseProcess)!;
      const copy = byKey.get(variant.key)![0]!;
      const source = byKey.get(variant.baseProcess!)!.find((d) => d.version === variant.baseVersion)!;
      assert.equal(copy.sha256, source.sha256);
    });

    it('is deterministic for a seed and differs for another seed', async () => {
      // given the city of seed 1
      await seedDemoCity(connection, { scale: SCALE, seed: 1 });
      const first = await fingerprint(connection);
      // when it is seeded again with seed 1, then with seed 2
      await emptyCatalogue(connection);
      await seedDemoCity(connection, { scale: SCALE, seed: 1 });
      const again = await fingerprint(connection);
      await emptyCatalogue(connection);
      await seedDemoCity(connection, { scale: SCALE, seed: 2 });
      const other = await fingerprint(connection);
      // then the same seed gives the same keys, names and diagrams; another seed does not
      assert.deepEqual(again, first);
      assert.notDeepEqual(other.processes, first.processes);
      assert.notDeepEqual(other.diagrams, first.diagrams);
    });
  });

  describe('#isDatabaseEmpty', () => {
    it('is true without departments and processes, false with either', async () => {
      // given an empty catalogue
      assert.equal(await isDatabaseEmpty(connection), true);
      // when a department is added
      await departmentModel(connection).insertMany([
        {
          _id: '99',
          code: '99',
          name: 'Testamt',
          shortName: 'Test',
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        },
      ]);
      // then the database is not empty
      assert.equal(await isDatabaseEmpty(connection), false);
    });
  });

  describe('#seedDatabase', () => {
    const testamt = {
      _id: '99',
      code: '99',
      name: 'Testamt',
      shortName: 'Test',
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    };

    it('refuses a database that holds data and leaves it untouched', async () => {
      // given a catalogue with one department
      await departmentModel(connection).insertMany([testamt]);
      // when the seed runs without --replace
      await assert.rejects(seedDatabase(connection, { scale: 10 }), (err: unknown) => {
        assert.ok(err instanceof DatabaseNotEmptyError);
        assert.match(err.message, /--replace/);
        return true;
      });
      // then nothing was written
      assert.equal(await departmentModel(connection).countDocuments(), 1);
      assert.equal(await processModel(connection).countDocuments(), 0);
    });

    it('replaces the catalogue with --replace', async () => {
      // given a catalogue with one department and a diagram content left without its diagram
      await departmentModel(connection).insertMany([testamt]);
      await diagramContentModel(connection).insertMany([{ _id: 'P-99-0001@1', content: Buffer.from('<x/>') }]);
      // when the seed runs with --replace
      const summary = await seedDatabase(connection, { scale: 20, seed: 5, replace: true });
      // then only the demo city is left, contents included
      assert.equal(await departmentModel(connection).exists({ code: '99' }), null);
      assert.equal(await diagramContentModel(connection).exists({ _id: 'P-99-0001@1' }), null);
      assert.equal(await departmentModel(connection).countDocuments(), summary.departments);
      assert.equal(await processModel(connection).countDocuments(), 10 + 20);
      assert.equal(await diagramContentModel(connection).countDocuments(), summary.diagrams);
    });

    it('seeds an empty database without --replace', async () => {
      // given an empty catalogue
      // when the seed runs
      const summary = await seedDatabase(connection, { scale: 0 });
      // then the departments and base processes are there
      assert.equal(summary.processes, 10);
      assert.equal(await processModel(connection).countDocuments({ kind: 'base' }), 10);
    });
  });
});
