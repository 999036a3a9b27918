import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, auditSettled, cleanDatabase, givenDepartments, givenProcess } from '@efile/catalogue/testing';
import { DAY_MS } from '../domain/calendar.js';
import {
  as,
  assertMatchesSchema,
  givenAccount,
  givenCallers,
  NOW,
  planningTestApp,
  type TestCaller,
} from '../testPlanning.js';

const PROBLEMS = '/api/v1/rollout/problems';

describe('problems.router', () => {
  let now = NOW;
  let app: Express;
  let callers: Record<'modeller32' | 'manager32' | 'managerAll' | 'consultant32', TestCaller>;
  let owner: string;
  before(async () => {
    app = await planningTestApp({ now: () => now });
  });
  beforeEach(async () => {
    now = NOW;
    await cleanDatabase();
    await givenDepartments('10', '32');
    await givenProcess({ key: 'P-32-1', department: '32' });
    await givenProcess({ key: 'P-10-1', department: '10' });
    await givenProcess({ key: 'B-POST', department: '10', kind: 'base' });
    callers = await givenCallers(app);
    owner = await givenAccount(app, 'lotse32');
  });

  /** A report as the admin: against P-32-1 unless `fields` say otherwise. */
  async function givenProblem(fields: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const res = await api(app)
      .post(PROBLEMS)
      .send({
        title: 'Scanner fehlt',
        description: 'Im Bürgerbüro fehlt ein Scanner.',
        severity: 'high',
        ownerId: owner,
        processKey: 'P-32-1',
        ...fields,
      });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return { id: res.body.id, version: res.body.version };
  }

  describe('POST /api/v1/rollout/problems', () => {
    it('lets a modeller report a problem against a process of their department, open and owned', async () => {
      // when the modeller of 32 reports against P-32-1
      const res = await as(app, callers.modeller32).post(PROBLEMS).send({
        title: 'Aktenplan unklar',
        description: 'Kennzeichen fehlen.',
        severity: 'critical',
        ownerId: owner,
        processKey: 'P-32-1',
      });
      // then it belongs to 32, is open, was made by the modeller and is 0 days old
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assertMatchesSchema('problem-report.schema.json', res.body);
      assert.equal(res.headers.etag, '"1"');
      assert.equal(res.headers.location, `${PROBLEMS}/${res.body.id}`);
      assert.match(res.body.id, /^prb_[a-z0-9]{12}$/);
      assert.equal(res.body.department, '32');
      assert.equal(res.body.status, 'open');
      assert.equal(res.body.createdBy, callers.modeller32.id);
      assert.equal(res.body.createdAt, NOW.toISOString());
      assert.equal(res.body.ageDays, 0);
      assert.deepEqual(res.body.history, []);
    });

    it('takes a report against a department, and against a base process with the department where it occurs', async () => {
      // when reports are made against department 32 and against the base process in 32
      const department = await as(app, callers.modeller32).post(PROBLEMS).send({
        title: 'Schulung fehlt',
        description: 'Niemand ist geschult.',
        severity: 'medium',
        ownerId: owner,
        department: '32',
      });
      const base = await as(app, callers.modeller32).post(PROBLEMS).send({
        title: 'Posteingang hakt',
        description: 'Scan-Workflow.',
        severity: 'low',
        ownerId: owner,
        processKey: 'B-POST',
        department: '32',
      });
      // then both belong to 32
      assert.equal(department.status, 201);
      assert.equal(department.body.department, '32');
      assert.equal(department.body.processKey, undefined);
      assert.equal(base.status, 201, JSON.stringify(base.body));
      assert.equal(base.body.department, '32');
      assert.equal(base.body.processKey, 'B-POST');
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['neither process nor department', { processKey: undefined }, '/department'],
      ['a base process without department', { processKey: 'B-POST' }, '/department'],
      ['a department other than the process’s', { department: '10' }, '/department'],
      ['an unknown process', { processKey: 'P-32-9' }, '/processKey'],
      ['an unknown department', { processKey: undefined, department: '99' }, '/department'],
      ['an owner that is no account', { ownerId: 'acc_doesnotexist1' }, '/ownerId'],
      ['a German severity', { severity: 'hoch' }, '/severity'],
      ['a token as owner', { ownerId: 'tok_testadmin' }, '/ownerId'],
    ];
    for (const [what, fields, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid report is posted
        const body = {
          title: 'Problem',
          description: 'Beschreibung',
          severity: 'high',
          ownerId: owner,
          processKey: 'P-32-1',
          ...fields,
        };
        const res = await api(app).post(PROBLEMS).send(body);
        // then the problem names the field and nothing is stored
        assert.equal(res.status, 422, JSON.stringify(res.body));
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          JSON.stringify(res.body.errors),
        );
        assert.equal((await api(app).get(PROBLEMS)).body.total, 0);
      });
    }

    it('answers 403 to a modeller reporting for another department and to a manager', async () => {
      // when the modeller of 32 reports against 10, and a manager against 32
      const modeller = await as(app, callers.modeller32)
        .post(PROBLEMS)
        .send({ title: 'Problem', description: 'x', severity: 'low', ownerId: owner, processKey: 'P-10-1' });
      const manager = await as(app, callers.managerAll)
        .post(PROBLEMS)
        .send({ title: 'Problem', description: 'x', severity: 'low', ownerId: owner, department: '32' });
      // then both are forbidden
      assert.equal(modeller.status, 403);
      assert.equal(manager.status, 403);
      assert.equal((await api(app).get(PROBLEMS)).body.total, 0);
    });
  });

  describe('GET /api/v1/rollout/problems', () => {
    it('filters by department, status and severity, and computes the age', async () => {
      // given three reports made on different days
      const a = await givenProblem({ severity: 'high' });
      now = new Date(NOW.getTime() + 2 * DAY_MS);
      await givenProblem({ severity: 'low', processKey: 'P-10-1' });
      now = new Date(NOW.getTime() + 3 * DAY_MS);
      await givenProblem({ severity: 'critical', processKey: undefined, department: '32' });
      now = new Date(NOW.getTime() + 5.5 * DAY_MS);
      // when they are listed with filters
      const all = await api(app).get(PROBLEMS);
      const high32 = await api(app).get(`${PROBLEMS}?department=32&severity=high&severity=critical&sort=-severity`);
      const in10 = await api(app).get(`${PROBLEMS}?department=10&status=open`);
      const resolved = await api(app).get(`${PROBLEMS}?status=resolved`);
      // then the newest comes first with its age in whole days
      assert.equal(all.status, 200);
      assertMatchesSchema('problem-report-page.schema.json', all.body);
      assert.deepEqual(
        all.body.items.map((p: { severity: string; ageDays: number }) => [p.severity, p.ageDays]),
        [
          ['critical', 2],
          ['low', 3],
          ['high', 5],
        ],
      );
      assert.deepEqual(
        high32.body.items.map((p: { severity: string }) => p.severity),
        ['critical', 'high'],
      );
      assert.equal(high32.body.items[1].id, a.id);
      assert.equal(in10.body.total, 1);
      assert.equal(in10.body.items[0].department, '10');
      assert.equal(resolved.body.total, 0);
    });

    it('pages the list', async () => {
      // given three reports
      for (let i = 0; i < 3; i++) await givenProblem({ title: `Problem ${i}` });
      // when the second page of two is read
      const res = await api(app).get(`${PROBLEMS}?page=2&pageSize=2`);
      // then it holds the last one
      assert.deepEqual([res.body.total, res.body.page, res.body.pageSize, res.body.items.length], [3, 2, 2, 1]);
    });

    it('shows a manager limited to 32 only the reports of 32, and hides the others (404, audited)', async () => {
      // given a report in 32 and one in 10
      const mine = await givenProblem();
      const other = await givenProblem({ processKey: 'P-10-1' });
      // when the manager of 32 lists them and reads each
      const list = await as(app, callers.manager32).get(PROBLEMS);
      const asked = await as(app, callers.manager32).get(`${PROBLEMS}?department=10`);
      const read = await as(app, callers.manager32).get(`${PROBLEMS}/${mine.id}`);
      const hidden = await as(app, callers.manager32).get(`${PROBLEMS}/${other.id}`);
      // then only 32's report exists for them, and the hidden read is a denial in the audit trail
      assert.deepEqual(
        list.body.items.map((p: { id: string }) => p.id),
        [mine.id],
      );
      assert.equal(asked.body.total, 0);
      assert.equal(read.status, 200);
      assertMatchesSchema('problem-report.schema.json', read.body);
      assert.equal(hidden.status, 404);
      await auditSettled(app);
      const audit = await api(app).get(`/api/v1/audit?actor=${callers.manager32.id}&outcome=denied`);
      assert.deepEqual(
        audit.body.items.map((r: { resource: string; reason: string; department: string }) => [
          r.resource,
          r.reason,
          r.department,
        ]),
        [[`${PROBLEMS}/${other.id}`, 'hidden', '10']],
      );
    });
  });

  describe('PATCH /api/v1/rollout/problems/{id}', () => {
    it('resolves only with a resolution, and reopening keeps the old one in the history', async () => {
      // given an open report, two days old
      const problem = await givenProblem();
      now = new Date(NOW.getTime() + 2 * DAY_MS);
      // when it is resolved without a resolution, then with one
      const without = await as(app, callers.modeller32)
        .patch(`${PROBLEMS}/${problem.id}`)
        .set('If-Match', '"1"')
        .send({ status: 'resolved' });
      const resolved = await as(app, callers.modeller32)
        .patch(`${PROBLEMS}/${problem.id}`)
        .set('If-Match', '"1"')
        .send({ status: 'resolved', resolution: 'Scanner beschafft.' });
      // then the first is refused; the second sets the resolution, its date and a history entry
      assert.equal(without.status, 422);
      assert.equal(without.body.errors[0].field, '/resolution');
      assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
      assertMatchesSchema('problem-report.schema.json', resolved.body);
      assert.equal(resolved.headers.etag, '"2"');
      assert.equal(resolved.body.resolvedAt, now.toISOString());
      assert.equal(resolved.body.resolution, 'Scanner beschafft.');
      assert.deepEqual(resolved.body.history, [
        {
          at: now.toISOString(),
          actorId: callers.modeller32.id,
          from: 'open',
          to: 'resolved',
          resolution: 'Scanner beschafft.',
        },
      ]);
      // and its age stops at the resolution
      now = new Date(NOW.getTime() + 9 * DAY_MS);
      assert.equal((await api(app).get(`${PROBLEMS}/${problem.id}`)).body.ageDays, 2);
      // when it is reopened
      const reopened = await api(app)
        .patch(`${PROBLEMS}/${problem.id}`)
        .set('If-Match', '"2"')
        .send({ status: 'in_progress' });
      // then the resolution is gone from the report but kept in the history, and it ages again
      assert.equal(reopened.status, 200);
      assert.equal(reopened.body.resolution, undefined);
      assert.equal(reopened.body.resolvedAt, undefined);
      assert.equal(reopened.body.ageDays, 9);
      assert.deepEqual(
        reopened.body.history.map((h: { from: string; to: string; resolution?: string }) => [
          h.from,
          h.to,
          h.resolution,
        ]),
        [
          ['open', 'resolved', 'Scanner beschafft.'],
          ['resolved', 'in_progress', undefined],
        ],
      );
    });

    const refused: Array<[string, Record<string, unknown>, string]> = [
      ['a blank resolution', { status: 'resolved', resolution: '   ' }, '/resolution'],
      ['a resolution without resolving', { resolution: 'Erledigt.' }, '/resolution'],
      ['an unknown owner', { ownerId: 'acc_doesnotexist1' }, '/ownerId'],
      ['a change of department', { department: '10' }, '/department'],
    ];
    for (const [what, body, field] of refused) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // given an open report
        const problem = await givenProblem();
        // when it is changed wrongly
        const res = await api(app).patch(`${PROBLEMS}/${problem.id}`).set('If-Match', '"1"').send(body);
        // then nothing changes
        assert.equal(res.status, 422, JSON.stringify(res.body));
        assert.equal(res.body.errors[0].field, field);
        assert.equal((await api(app).get(`${PROBLEMS}/${problem.id}`)).body.version, 1);
      });
    }

    it('answers 428 without If-Match, 412 for an old version, 403 for another department, 404 for an unknown id', async () => {
      // given a report in 10
      const problem = await givenProblem({ processKey: 'P-10-1' });
      // when it is changed wrongly
      const without = await api(app).patch(`${PROBLEMS}/${problem.id}`).send({ severity: 'low' });
      const stale = await api(app).patch(`${PROBLEMS}/${problem.id}`).set('If-Match', '"5"').send({ severity: 'low' });
      const modeller = await as(app, callers.modeller32)
        .patch(`${PROBLEMS}/${problem.id}`)
        .set('If-Match', '"1"')
        .send({ severity: 'low' });
      const unknown = await api(app)
        .patch(`${PROBLEMS}/prb_000000000000`)
        .set('If-Match', '"1"')
        .send({ severity: 'low' });
      // then
      assert.deepEqual([without.status, stale.status, modeller.status, unknown.status], [428, 412, 403, 404]);
      assert.equal((await api(app).get(`${PROBLEMS}/${problem.id}`)).body.severity, 'high');
    });

    it('lets the consultant of 32 change the title, severity and owner', async () => {
      // given a report in 32 and another account
      const problem = await givenProblem();
      const other = await givenAccount(app, 'berater');
      // when the consultant changes it
      const res = await as(app, callers.consultant32)
        .patch(`${PROBLEMS}/${problem.id}`)
        .set('If-Match', '"1"')
        .send({ title: 'Scanner defekt', severity: 'medium', ownerId: other });
      // then
      assert.equal(res.status, 200);
      assert.deepEqual(
        [res.body.title, res.body.severity, res.body.ownerId, res.body.status],
        ['Scanner defekt', 'medium', other, 'open'],
      );
      assert.deepEqual(res.body.history, []);
    });
  });
});
