import assert from 'node:assert/strict';
import type { Express } from 'express';
import { processModel } from '../processes/process.model.js';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { diagramModel } from './diagram.model.js';
import { givenProcess, smallBpmn } from './testProcesses.js';

const base = '/api/v1/processes/P-32-0147/diagrams';

function upload(app: Express, body: string | Buffer, message?: string) {
  return api(app)
    .post(base + (message ? `?message=${encodeURIComponent(message)}` : ''))
    .set('Content-Type', 'application/xml')
    .send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
}

async function processDoc(key = 'P-32-0147') {
  return processModel(await testConnection())
    .findOne({ key })
    .lean()
    .exec();
}

describe('diagrams.router', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  beforeEach(async () => {
    await cleanDatabase();
    await givenProcess({ key: 'P-32-0147', name: 'Gewerbeanmeldung' });
  });

  describe('revalidation', () => {
    it('never answers 304: after an upload the process and the latest alias show the new version', async () => {
      // given a process and its first version, read with their ETags
      await upload(app, smallBpmn('Prüfen', 3)).expect(201);
      const process = await api(app).get('/api/v1/processes/P-32-0147').expect(200);
      const latest = await api(app).get(`${base}/latest`).expect(200);
      // when a second version is uploaded and both are revalidated with If-None-Match
      await upload(app, smallBpmn('Prüfen', 4)).expect(201);
      const processAgain = await api(app)
        .get('/api/v1/processes/P-32-0147')
        .set('If-None-Match', process.headers.etag!);
      const latestAgain = await api(app).get(`${base}/latest`).set('If-None-Match', latest.headers.etag!);
      // then both answer 200 with the new state, not 304 with the old one
      assert.equal(processAgain.status, 200);
      assert.equal(processAgain.body.latestDiagramVersion, 2);
      assert.equal(processAgain.headers['cache-control'], 'no-cache');
      assert.equal(latestAgain.status, 200);
      assert.equal(latestAgain.body.version, 2);
    });
  });

  describe('POST /api/v1/processes/:key/diagrams', () => {
    it('stores version 1 as a draft with stats and answers 201 with Location and ETag', async () => {
      // given a process without diagrams
      // when a diagram is uploaded as application/xml with a message
      const res = await upload(app, smallBpmn('Prüfen', 3), 'Erster Entwurf');
      // then version 1 exists as a draft with the counted elements
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers.location, `${base}/1`);
      assert.equal(res.headers.etag, '"1"');
      assert.equal(res.body.version, 1);
      assert.equal(res.body.status, 'draft');
      assert.equal(res.body.author, 'tok_testadmin');
      assert.equal(res.body.message, 'Erster Entwurf');
      assert.equal(res.body.encoding, 'UTF-8');
      assert.deepEqual(res.body.stats, {
        processes: 1,
        participants: 0,
        lanes: 0,
        flowNodes: 5,
        messageFlows: 0,
        shapes: 5,
        edges: 0,
        diagrams: 1,
      });
      assert.equal(res.body.hasLayout, true);
      assert.deepEqual(res.body.warnings, []);
      assert.equal(res.body.content, undefined);
      assert.equal(res.body.statusHistory[0].status, 'draft');
      // and the process knows its latest version
      assert.equal((await processDoc())?.latestDiagramVersion, 1);
    });

    it('returns the uploaded bytes unchanged, with sha256 and a download file name', async () => {
      // given an upload with a byte-order mark, CRLF line ends and umlauts
      const bytes = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(smallBpmn('Größe ändern').replace(/\n/g, '\r\n'), 'utf8'),
      ]);
      const created = await upload(app, bytes);
      assert.equal(created.status, 201);
      // when its content is downloaded
      const res = await api(app)
        .get(`${base}/1/content`)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      // then the bytes are identical
      assert.equal(res.status, 200);
      assert.ok(Buffer.compare(res.body as Buffer, bytes) === 0);
      assert.match(res.headers['content-type'] ?? '', /^application\/xml/);
      assert.equal(res.headers['content-disposition'], 'attachment; filename="P-32-0147-v1.bpmn"');
      assert.equal(created.body.size, bytes.length);
      const { createHash } = await import('node:crypto');
      assert.equal(created.body.sha256, createHash('sha256').update(bytes).digest('hex'));
    });

    it('numbers versions 1, 2, 3 and keeps latestDiagramVersion in step', async () => {
      // when three versions are uploaded one after the other
      for (const n of [1, 2, 3]) {
        const res = await upload(app, smallBpmn('Schritt', n));
        assert.equal(res.body.version, n);
      }
      // then they are listed newest first
      const list = await api(app).get(base);
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items.map((d: { version: number }) => d.version),
        [3, 2, 1],
      );
      assert.equal((await processDoc())?.latestDiagramVersion, 3);
    });

    it('gives concurrent uploads distinct versions', async () => {
      // when six uploads arrive at the same time
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(app, smallBpmn('Parallel', i + 1))));
      // then every one is stored under its own version
      assert.deepEqual(
        results.map((r) => r.status),
        [201, 201, 201, 201, 201, 201],
      );
      const versions = results.map((r) => r.body.version as number).sort((a, b) => a - b);
      assert.deepEqual(versions, [1, 2, 3, 4, 5, 6]);
      assert.equal(await diagramModel(await testConnection()).countDocuments({ processKey: 'P-32-0147' }), 6);
      assert.equal((await processDoc())?.latestDiagramVersion, 6);
    });

    it('takes a multipart form with a file and a message field', async () => {
      // when the diagram is sent as a form upload
      const res = await api(app)
        .post(base)
        .field('message', 'Aus dem Modeler')
        .attach('file', Buffer.from(smallBpmn()), {
          filename: 'prozess.bpmn',
          contentType: 'application/octet-stream',
        });
      // then it is stored like a raw upload
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.message, 'Aus dem Modeler');
      assert.equal(res.body.stats.flowNodes, 3);
    });

    it('answers 400 for a multipart form without a file part', async () => {
      const res = await api(app).post(base).field('message', 'ohne Datei');
      assert.equal(res.status, 400);
      assert.equal(res.body.errors[0].field, 'file');
      assert.equal(await diagramModel(await testConnection()).countDocuments({}), 0);
    });

    it('returns tolerated parser problems as warnings', async () => {
      // given a diagram with an unknown element and a broken reference
      const xml = smallBpmn().replace(
        '<bpmn:endEvent id="End"/>',
        '<bpmn:endEvent id="End"/><bpmn:sparkle id="X"/><bpmn:sequenceFlow id="Dangling" sourceRef="Nowhere" targetRef="End"/>',
      );
      // when it is uploaded
      const res = await upload(app, xml);
      // then it is stored and the warnings name both problems
      assert.equal(res.status, 201);
      const messages = res.body.warnings.map((w: { message: string }) => w.message).join('\n');
      assert.match(messages, /sparkle/i);
      assert.match(messages, /unresolved reference <Nowhere>/);
    });

    it('answers 404 for an unknown process and 409 for an archived one', async () => {
      // given an archived process
      await givenProcess({ key: 'P-32-0999', archived: true });
      // when diagrams are uploaded to a missing and to the archived process
      const missing = await api(app)
        .post('/api/v1/processes/P-32-0404/diagrams')
        .set('Content-Type', 'application/xml')
        .send(smallBpmn());
      const archived = await api(app)
        .post('/api/v1/processes/P-32-0999/diagrams')
        .set('Content-Type', 'application/xml')
        .send(smallBpmn());
      // then nothing is stored
      assert.equal(missing.status, 404);
      assert.equal(archived.status, 409);
      assert.equal(await diagramModel(await testConnection()).countDocuments({}), 0);
    });

    it('answers 400 for a message over 500 characters', async () => {
      const res = await upload(app, smallBpmn(), 'x'.repeat(501));
      assert.equal(res.status, 400);
      assert.equal(res.body.errors[0].field, 'message');
    });
  });

  describe('rejections', () => {
    let smallLimitApp: Express;
    before(async () => {
      smallLimitApp = await testApp({ bpmnMaxBytes: 2048 });
    });

    const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P" name="&lol3;"/></bpmn:definitions>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:documentation>&xxe;</bpmn:documentation></bpmn:definitions>`;

    const table: Array<[string, string, string | Buffer, number, RegExp]> = [
      ['an empty body', 'application/xml', '', 422, /empty/],
      ['whitespace only', 'application/xml', '  \n ', 422, /empty/],
      ['text that is not XML', 'text/xml', 'this is no xml', 422, /not XML/],
      [
        'a PNG image',
        'application/xml',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
        422,
        /not XML/,
      ],
      ['a billion-laughs DOCTYPE', 'application/xml', billionLaughs, 422, /DOCTYPE or ENTITY/],
      ['an external entity (XXE)', 'application/xml', xxe, 422, /DOCTYPE or ENTITY/],
      [
        'XML in another namespace',
        'application/xml',
        '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/DMN/20180521/MODEL/"/>',
        422,
        /not a BPMN 2.0 model/,
      ],
      [
        'a root element other than definitions',
        'application/xml',
        '<bpmn:process xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>',
        422,
        /not a BPMN 2.0 model/,
      ],
      [
        'XML that is not well-formed',
        'application/bpmn+xml',
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P"></bpmn:definitions>',
        422,
        /not well-formed/,
      ],
      [
        'duplicate ids',
        'application/xml',
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P"/><bpmn:process id="P"/></bpmn:definitions>',
        422,
        /id twice/,
      ],
      ['JSON', 'application/json', '{"xml": true}', 415, /application\/xml/],
      ['plain text', 'text/plain', smallBpmn(), 415, /application\/xml/],
      [
        'an unknown declared encoding',
        'application/xml',
        '<?xml version="1.0" encoding="EBCDIC-XYZ"?><a/>',
        422,
        /encoding/,
      ],
    ];
    for (const [what, type, body, status, reason] of table) {
      it(`answers ${status} for ${what}, storing nothing`, async () => {
        // when the upload is sent
        const res = await api(app).post(base).set('Content-Type', type).send(body);
        // then it is refused with a reason as problem+json
        assert.equal(res.status, status, JSON.stringify(res.body));
        assert.match(res.headers['content-type'] ?? '', /application\/problem\+json/);
        assert.match(res.body.detail, reason);
        assert.equal(await diagramModel(await testConnection()).countDocuments({}), 0);
        assert.equal((await processDoc())?.latestDiagramVersion, undefined);
      });
    }

    it('answers 413 above the configured limit, raw and multipart', async () => {
      // given an app with a 2 KB limit and a 3 KB diagram
      const big = smallBpmn('Sehr lange Bezeichnung eines Arbeitsschritts', 12);
      assert.ok(big.length > 2048);
      // when it is uploaded raw and as a form
      const raw = await api(smallLimitApp).post(base).set('Content-Type', 'application/xml').send(big);
      const form = await api(smallLimitApp).post(base).attach('file', Buffer.from(big), 'big.bpmn');
      // then both are refused and nothing is stored
      assert.equal(raw.status, 413);
      assert.equal(form.status, 413);
      assert.equal(await diagramModel(await testConnection()).countDocuments({}), 0);
      // and a small file still fits
      const small = await api(smallLimitApp).post(base).set('Content-Type', 'application/xml').send(smallBpmn());
      assert.equal(small.status, 201);
    });
  });

  describe('GET /api/v1/processes/:key/diagrams/:version', () => {
    it('reads a version, latest and released, with the revision as ETag', async () => {
      // given versions 1 and 2, version 1 released
      await upload(app, smallBpmn('Eins'));
      await upload(app, smallBpmn('Zwei', 2));
      await api(app).patch(`${base}/1`).set('If-Match', '"1"').send({ status: 'in_review' }).expect(200);
      await api(app).patch(`${base}/1`).set('If-Match', '"2"').send({ status: 'released' }).expect(200);
      // when they are read by number and by alias
      const one = await api(app).get(`${base}/1`);
      const latest = await api(app).get(`${base}/latest`);
      const released = await api(app).get(`${base}/released`);
      const releasedContent = await api(app).get(`${base}/released/content`);
      // then the aliases name the right versions
      assert.equal(one.headers.etag, '"3"');
      assert.equal(latest.body.version, 2);
      assert.equal(released.body.version, 1);
      assert.equal(releasedContent.status, 200);
      assert.match(releasedContent.text, /Eins 1/);
    });

    it('answers 404 for a missing version, a missing release and an unknown process; 400 for a bad version', async () => {
      await upload(app, smallBpmn());
      assert.equal((await api(app).get(`${base}/7`)).status, 404);
      assert.equal((await api(app).get(`${base}/released`)).status, 404);
      assert.equal((await api(app).get('/api/v1/processes/P-32-0404/diagrams/latest')).status, 404);
      assert.equal((await api(app).get('/api/v1/processes/P-32-0404/diagrams')).status, 404);
      const bad = await api(app).get(`${base}/newest`);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].field, 'version');
    });
  });

  describe('PATCH /api/v1/processes/:key/diagrams/:version', () => {
    beforeEach(async () => {
      await upload(app, smallBpmn()).expect(201);
    });

    it('walks draft → in_review → draft → in_review → released and records the history', async () => {
      // when the version goes through review, is sent back and released
      const steps: Array<[string, string]> = [
        ['in_review', 'Bitte prüfen'],
        ['draft', 'Lane fehlt'],
        ['in_review', 'Korrigiert'],
        ['released', 'Freigegeben'],
      ];
      let revision = 1;
      for (const [status, message] of steps) {
        const res = await api(app).patch(`${base}/1`).set('If-Match', `"${revision}"`).send({ status, message });
        assert.equal(res.status, 200, JSON.stringify(res.body));
        revision = res.body.revision;
        assert.equal(res.headers.etag, `"${revision}"`);
      }
      // then it is released with five history entries and the process knows it
      const read = await api(app).get(`${base}/1`);
      assert.equal(read.body.status, 'released');
      assert.deepEqual(
        read.body.statusHistory.map((h: { status: string }) => h.status),
        ['draft', 'in_review', 'draft', 'in_review', 'released'],
      );
      assert.equal(read.body.statusHistory[4].message, 'Freigegeben');
      assert.equal(read.body.statusHistory[4].by, 'tok_testadmin');
      assert.equal((await processDoc())?.releasedDiagramVersion, 1);
    });

    it('answers 409 for a transition the workflow forbids and for any change of a released version', async () => {
      // a draft cannot be released directly
      const skip = await api(app).patch(`${base}/1`).set('If-Match', '"1"').send({ status: 'released' });
      assert.equal(skip.status, 409);
      // once released, nothing changes any more
      await api(app).patch(`${base}/1`).set('If-Match', '"1"').send({ status: 'in_review' }).expect(200);
      await api(app).patch(`${base}/1`).set('If-Match', '"2"').send({ status: 'released' }).expect(200);
      for (const status of ['draft', 'in_review', 'released']) {
        const res = await api(app).patch(`${base}/1`).set('If-Match', '"3"').send({ status });
        assert.equal(res.status, 409);
        assert.match(res.body.detail, /final/);
      }
      assert.equal((await api(app).get(`${base}/1`)).body.revision, 3);
    });

    it('answers 428 without If-Match, 412 with a stale one, 422 for an unknown status', async () => {
      const without = await api(app).patch(`${base}/1`).send({ status: 'in_review' });
      assert.equal(without.status, 428);
      await api(app).patch(`${base}/1`).set('If-Match', '"1"').send({ status: 'in_review' }).expect(200);
      const stale = await api(app).patch(`${base}/1`).set('If-Match', '"1"').send({ status: 'draft' });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      const unknown = await api(app).patch(`${base}/1`).set('If-Match', '"2"').send({ status: 'approved' });
      assert.equal(unknown.status, 422);
      assert.equal(unknown.body.errors[0].field, '/status');
      // and the status is still in_review
      assert.equal((await api(app).get(`${base}/1`)).body.status, 'in_review');
    });

    it('lets only one of two concurrent changes of the same revision win', async () => {
      const [a, b] = await Promise.all([
        api(app).patch(`${base}/1`).set('If-Match', '"1"').send({ status: 'in_review', message: 'A' }),
        api(app).patch(`${base}/1`).set('If-Match', '"1"').send({ status: 'in_review', message: 'B' }),
      ]);
      assert.deepEqual([a.status, b.status].sort(), [200, 412]);
      const read = await api(app).get(`${base}/1`);
      assert.equal(read.body.statusHistory.length, 2);
    });

    it('keeps releasedDiagramVersion rising when an older version is released later', async () => {
      // given version 2 released
      await upload(app, smallBpmn('Zwei')).expect(201);
      for (const [v, r, status] of [
        [2, 1, 'in_review'],
        [2, 2, 'released'],
        [1, 1, 'in_review'],
        [1, 2, 'released'],
      ] as const) {
        await api(app).patch(`${base}/${v}`).set('If-Match', `"${r}"`).send({ status }).expect(200);
      }
      // then the process still names version 2
      assert.equal((await processDoc())?.releasedDiagramVersion, 2);
    });
  });
});
