import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import { api, auditSettled, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { auditModel, type AuditDoc } from './audit.model.js';

const V1 = '/api/v1';
const PROBLEM = /application\/problem\+json/;

/** The audit records written since the test started, oldest first (a late write of an earlier test cannot count). */
async function trailSince(since: Date): Promise<AuditDoc[]> {
  const model = auditModel(await testConnection());
  return model
    .find({ at: { $gte: since } })
    .sort({ _id: 1 })
    .lean<AuditDoc[]>()
    .exec();
}

/** Splits CSV text (`;`, `"` quoting, CRLF) into rows of unquoted cells. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

async function auditCount(): Promise<number> {
  return auditModel(await testConnection())
    .countDocuments({})
    .exec();
}

/** Stores audit records directly (fixtures for queries): `_id` is `<at>_<name>` like the writer's. */
async function insertRecords(records: Array<Partial<AuditDoc> & { name: string; at: Date }>): Promise<void> {
  const model = auditModel(await testConnection());
  await model.insertMany(
    records.map(({ name, ...r }) => ({
      _id: `${r.at.toISOString()}_${name}`,
      actorId: 'acc_fixture00000001',
      role: 'admin',
      action: 'process:write',
      method: 'PATCH',
      resource: `${V1}/processes/P-1`,
      status: 200,
      outcome: 'success',
      ...r,
    })),
  );
}

/** A real API token of a manager of department 32 (created through POST /api/v1/tokens as admin). */
async function managerToken(app: Express): Promise<{ id: string; secret: string }> {
  const res = await api(app)
    .post(`${V1}/tokens`)
    .send({ name: 'Amtsleitung 32', role: 'manager', departments: ['32'], allDepartments: false });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { id: res.body.token.id as string, secret: res.body.secret as string };
}

async function createDepartment(app: Express, code: string): Promise<void> {
  await api(app)
    .post(`${V1}/departments`)
    .send({ code, name: `Amt ${code}`, shortName: code })
    .expect(201);
}

describe('audit', () => {
  let app: Express;
  let started: Date;
  before(async () => {
    app = await testApp();
  });
  beforeEach(async () => {
    await auditSettled(app);
    await cleanDatabase();
    started = new Date();
  });
  afterEach(() => auditSettled(app));

  describe('auditTrail', () => {
    it('writes one record per change with actor, role, action, resource, versions, status and request id', async () => {
      // given an empty catalogue
      // when the admin creates a department and then changes it against version 1
      const created = await api(app).post(`${V1}/departments`).send({ code: '32', name: 'Amt 32', shortName: '32' });
      const changed = await api(app)
        .patch(`${V1}/departments/32`)
        .set('If-Match', '"1"')
        .send({ shortName: 'Ordnung' });
      await auditSettled(app);
      // then there is exactly one record for each, in that order
      assert.equal(created.status, 201);
      assert.equal(changed.status, 200);
      const [create, patch, ...rest] = await trailSince(started);
      assert.deepEqual(rest, []);
      assert.ok(create && patch);
      assert.deepEqual(
        {
          actorId: create.actorId,
          role: create.role,
          action: create.action,
          method: create.method,
          resource: create.resource,
          versionBefore: create.versionBefore,
          versionAfter: create.versionAfter,
          status: create.status,
          outcome: create.outcome,
          reason: create.reason,
          requestId: create.requestId,
        },
        {
          actorId: 'tok_testadmin',
          role: 'admin',
          action: 'department:write',
          method: 'POST',
          resource: `${V1}/departments`,
          versionBefore: undefined,
          versionAfter: 1,
          status: 201,
          outcome: 'success',
          reason: undefined,
          requestId: created.headers['x-request-id'],
        },
      );
      assert.deepEqual(
        {
          actorId: patch.actorId,
          role: patch.role,
          action: patch.action,
          method: patch.method,
          resource: patch.resource,
          versionBefore: patch.versionBefore,
          versionAfter: patch.versionAfter,
          status: patch.status,
          outcome: patch.outcome,
          requestId: patch.requestId,
        },
        {
          actorId: 'tok_testadmin',
          role: 'admin',
          action: 'department:write',
          method: 'PATCH',
          resource: `${V1}/departments/32`,
          versionBefore: 1,
          versionAfter: 2,
          status: 200,
          outcome: 'success',
          requestId: changed.headers['x-request-id'],
        },
      );
      assert.equal(typeof create.requestId, 'string');
    });

    it('writes one denied record for an anonymous change', async () => {
      // when nobody signed in tries to create a department
      const res = await request(app).post(`${V1}/departments`).send({ code: '32', name: 'Amt 32', shortName: '32' });
      await auditSettled(app);
      // then it is refused and that attempt is the one record
      assert.equal(res.status, 401);
      const records = await trailSince(started);
      assert.equal(records.length, 1);
      const [denied] = records;
      assert.equal(denied!.actorId, 'anonymous');
      assert.equal(denied!.role, undefined);
      assert.equal(denied!.outcome, 'denied');
      assert.equal(denied!.status, 401);
      assert.equal(denied!.reason, 'unauthenticated');
      assert.equal(denied!.method, 'POST');
      assert.equal(denied!.resource, `${V1}/departments`);
      assert.equal(denied!.requestId, res.headers['x-request-id']);
    });

    const silent: Array<[string, (app: Express) => request.Test, number]> = [
      ['a list', (a) => api(a).get(`${V1}/departments`), 200],
      ['a read', (a) => api(a).get(`${V1}/departments/32`), 200],
      ['a read of the trail itself', (a) => api(a).get(`${V1}/audit`), 200],
      ['a read of something missing', (a) => api(a).get(`${V1}/departments/99`), 404],
      [
        'a validation failure',
        (a) => api(a).post(`${V1}/departments`).send({ code: 'AB', name: 'X', shortName: 'X' }),
        422,
      ],
      ['a change without If-Match', (a) => api(a).patch(`${V1}/departments/32`).send({ shortName: 'Y' }), 428],
      [
        'a change against a stale version',
        (a) => api(a).patch(`${V1}/departments/32`).set('If-Match', '"7"').send({ shortName: 'Y' }),
        412,
      ],
      [
        'a conflict',
        (a) => api(a).post(`${V1}/departments`).send({ code: '32', name: 'Amt 32', shortName: '32' }),
        409,
      ],
    ];
    for (const [what, send, status] of silent) {
      it(`writes nothing for ${what} (${status})`, async () => {
        // given department 32, whose creation is recorded
        await createDepartment(app, '32');
        await auditSettled(app);
        const before = (await trailSince(started)).length;
        // when the request is made
        const res = await send(app);
        await auditSettled(app);
        // then it answers as expected and the trail did not grow
        assert.equal(res.status, status, JSON.stringify(res.body));
        assert.equal(before, 1);
        assert.equal((await trailSince(started)).length, before);
      });
    }

    it('records the denial of a hidden resource with the reason hidden and its department', async () => {
      // given a process of department 33 and a manager of department 32 only
      await createDepartment(app, '32');
      await createDepartment(app, '33');
      await api(app)
        .post(`${V1}/processes`)
        .send({ key: 'P-33-1', name: 'Gewerbeanmeldung', department: '33', kind: 'department' })
        .expect(201);
      const manager = await managerToken(app);
      await auditSettled(app);
      const since = new Date();
      // when the manager asks for it
      const res = await request(app).get(`${V1}/processes/P-33-1`).set('Authorization', `Bearer ${manager.secret}`);
      await auditSettled(app);
      // then it does not exist for them, and the attempt is recorded
      assert.equal(res.status, 404);
      const records = await trailSince(since);
      assert.equal(records.length, 1);
      assert.equal(records[0]!.actorId, manager.id);
      assert.equal(records[0]!.reason, 'hidden');
      assert.equal(records[0]!.department, '33');
      assert.equal(records[0]!.outcome, 'denied');
    });
  });

  describe('GET /api/v1/audit', () => {
    const t = (minute: number) => new Date(Date.UTC(2025, 0, 15, 10, minute));
    beforeEach(async () => {
      await insertRecords([
        { name: 'a', at: t(0), actorId: 'acc_alice000000000001', resource: `${V1}/processes/P-1` },
        { name: 'b', at: t(1), actorId: 'acc_bob00000000000002', resource: `${V1}/processes/P-1/diagrams` },
        { name: 'c', at: t(2), actorId: 'acc_alice000000000001', resource: `${V1}/processes/P-10` },
        {
          name: 'd',
          at: t(3),
          actorId: 'anonymous',
          role: undefined,
          resource: `${V1}/processes/P-1`,
          status: 401,
          outcome: 'denied',
          reason: 'unauthenticated',
        },
        { name: 'e', at: t(4), actorId: 'acc_bob00000000000002', resource: `${V1}/departments/32` },
      ]);
    });

    const names = (items: Array<{ id: string }>) => items.map((r) => r.id.split('_').pop());

    const filters: Array<[string, string, string[]]> = [
      ['no filter, newest first', '', ['e', 'd', 'c', 'b', 'a']],
      ['an actor', 'actor=acc_alice000000000001', ['c', 'a']],
      ['a resource and what lies below it, not its namesakes', `resource=${V1}/processes/P-1`, ['d', 'b', 'a']],
      ['a resource with a trailing slash', `resource=${V1}/processes/P-1/`, ['d', 'b', 'a']],
      ['a resource prefix of everything', `resource=${V1}/processes`, ['d', 'c', 'b', 'a']],
      ['the outcome denied', 'outcome=denied', ['d']],
      ['the outcome success', 'outcome=success', ['e', 'c', 'b', 'a']],
      ['from (inclusive)', `from=${t(3).toISOString()}`, ['e', 'd']],
      ['to (exclusive)', `to=${t(2).toISOString()}`, ['b', 'a']],
      ['from and to', `from=${t(1).toISOString()}&to=${t(3).toISOString()}`, ['c', 'b']],
      ['actor and resource together', `actor=acc_bob00000000000002&resource=${V1}/processes/P-1`, ['b']],
      ['an actor nobody is', 'actor=acc_nobody', []],
    ];
    for (const [what, query, expected] of filters) {
      it(`filters by ${what}`, async () => {
        // when the admin queries the trail
        const res = await api(app).get(`${V1}/audit?${query}`);
        // then exactly the matching records come, newest first
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.deepEqual(names(res.body.items), expected);
        assert.equal(res.body.total, expected.length);
      });
    }

    it('pages through the records', async () => {
      // when the second and third page of two are asked for
      const second = await api(app).get(`${V1}/audit?page=2&pageSize=2`);
      const third = await api(app).get(`${V1}/audit?page=3&pageSize=2`);
      // then they hold the next records, and the total counts all
      assert.equal(second.status, 200);
      assert.deepEqual(names(second.body.items), ['c', 'b']);
      assert.deepEqual(
        { total: second.body.total, page: second.body.page, pageSize: second.body.pageSize },
        { total: 5, page: 2, pageSize: 2 },
      );
      assert.deepEqual(names(third.body.items), ['a']);
    });

    it('shows a record in the API shape', async () => {
      // when the denied record is read
      const res = await api(app).get(`${V1}/audit?outcome=denied`);
      // then it has the record's fields and nothing of the storage
      assert.deepEqual(res.body.items[0], {
        id: `${t(3).toISOString()}_d`,
        at: t(3).toISOString(),
        actorId: 'anonymous',
        action: 'process:write',
        method: 'PATCH',
        resource: `${V1}/processes/P-1`,
        status: 401,
        outcome: 'denied',
        reason: 'unauthenticated',
      });
    });

    it('answers 400 for an unknown filter', async () => {
      const res = await api(app).get(`${V1}/audit?user=alice`);
      assert.equal(res.status, 400);
      assert.match(res.headers['content-type'] ?? '', PROBLEM);
    });
  });

  describe('GET /api/v1/audit/export', () => {
    beforeEach(async () => {
      await insertRecords([
        { name: 'a', at: new Date('2025-02-01T08:00:00.000Z'), requestId: 'req-1', versionBefore: 3, versionAfter: 4 },
        {
          name: 'b',
          at: new Date('2025-02-01T09:00:00.000Z'),
          actorId: 'anonymous',
          role: undefined,
          method: 'POST',
          resource: '=HYPERLINK("http://evil";"klick")',
          status: 401,
          outcome: 'denied',
          reason: '@SUM(1;2)',
        },
        {
          name: 'c',
          at: new Date('2025-02-01T10:00:00.000Z'),
          actorId: '+acc_plus',
          resource: `${V1}/departments/32`,
          reason: '-1',
        },
      ]);
    });

    it('exports CSV with BOM, semicolons, a header and one line per record, oldest first', async () => {
      // when the trail is exported as CSV
      const res = await api(app).get(`${V1}/audit/export?format=csv`).buffer(true);
      // then it is a spreadsheet-ready attachment
      assert.equal(res.status, 200);
      assert.match(res.headers['content-type'] ?? '', /^text\/csv; charset=utf-8/);
      assert.match(res.headers['content-disposition'] ?? '', /^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
      assert.equal(res.text.charCodeAt(0), 0xfeff);
      const lines = res.text.slice(1).split('\r\n');
      assert.equal(lines.pop(), '');
      assert.equal(
        lines[0],
        'at;actorId;role;action;method;resource;department;versionBefore;versionAfter;status;outcome;reason;requestId;id',
      );
      assert.equal(lines.length, 4);
      assert.equal(
        lines[1],
        `2025-02-01T08:00:00.000Z;acc_fixture00000001;admin;process:write;PATCH;${V1}/processes/P-1;;3;4;200;success;;req-1;2025-02-01T08:00:00.000Z_a`,
      );
    });

    it('makes cells that a spreadsheet would run as formulas inert', async () => {
      // when records with = + - @ at the start of cells are exported
      const res = await api(app).get(`${V1}/audit/export`).buffer(true);
      // then those cells start with an apostrophe, and cells with ; or " are quoted
      assert.equal(res.status, 200);
      const [, , b, c] = res.text.slice(1).split('\r\n');
      assert.ok(b!.includes(`;"'=HYPERLINK(""http://evil"";""klick"")";`), b);
      assert.ok(b!.includes(`;"'@SUM(1;2)";`), b);
      assert.ok(c!.startsWith(`2025-02-01T10:00:00.000Z;'+acc_plus;`), c);
      assert.ok(c!.includes(`;'-1;`), c);
      const rows = csvRows(res.text.slice(1));
      assert.equal(rows.length, 4);
      assert.ok(rows.every((row) => row.length === 14));
      for (const cell of rows.flat()) assert.doesNotMatch(cell, /^[=+\-@]/);
      assert.equal(rows[2]![5], `'=HYPERLINK("http://evil";"klick")`);
    });

    it('exports JSON as an array of records with the same filter', async () => {
      // when the denied records are exported as JSON
      const res = await api(app).get(`${V1}/audit/export?format=json&outcome=success`);
      // then it is an array, oldest first
      assert.equal(res.status, 200);
      assert.match(res.headers['content-type'] ?? '', /^application\/json/);
      assert.match(res.headers['content-disposition'] ?? '', /filename="audit-\d{4}-\d{2}-\d{2}\.json"$/);
      assert.ok(Array.isArray(res.body));
      assert.deepEqual(
        (res.body as Array<{ id: string }>).map((r) => r.id),
        ['2025-02-01T08:00:00.000Z_a', '2025-02-01T10:00:00.000Z_c'],
      );
      assert.equal(res.body[0].requestId, 'req-1');
    });
  });

  describe('immutability', () => {
    const attempts: Array<['post' | 'put' | 'patch' | 'delete', string]> = [
      ['post', `${V1}/audit`],
      ['put', `${V1}/audit`],
      ['patch', `${V1}/audit`],
      ['delete', `${V1}/audit`],
      ['post', `${V1}/audit/RECORD`],
      ['put', `${V1}/audit/RECORD`],
      ['patch', `${V1}/audit/RECORD`],
      ['delete', `${V1}/audit/RECORD`],
      ['delete', `${V1}/audit/export`],
    ];
    for (const [method, path] of attempts) {
      it(`refuses ${method.toUpperCase()} ${path.replace('RECORD', '<id>')} and keeps every record`, async () => {
        // given a recorded change
        await createDepartment(app, '32');
        await auditSettled(app);
        const [record] = await trailSince(started);
        const before = await auditCount();
        // when the admin tries to change or delete the trail
        const admin = api(app);
        const target = path.replace('RECORD', encodeURIComponent(record!._id));
        const res = await admin[method](target).send({ actorId: 'someone-else', outcome: 'success' });
        await auditSettled(app);
        // then there is no such route, and the records are as they were
        assert.ok([404, 405].includes(res.status), String(res.status));
        assert.match(res.headers['content-type'] ?? '', PROBLEM);
        assert.equal(await auditCount(), before);
        const after = await auditModel(await testConnection())
          .findOne({ _id: record!._id })
          .lean<AuditDoc>()
          .exec();
        assert.deepEqual(after, record);
      });
    }
  });

  describe('access', () => {
    for (const path of [`${V1}/audit`, `${V1}/audit/export`]) {
      it(`answers 403 to a manager on ${path} and records that denial`, async () => {
        // given a manager's API token
        await createDepartment(app, '32');
        const manager = await managerToken(app);
        await auditSettled(app);
        const since = new Date();
        // when the manager reads the trail
        const res = await request(app).get(path).set('Authorization', `Bearer ${manager.secret}`);
        await auditSettled(app);
        // then it is forbidden, and the attempt is in the trail
        assert.equal(res.status, 403);
        assert.match(res.headers['content-type'] ?? '', PROBLEM);
        const records = await trailSince(since);
        assert.equal(records.length, 1);
        assert.deepEqual(
          {
            actorId: records[0]!.actorId,
            role: records[0]!.role,
            action: records[0]!.action,
            method: records[0]!.method,
            resource: records[0]!.resource,
            status: records[0]!.status,
            outcome: records[0]!.outcome,
            reason: records[0]!.reason,
          },
          {
            actorId: manager.id,
            role: 'manager',
            action: 'audit:read',
            method: 'GET',
            resource: path,
            status: 403,
            outcome: 'denied',
            reason: 'forbidden',
          },
        );
      });
    }

    it('answers 401 to nobody signed in', async () => {
      const res = await request(app).get(`${V1}/audit`);
      assert.equal(res.status, 401);
    });
  });

  describe('the count', () => {
    it('holds exactly one record per successful change and per denial of a mixed sequence', async () => {
      // given an admin, a manager of department 32 (made during the sequence), nobody and a bad token
      let managerSecret = '';
      const admin = () => api(app);
      const manager = () => ({
        get: (p: string) => request(app).get(p).set('Authorization', `Bearer ${managerSecret}`),
        post: (p: string) => request(app).post(p).set('Authorization', `Bearer ${managerSecret}`),
        patch: (p: string) => request(app).patch(p).set('Authorization', `Bearer ${managerSecret}`),
      });
      const nobody = () => request(app);
      const forged = () => request(app).get(`${V1}/departments`).set('Authorization', 'Bearer efr_tok_forged000_xyz');
      const P32 = `${V1}/processes/P-32-1`;
      const P33 = `${V1}/processes/P-33-1`;
      const dept = (code: string) => ({ code, name: `Amt ${code}`, shortName: code });
      const proc = (key: string, department: string) => ({
        key,
        name: `Prozess ${key}`,
        department,
        kind: 'department',
      });
      // each step: what is sent, the status it must get, and what the trail should make of it
      const steps: Array<[() => request.Test, number, 'change' | 'denial' | 'none']> = [
        [() => admin().post(`${V1}/departments`).send(dept('32')), 201, 'change'],
        [() => admin().post(`${V1}/departments`).send(dept('33')), 201, 'change'],
        [
          () =>
            admin()
              .post(`${V1}/tokens`)
              .send({ name: 'Leitung', role: 'manager', departments: ['32'] }),
          201,
          'change',
        ],
        [() => admin().post(`${V1}/processes`).send(proc('P-32-1', '32')), 201, 'change'],
        [() => admin().post(`${V1}/processes`).send(proc('P-33-1', '33')), 201, 'change'],
        [() => admin().get(`${V1}/departments`), 200, 'none'],
        [() => admin().get(P32), 200, 'none'],
        [() => admin().patch(P32).set('If-Match', '"1"').send({ name: 'Neu' }), 200, 'change'],
        [() => admin().patch(P32).send({ name: 'Ohne' }), 428, 'none'],
        [() => admin().patch(P32).set('If-Match', '"1"').send({ name: 'Alt' }), 412, 'none'],
        [() => admin().post(`${V1}/departments`).send({ code: 'AB' }), 422, 'none'],
        [() => admin().post(`${V1}/departments`).send(dept('32')), 409, 'none'],
        [() => admin().get(`${V1}/nothing-here`), 404, 'none'],
        [() => nobody().get(`${V1}/departments`), 401, 'denial'],
        [() => nobody().post(`${V1}/departments`).send(dept('34')), 401, 'denial'],
        [() => nobody().patch(P32).set('If-Match', '"2"').send({ name: 'X' }), 401, 'denial'],
        [() => nobody().get('/healthz'), 200, 'none'],
        [() => manager().get(P32), 200, 'none'],
        [() => manager().get(P33), 404, 'denial'],
        [() => manager().post(`${V1}/departments`).send(dept('35')), 403, 'denial'],
        [() => manager().patch(P32).set('If-Match', '"2"').send({ name: 'Y' }), 403, 'denial'],
        [() => manager().get(`${V1}/audit`), 403, 'denial'],
        [() => manager().get(`${V1}/tokens`), 403, 'denial'],
        [() => manager().get(`${V1}/departments`), 200, 'none'],
        [() => forged(), 401, 'denial'],
        [() => admin().delete(P33).set('If-Match', '"1"'), 200, 'change'],
        [() => admin().post(`${P33}/restore`).set('If-Match', '"2"'), 200, 'change'],
        [() => admin().patch(`${V1}/departments/33`).set('If-Match', '"1"').send({ shortName: 'A33' }), 200, 'change'],
        [() => admin().get(`${V1}/audit`), 200, 'none'],
        [() => admin().get(`${V1}/audit/export`), 200, 'none'],
        [() => admin().delete(`${V1}/audit`), 404, 'none'],
        [() => nobody().get(`${V1}/audit`), 401, 'denial'],
      ];
      // when the steps run one after another
      for (const [i, [send, status]] of steps.entries()) {
        const res = await send();
        assert.equal(res.status, status, `step ${i}: ${JSON.stringify(res.body)}`);
        if (i === 2) managerSecret = res.body.secret as string;
      }
      await auditSettled(app);
      // then the trail holds exactly the changes and the denials, each counted once
      const changes = steps.filter(([, , effect]) => effect === 'change').length;
      const denials = steps.filter(([, , effect]) => effect === 'denial').length;
      const records = await trailSince(started);
      assert.equal(steps.length, 32);
      assert.deepEqual({ changes, denials }, { changes: 9, denials: 10 });
      assert.equal(records.filter((r) => r.outcome === 'success').length, changes);
      assert.equal(records.filter((r) => r.outcome === 'denied').length, denials);
      assert.equal(records.length, changes + denials);
      assert.equal(await auditCount(), changes + denials);
    });
  });
});
