/**
 * Every real-world BPMN file in ../shared/fixtures/bpmn (exports of ten modelling tools and
 * the broken inputs of the BPMN libraries' own test suites) goes through the upload API.
 */
import type request from 'supertest';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import { api, cleanDatabase, testApp } from '../testing/testDatabase.js';
import { givenProcess } from './testProcesses.js';

/** The fixtures live beside the repository: dist/diagrams → packages/catalogue → … → ../shared. */
const FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/bpmn/', import.meta.url));
const base = '/api/v1/processes/P-10-FIXTURES/diagrams';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = dir + name;
      return statSync(path).isDirectory() ? filesUnder(`${path}/`) : [path];
    });
}

function readBytes(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('diagrams fixtures', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  // A fresh process per test: FerretDB scans a process's stored files on each read, so keep them few.
  beforeEach(async () => {
    await cleanDatabase();
    await givenProcess({ key: 'P-10-FIXTURES', department: '10' });
  });

  it('finds the shared fixtures', () => {
    // the sweep below must not pass vacuously
    assert.ok(filesUnder(FIXTURES).length > 200, `too few files under ${FIXTURES}`);
  });

  it('answers every file with a 2xx, or a 4xx with a reason; never a 5xx', async function () {
    this.timeout(180_000);
    const files = filesUnder(FIXTURES);
    const outcomes = { accepted: 0, refused: 0 };
    for (const path of files) {
      // when the file is uploaded as XML
      const res = await api(app).post(base).set('Content-Type', 'application/xml').send(readFileSync(path));
      // then it is stored, or refused with a reason
      const name = path.slice(FIXTURES.length);
      assert.ok(res.status < 500, `${name}: ${res.status} ${res.text}`);
      if (res.status >= 400) {
        assert.equal(res.status === 422 || res.status === 413, true, `${name}: ${res.status}`);
        assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 10, `${name}: no reason`);
        outcomes.refused++;
      } else {
        assert.equal(res.status, 201, name);
        outcomes.accepted++;
      }
    }
    // and every reference model and tool export is among the accepted ones (the refusals are the broken inputs)
    assert.ok(outcomes.accepted > 200, JSON.stringify(outcomes));
  });

  it('returns every MIWG reference model byte-identical', async function () {
    this.timeout(60_000);
    const files = filesUnder(`${FIXTURES}miwg/Reference/`);
    assert.equal(files.length, 21);
    for (const path of files) {
      // given a reference model uploaded
      const bytes = readFileSync(path);
      const created = await api(app).post(base).set('Content-Type', 'application/xml').send(bytes);
      assert.equal(created.status, 201, `${path}: ${created.text}`);
      // when it is downloaded
      const res = await api(app).get(`${base}/${created.body.version}/content`).buffer(true).parse(readBytes);
      // then the bytes are the same
      assert.equal(res.status, 200);
      assert.ok(Buffer.compare(res.body as Buffer, bytes) === 0, `${path} changed on the round trip`);
    }
  });

  it('reads GenMyModel exports that declare UTF-8 but hold Latin-1 as windows-1252, with a warning', async () => {
    const dir = `${FIXTURES}miwg/GenMyModel 0.47/`;
    const files = readdirSync(dir).filter((f) => f.startsWith('C.1.'));
    assert.equal(files.length, 4);
    for (const file of files) {
      // when the export is uploaded
      const res = await api(app)
        .post(base)
        .set('Content-Type', 'application/xml')
        .send(readFileSync(dir + file));
      // then it is stored, read as windows-1252, and the upload says so
      assert.equal(res.status, 201, `${file}: ${res.text}`);
      assert.equal(res.body.encoding, 'windows-1252');
      const messages = res.body.warnings.map((w: { message: string }) => w.message);
      assert.ok(
        messages.some((m: string) => /not valid UTF-8.*windows-1252/.test(m)),
        `${file}: ${messages.join(' | ')}`,
      );
      assert.equal(JSON.stringify(res.body).includes('\uFFFD'), false, `${file} reports U+FFFD`);
      assert.ok(res.body.stats.flowNodes > 0);
    }
  });

  it('reads the ISO-8859-1 and windows-1252 declarations and byte-order marks it finds', async () => {
    const declared = filesUnder(FIXTURES).filter((p) => {
      const head = readFileSync(p).subarray(0, 100).toString('latin1');
      return /encoding="(ISO-8859-1|windows-1252)"/.test(head) || head.startsWith('\u00ef\u00bb\u00bf');
    });
    assert.ok(declared.length > 10);
    for (const path of declared) {
      // when such a file is uploaded
      const res = await api(app).post(base).set('Content-Type', 'application/xml').send(readFileSync(path));
      // then it is not refused for its encoding and reports how it was read
      if (res.status === 201) assert.match(res.body.encoding, /^(UTF-8|ISO-8859-1|windows-1252)$/);
      else assert.doesNotMatch(res.body.detail, /encoding/, path);
    }
  });
});
