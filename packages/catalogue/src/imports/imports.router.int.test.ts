import assert from 'node:assert/strict';
import { SYSTEM_PRINCIPAL, scopeFor } from '../auth/scope.js';
import request from 'supertest';
import type { Express } from 'express';
import type { Model } from 'mongoose';
import type { FieldError } from '@efile/schemas';
import { processModel, type ProcessDoc } from '../processes/process.model.js';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { ImportsRepository, type ExistingProcess } from './imports.repository.js';
import { importProcesses } from './imports.service.js';
import { sampleCsv, sampleProcesses } from './sampleRows.js';

const URL = '/api/v1/imports/processes';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const departments = [
  { code: '32', name: 'Amt für öffentliche Ordnung', shortName: 'Ordnungsamt' },
  { code: '51', name: 'Jugendamt', shortName: 'Jugendamt' },
  { code: '10', name: 'Haupt- und Personalamt', shortName: 'Hauptamt' },
];

/** A CSV file from lines of cells, `;`-separated and CRLF-terminated as Excel writes it. */
function csvOf(lines: string[][]): string {
  return lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}

/** Text as windows-1252 bytes: latin1, plus the typographic characters Excel uses. */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '–': 0x96, '„': 0x84, '“': 0x93, '€': 0x80 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

function hasError(errors: FieldError[] | undefined, row: number, field: string): boolean {
  return (errors ?? []).some((e) => e.row === row && e.field === field);
}

describe('imports.router', () => {
  let app: Express;
  let processes: Model<ProcessDoc>;

  before(async () => {
    app = await testApp();
    processes = processModel(await testConnection());
  });

  beforeEach(async () => {
    await cleanDatabase();
    for (const d of departments) await api(app).post('/api/v1/departments').send(d).expect(201);
  });

  const stored = (key: string) => processes.findOne({ key }, { _id: 0 }).lean<ProcessDoc>().exec();
  const postCsv = (body: string | Buffer, query = '', type = 'text/csv') =>
    api(app)
      .post(URL + query)
      .set('Content-Type', type)
      .send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));

  describe('POST /api/v1/imports/processes', () => {
    it('imports a German Excel CSV (";", UTF-8 with BOM) and fills the derived fields as a create does', async () => {
      // given a sample file of three processes with a BOM
      const file = Buffer.concat([BOM, Buffer.from(sampleCsv(3), 'utf8')]);
      // when it is imported
      const res = await postCsv(file);
      // then three processes are created with version 1 and derived fields
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(
        { ...res.body },
        {
          mode: 'all',
          dryRun: false,
          format: 'csv',
          encoding: 'utf-8-bom',
          separator: ';',
          rows: 3,
          created: 3,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          errors: [],
        },
      );
      const expected = sampleProcesses(3)[1]!;
      const doc = await stored(expected.key);
      assert.ok(doc);
      assert.equal(doc.name, expected.name);
      assert.equal(doc.description, expected.description);
      assert.equal(doc.annualCaseVolume, expected.annualCaseVolume);
      assert.deepEqual(doc.documentTypes, ['Antrag', 'Bescheid', 'Vermerk']);
      assert.equal(doc.version, 1);
      assert.equal(doc.archived, false);
      assert.equal(doc.adoptionSlot, `own:${expected.key}`);
      assert.match(doc.search, /pruefung/);
      assert.ok(doc.createdAt instanceof Date);
      assert.deepEqual(doc.createdAt, doc.updatedAt);
    });

    it('decodes windows-1252 CSV so that umlauts are stored correctly', async () => {
      // given a file as "CSV (Trennzeichen-getrennt)" saves it: windows-1252 bytes
      const text = csvOf([
        ['Schlüssel', 'Bezeichnung', 'Amt', 'Art', 'Schlagwörter', 'Rechtsgrundlage'],
        ['P-32-UML', 'Prüfung der Größe', '32', 'Fachprozess', 'Prüfung', '§ 5 Abs. 2 – „Maß“'],
      ]);
      const bytes = windows1252(text);
      // when it is imported with the media type Windows gives .csv files
      const res = await postCsv(bytes, '', 'application/vnd.ms-excel');
      // then the text comes back as written
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.encoding, 'windows-1252');
      const doc = await stored('P-32-UML');
      assert.equal(doc?.name, 'Prüfung der Größe');
      assert.deepEqual(doc?.tags, ['Prüfung']);
      assert.equal(doc?.legalBasis, '§ 5 Abs. 2 – „Maß“');
    });

    const jsonBodies: Array<[string, (rows: unknown[]) => unknown]> = [
      ['an array', (rows) => rows],
      ['an object {items}', (rows) => ({ items: rows })],
    ];
    for (const [what, wrap] of jsonBodies) {
      it(`imports JSON as ${what}`, async () => {
        // given two processes as JSON rows
        const rows = sampleProcesses(2, { department: '51' });
        // when posted as application/json
        const res = await api(app)
          .post(URL)
          .send(wrap(rows) as object);
        // then both are created
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.equal(res.body.format, 'json');
        assert.equal(res.body.created, 2);
        assert.equal(await processes.countDocuments({ department: '51' }), 2);
      });
    }

    const uploads: Array<[string, string, Buffer, string]> = [
      ['a .csv file', 'prozesse.csv', Buffer.from(sampleCsv(2)), 'text/csv'],
      ['a .csv file Windows labels as Excel', 'prozesse.csv', Buffer.from(sampleCsv(2)), 'application/vnd.ms-excel'],
      [
        'a .json file sent as octet-stream',
        'prozesse.json',
        Buffer.from(JSON.stringify(sampleProcesses(2))),
        'application/octet-stream',
      ],
    ];
    for (const [what, filename, content, contentType] of uploads) {
      it(`imports ${what} uploaded as multipart/form-data`, async () => {
        // when the file is uploaded in the form field "file"
        const res = await api(app).post(URL).attach('file', content, { filename, contentType });
        // then its processes are created
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.equal(res.body.created, 2);
        assert.equal(res.body.format, filename.endsWith('.json') ? 'json' : 'csv');
        assert.equal(await processes.countDocuments(), 2);
      });
    }

    it('reports every bad row with its spreadsheet row number and field, and writes nothing (mode=all)', async () => {
      // given a file with one good row and four bad ones
      const file = csvOf([
        ['Schlüssel', 'Name', 'Amt', 'Art', 'LeiKa-Schlüssel', 'Fallzahl', 'Aufbewahrungsfrist'],
        ['P-32-OK', 'Gute Zeile', '32', 'Fachprozess', '99001001000000', '1.200', '10'],
        ['P-32-KIND', 'Falsche Art', '32', 'Lokalprozess', '', '', ''],
        ['P-32-LEIKA', 'Excel-Zahl', '32', 'Fachprozess', '9,91E+13', '', ''],
        ['p-klein', 'X', '32', 'Fachprozess', '', 'viele', '300'],
        ['P-32-NEW', '', '32', 'Fachprozess', '', '', ''],
      ]);
      // when it is imported
      const res = await postCsv(file);
      // then 422 problem+json carries the report, and nothing was stored
      assert.equal(res.status, 422);
      assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
      assert.equal(res.body.status, 422);
      assert.equal(res.body.rows, 5);
      assert.equal(res.body.rejected, 4);
      assert.equal(res.body.created, 0);
      const errors = res.body.errors as FieldError[];
      assert.ok(hasError(errors, 3, 'kind'), JSON.stringify(errors));
      assert.ok(hasError(errors, 4, 'leikaKey'), JSON.stringify(errors));
      assert.match(errors.find((e) => e.row === 4)!.message, /Excel/);
      assert.ok(hasError(errors, 5, 'key'), JSON.stringify(errors));
      assert.ok(hasError(errors, 5, 'name'), JSON.stringify(errors));
      assert.ok(hasError(errors, 5, 'annualCaseVolume'), JSON.stringify(errors));
      assert.ok(hasError(errors, 5, 'retentionYears'), JSON.stringify(errors));
      assert.ok(hasError(errors, 6, 'name'), JSON.stringify(errors));
      assert.ok(!errors.some((e) => e.row === 2));
      assert.equal(await processes.countDocuments(), 0);
    });

    it('numbers JSON rows from 1 and names the field', async () => {
      // given a JSON array whose second item has a bad disposal
      const rows = sampleProcesses(2);
      const body = [rows[0], { ...rows[1], disposal: 'X' }];
      // when imported
      const res = await api(app).post(URL).send(body);
      // then row 2 field disposal is reported and nothing stored
      assert.equal(res.status, 422);
      assert.ok(hasError(res.body.errors, 2, 'disposal'), JSON.stringify(res.body.errors));
      assert.equal(await processes.countDocuments(), 0);
    });

    it('writes nothing in mode=all when one row of many is bad', async () => {
      // given 5 existing processes and a file changing them, plus one bad row
      await postCsv(sampleCsv(5)).expect(200);
      const before = await processes.find({}, { _id: 0, key: 1, version: 1, name: 1 }).sort({ key: 1 }).lean().exec();
      const file = sampleCsv(8, { nameSuffix: ' (neu)' }) + 'P-32-BAD;Name;99;Fachprozess;;;;;;;;;;\r\n';
      // when imported in the default mode
      const res = await postCsv(file, '?mode=all');
      // then 422 and the stored processes are exactly as before
      assert.equal(res.status, 422);
      assert.equal(res.body.mode, 'all');
      assert.ok(hasError(res.body.errors, 10, 'department'), JSON.stringify(res.body.errors));
      const after = await processes.find({}, { _id: 0, key: 1, version: 1, name: 1 }).sort({ key: 1 }).lean().exec();
      assert.deepEqual(after, before);
    });

    it('writes the valid rows in mode=valid and reports the rejected ones', async () => {
      // given a file with three good rows and one bad row
      const file = sampleCsv(3) + 'P-32-BAD;Name;32;Fachprozess;;;;;;eins;;;;\r\n';
      // when imported with mode=valid
      const res = await postCsv(file, '?mode=valid');
      // then 200, three created, one rejected
      assert.equal(res.status, 200);
      assert.equal(res.body.created, 3);
      assert.equal(res.body.rejected, 1);
      assert.ok(hasError(res.body.errors, 5, 'retentionYears'), JSON.stringify(res.body.errors));
      assert.equal(await processes.countDocuments(), 3);
      assert.equal(await stored('P-32-BAD'), null);
    });

    it('checks and reports in a dry run without writing', async () => {
      // given one existing process
      await postCsv(sampleCsv(1)).expect(200);
      // when a file with it (changed) and two new ones is checked
      const res = await postCsv(sampleCsv(3, { nameSuffix: ' geändert' }), '?dryRun=true');
      // then the report says what would happen, and nothing changed
      assert.equal(res.status, 200);
      assert.equal(res.body.dryRun, true);
      assert.equal(res.body.created, 2);
      assert.equal(res.body.updated, 1);
      assert.equal(await processes.countDocuments(), 1);
      assert.equal((await stored(sampleProcesses(1)[0]!.key))?.version, 1);
    });

    const dryRuns: Array<[string, number]> = [
      ['valid', 2],
      ['all', 0],
    ];
    for (const [mode, created] of dryRuns) {
      it(`answers a dry run with a bad row 200, saying what mode=${mode} would create`, async () => {
        // given two good rows and one of an unknown department
        const file = sampleCsv(2) + 'P-32-X;Name;77;Fachprozess;;;;;;;;;;\r\n';
        // when checked
        const res = await postCsv(file, `?dryRun=true&mode=${mode}`);
        // then 200 with the report of what would happen, and nothing was written
        assert.equal(res.status, 200);
        assert.equal(res.body.created, created);
        assert.equal(res.body.rejected, 1);
        assert.ok(hasError(res.body.errors, 4, 'department'));
        assert.equal(await processes.countDocuments(), 0);
      });
    }

    it('is idempotent: importing the same file again changes nothing', async () => {
      // given a file imported once
      const file = sampleCsv(20);
      await postCsv(file).expect(200);
      const before = await processes.find({}, { _id: 0, key: 1, version: 1, updatedAt: 1 }).sort({ key: 1 }).lean();
      // when it is imported again
      const res = await postCsv(file);
      // then nothing is created or updated, and no version moved
      assert.equal(res.status, 200);
      assert.equal(res.body.created, 0);
      assert.equal(res.body.updated, 0);
      assert.equal(res.body.unchanged, 20);
      const after = await processes.find({}, { _id: 0, key: 1, version: 1, updatedAt: 1 }).sort({ key: 1 }).lean();
      assert.deepEqual(after, before);
      assert.equal(await processes.countDocuments(), 20);
    });

    it('updates changed rows: bumps versions, recomputes search, keeps absent fields, clears empty cells', async () => {
      // given two processes imported from a full file
      await postCsv(sampleCsv(2)).expect(200);
      const [first, second] = sampleProcesses(2);
      // when a file with only some columns renames the first, clears its group and leaves the second as it is
      const file = csvOf([
        ['Key', 'Name', 'Prozessgruppe', 'Fallzahl'],
        [first!.key, 'Prüfauftrag Überwachung', '', String(first!.annualCaseVolume)],
        [second!.key, second!.name, second!.group!, '2.000'],
      ]);
      const res = await postCsv(file);
      // then both count as updated, versions are 2, and the untouched columns stay
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.updated, 2);
      assert.equal(res.body.unchanged, 0);
      const one = await stored(first!.key);
      assert.equal(one?.version, 2);
      assert.equal(one?.name, 'Prüfauftrag Überwachung');
      assert.equal(one?.group, undefined);
      assert.equal(one?.description, first!.description);
      assert.deepEqual(one?.documentTypes, first!.documentTypes);
      assert.match(one?.search ?? '', /ueberwachung/);
      assert.ok(one!.updatedAt > one!.createdAt);
      const two = await stored(second!.key);
      assert.equal(two?.version, 2);
      assert.equal(two?.annualCaseVolume, 2000);
      assert.equal(two?.legalBasis, second!.legalBasis);
    });

    it('updates many changed rows at once, bumping each version once', async () => {
      // given 25 processes
      await postCsv(sampleCsv(25)).expect(200);
      // when a file renaming all of them is imported
      const res = await postCsv(sampleCsv(25, { nameSuffix: ' (geändert)' }));
      // then all 25 are updated to version 2
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.updated, 25);
      assert.equal(await processes.countDocuments({ version: 2, name: / \(geändert\)$/ }), 25);
    });

    it('rejects every row of a key that appears twice in the file', async () => {
      const file = csvOf([
        ['Schlüssel', 'Name', 'Amt', 'Art'],
        ['P-32-DUP', 'Erste', '32', 'Fachprozess'],
        ['P-32-ONE', 'Andere', '32', 'Fachprozess'],
        ['P-32-DUP', 'Zweite', '32', 'Fachprozess'],
      ]);
      const res = await postCsv(file, '?mode=valid');
      assert.equal(res.status, 200);
      assert.equal(res.body.created, 1);
      assert.ok(hasError(res.body.errors, 2, 'key'));
      assert.ok(hasError(res.body.errors, 4, 'key'));
      assert.match(res.body.errors[0].message, /appears again in row 4/);
      assert.equal(await stored('P-32-DUP'), null);
    });

    it('rejects an unknown department code', async () => {
      const file = csvOf([
        ['Key', 'Name', 'Department', 'Kind'],
        ['P-99-A', 'Unbekanntes Amt', '99', 'department'],
      ]);
      const res = await postCsv(file);
      assert.equal(res.status, 422);
      assert.ok(hasError(res.body.errors, 2, 'department'));
      assert.match(res.body.errors[0].message, /department 99 does not exist/);
      assert.equal(await processes.countDocuments(), 0);
    });

    it('rejects a change of department or kind of an existing process', async () => {
      // given process P-32-000001 of department 32
      await postCsv(sampleCsv(1)).expect(200);
      const key = sampleProcesses(1)[0]!.key;
      // when a file moves it to 51 and makes another row's kind base
      const file = csvOf([
        ['Key', 'Amt', 'Art'],
        [key, '51', 'Basisprozess'],
      ]);
      const res = await postCsv(file);
      // then both fields are reported and nothing changed
      assert.equal(res.status, 422);
      assert.ok(hasError(res.body.errors, 2, 'department'));
      assert.ok(hasError(res.body.errors, 2, 'kind'));
      assert.equal((await stored(key))?.department, '32');
    });

    it('lets an import change only the metadata of a variant of a base process', async () => {
      // given a variant of a base process
      const now = new Date();
      const base = { key: 'B-POSTEINGANG', name: 'Posteingang', department: '10', kind: 'base' as const };
      const variant = {
        key: 'P-32-POST',
        name: 'Posteingang',
        department: '32',
        kind: 'department' as const,
        baseProcess: base.key,
        baseVersion: 1,
      };
      await processes.insertMany(
        [base, variant].map((p) => ({
          _id: p.key,
          ...p,
          documentTypes: [],
          tags: [],
          archived: false,
          version: 1,
          createdAt: now,
          updatedAt: now,
          search: p.name.toLowerCase(),
          sortName: p.name.toLowerCase(),
          adoptionSlot: 'baseProcess' in p ? `variant:32:${base.key}` : `own:${p.key}`,
        })),
      );
      // when one file renames it and another sets its case volume
      const rename = await postCsv(
        csvOf([
          ['Key', 'Name'],
          [variant.key, 'Posteingang Ordnungsamt'],
        ]),
      );
      const metadata = await postCsv(
        csvOf([
          ['Key', 'Fallzahl', 'Dokumenttypen'],
          [variant.key, '12.000', 'Eingangsschreiben|Vermerk'],
        ]),
      );
      // then the rename is rejected and the metadata is taken
      assert.equal(rename.status, 422);
      assert.ok(hasError(rename.body.errors, 2, 'name'));
      assert.equal(metadata.status, 200, JSON.stringify(metadata.body));
      assert.equal(metadata.body.updated, 1);
      const doc = await stored(variant.key);
      assert.equal(doc?.name, 'Posteingang');
      assert.equal(doc?.annualCaseVolume, 12000);
      assert.deepEqual(doc?.documentTypes, ['Eingangsschreiben', 'Vermerk']);
      assert.equal(doc?.baseProcess, base.key);
      assert.equal(doc?.version, 2);
    });

    it('rejects a file with an unknown column as a file error naming it', async () => {
      const file = csvOf([
        ['Schlüssel', 'Name', 'Bemerkung'],
        ['P-32-A', 'Test', 'x'],
      ]);
      const res = await postCsv(file, '?mode=valid');
      assert.equal(res.status, 422);
      assert.equal(res.body.errors[0].in, 'file');
      assert.equal(res.body.errors[0].row, 1);
      assert.equal(res.body.errors[0].field, 'Bemerkung');
      assert.equal(await processes.countDocuments(), 0);
    });

    it('imports 10 000 rows in one call', async () => {
      // given a file of 10 000 new processes
      const file = sampleCsv(10_000);
      // when imported
      const res = await postCsv(file);
      // then all are stored
      assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 500));
      assert.equal(res.body.created, 10_000);
      assert.equal(await processes.countDocuments(), 10_000);
    });

    it('answers 413 past the configured size limit, for a body and for an upload', async () => {
      // given an app with a 1 KiB import limit
      const small = await testApp({ importMaxBytes: 1024 });
      const file = Buffer.from(sampleCsv(30));
      // when a larger file is posted and uploaded
      const body = await api(small).post(URL).set('Content-Type', 'text/csv').send(file);
      const upload = await api(small).post(URL).attach('file', file, { filename: 'p.csv', contentType: 'text/csv' });
      // then both are refused and nothing is stored
      assert.equal(body.status, 413);
      assert.equal(upload.status, 413);
      assert.match(body.headers['content-type'] ?? '', /application\/problem\+json/);
      assert.equal(await processes.countDocuments(), 0);
    });

    it('answers 415 for other media types and for an uploaded workbook', async () => {
      const xml = await api(app).post(URL).set('Content-Type', 'application/xml').send('<x/>');
      const xlsx = await api(app)
        .post(URL)
        .attach('file', Buffer.from('PK'), { filename: 'prozesse.xlsx', contentType: 'application/octet-stream' });
      assert.equal(xml.status, 415);
      assert.equal(xlsx.status, 415);
      assert.match(xlsx.body.detail, /save it as "CSV UTF-8"/);
    });

    const badRequests: Array<[string, () => request.Test, string]> = [
      [
        'an unknown mode',
        () => api(app).post(`${URL}?mode=some`).set('Content-Type', 'text/csv').send('Key\n'),
        'mode',
      ],
      ['an empty body', () => api(app).post(URL).set('Content-Type', 'text/csv'), '/'],
      [
        'an upload without the field "file"',
        () => api(app).post(URL).attach('datei', Buffer.from('Key\n'), 'p.csv'),
        'file',
      ],
      [
        'JSON that does not parse',
        () => api(app).post(URL).set('Content-Type', 'application/json').send('[{"key": '),
        '/',
      ],
    ];
    for (const [what, send, field] of badRequests) {
      it(`answers 400 naming ${field} for ${what}`, async () => {
        const res = await send();
        assert.equal(res.status, 400, JSON.stringify(res.body));
        assert.ok(
          res.body.errors.some((e: FieldError) => e.field === field),
          JSON.stringify(res.body.errors),
        );
      });
    }
  });

  describe('importProcesses', () => {
    /** A repository over the real database whose processes someone else changes right after they were read. */
    class RacingRepository extends ImportsRepository {
      override async existing(keys: readonly string[]): Promise<Map<string, ExistingProcess>> {
        const found = await super.existing(keys);
        await processes.updateOne({ key: keys[0] }, { $inc: { version: 1 }, $set: { updatedAt: new Date() } });
        return found;
      }
    }

    it('reports a row whose process changed after it was read as a conflict and does not overwrite it', async () => {
      // given two stored processes, the first of which someone changes during the import
      await postCsv(sampleCsv(2)).expect(200);
      const connection = await testConnection();
      const repository = new RacingRepository(processes, connection.models.Department!);
      const file = { bytes: Buffer.from(sampleCsv(2, { nameSuffix: ' neu' })), format: 'csv' as const };
      // when the changed file is imported
      const outcome = await importProcesses(scopeFor(SYSTEM_PRINCIPAL, 'import:write'), repository, file, {
        mode: 'all',
        dryRun: false,
      });
      // then the second is updated, the first is a conflict left as the other writer left it
      const [first, second] = sampleProcesses(2);
      assert.equal(outcome.status, 'conflict');
      assert.equal(outcome.report.updated, 1);
      assert.equal(outcome.report.rejected, 1);
      assert.ok(hasError(outcome.report.errors, 2, 'key'));
      assert.equal((await stored(first!.key))?.name, first!.name);
      assert.equal((await stored(first!.key))?.version, 2);
      assert.equal((await stored(second!.key))?.name, `${second!.name} neu`);
    });
  });
});
