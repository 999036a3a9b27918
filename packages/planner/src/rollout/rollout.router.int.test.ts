import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import { api, auditSettled, givenDepartments, givenProcess, testConnection } from '@efile/catalogue/testing';
import { auditModel } from '@efile/catalogue';
import { stageEventModel } from './stageEvent.model.js';
import {
  as,
  cleanRollout,
  givenCaller,
  givenDepartmentProcess,
  givenSteps,
  NOW,
  rolloutTestApp,
  type Caller,
} from './testRollout.js';

const events = (key: string) => `/api/v1/rollout/processes/${key}/events`;

describe('rollout router', () => {
  let app: Express;
  before(async () => {
    app = await rolloutTestApp();
  });
  beforeEach(async () => {
    await cleanRollout();
    await givenDepartments('10', '32', '51');
    await givenDepartmentProcess('P-32-0001');
    await givenDepartmentProcess('P-51-0001');
  });

  describe('GET /rollout/processes/:key', () => {
    it('answers a process without events as not started, with ETag "0"', async () => {
      // given a process without stage events
      // when its rollout state is read
      const res = await api(app).get('/api/v1/rollout/processes/P-32-0001');
      // then it is not started, with no support level, no date and no events
      assert.equal(res.status, 200);
      assert.equal(res.headers.etag, '"0"');
      assert.deepEqual(
        { stage: res.body.stage, support: res.body.support, since: res.body.since, events: res.body.events },
        { stage: 'not_started', support: null, since: null, events: 0 },
      );
      assert.equal(res.body.department, '32');
      assert.equal(res.body.kind, 'department');
    });

    it('answers 404 for a process that does not exist', async () => {
      // when an unknown process is read
      const res = await api(app).get('/api/v1/rollout/processes/P-32-9999');
      // then it is not found
      assert.equal(res.status, 404);
      assert.equal(res.type, 'application/problem+json');
    });
  });

  describe('POST /rollout/processes/:key/events', () => {
    it('records a change and derives the current stage and the timeline from it', async () => {
      // given a process without events
      // when a change to analysis is recorded against seq 0
      const res = await api(app)
        .post(events('P-32-0001'))
        .set('If-Match', '"0"')
        .send({ to: 'analysis', support: 'consulting', note: 'Kick-off mit dem Amt' });
      // then the event is recorded by the caller's id, with seq 1 as its ETag
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers.etag, '"1"');
      assert.equal(res.headers.location, '/api/v1/rollout/processes/P-32-0001/events');
      assert.deepEqual(
        { ...res.body, recordedAt: undefined },
        {
          processKey: 'P-32-0001',
          department: '32',
          seq: 1,
          at: NOW.toISOString(),
          from: 'not_started',
          to: 'analysis',
          support: 'consulting',
          actorId: 'tok_testadmin',
          note: 'Kick-off mit dem Amt',
          recordedAt: undefined,
        },
      );
      // and the current stage and the timeline show it
      const state = await api(app).get('/api/v1/rollout/processes/P-32-0001').expect(200);
      assert.equal(state.headers.etag, '"1"');
      assert.deepEqual(
        [state.body.stage, state.body.support, state.body.since, state.body.events],
        ['analysis', 'consulting', NOW.toISOString(), 1],
      );
      const timeline = await api(app).get(events('P-32-0001')).expect(200);
      assert.equal(timeline.headers.etag, '"1"');
      assert.deepEqual(
        timeline.body.items.map((e: { seq: number; to: string }) => [e.seq, e.to]),
        [[1, 'analysis']],
      );
      // and it is stored under <key>#<seq>
      const stored = await stageEventModel(await testConnection())
        .findOne({ _id: 'P-32-0001#000001' })
        .lean();
      assert.equal(stored?.to, 'analysis');
    });

    it('lists the timeline oldest first', async () => {
      // given three changes with explicit dates
      await givenSteps(app, [
        { key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' },
        { key: 'P-32-0001', to: 'live', at: '2026-02-02T09:00:00Z', support: 'self_service' },
        { key: 'P-32-0001', to: 'pilot', at: '2026-02-10T09:00:00Z', reason: 'Scanner fehlt' },
      ]);
      // when the timeline is read
      const res = await api(app).get(events('P-32-0001')).expect(200);
      // then the events come oldest first, each starting where the previous ended
      assert.deepEqual(
        res.body.items.map((e: { seq: number; from: string; to: string; at: string }) => [e.seq, e.from, e.to, e.at]),
        [
          [1, 'not_started', 'analysis', '2026-01-05T09:00:00.000Z'],
          [2, 'analysis', 'live', '2026-02-02T09:00:00.000Z'],
          [3, 'live', 'pilot', '2026-02-10T09:00:00.000Z'],
        ],
      );
      assert.equal(res.body.items[2].reason, 'Scanner fehlt');
    });

    it('answers 428 without If-Match and 412 with an outdated one', async () => {
      // given a process with one event
      await givenSteps(app, [{ key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' }]);
      // when a change comes without If-Match
      const missing = await api(app).post(events('P-32-0001')).send({ to: 'modelled', support: 'consulting' });
      // then it needs one
      assert.equal(missing.status, 428);
      // when a change names seq 0 although the latest is 1
      const stale = await api(app)
        .post(events('P-32-0001'))
        .set('If-Match', '"0"')
        .send({ to: 'modelled', support: 'consulting' });
      // then the client's view was stale, and the current seq is named
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 1);
      // and nothing was recorded
      const state = await api(app).get('/api/v1/rollout/processes/P-32-0001').expect(200);
      assert.equal(state.body.stage, 'analysis');
    });

    const invalid: Array<{ name: string; given: string[]; body: Record<string, unknown>; field: string }> = [
      { name: 'the same stage again', given: ['analysis'], body: { to: 'analysis' }, field: '/to' },
      { name: 'moving back without a reason', given: ['analysis', 'live'], body: { to: 'pilot' }, field: '/reason' },
      {
        name: 'moving back with a blank reason',
        given: ['modelled'],
        body: { to: 'analysis', reason: '  ' },
        field: '/reason',
      },
      { name: 'not applicable without a reason', given: [], body: { to: 'not_applicable' }, field: '/reason' },
      {
        name: 'back into scope without a reason',
        given: ['not_applicable'],
        body: { to: 'analysis' },
        field: '/reason',
      },
      { name: 'a date in the future', given: [], body: { to: 'analysis', at: '2026-03-05T00:00:00Z' }, field: '/at' },
      {
        name: 'a date before the previous event',
        given: ['analysis'],
        body: { to: 'modelled', at: '2026-01-01T00:00:00Z' },
        field: '/at',
      },
      { name: 'an unknown stage', given: [], body: { to: 'done' }, field: '/to' },
    ];
    for (const { name, given, body, field } of invalid) {
      it(`refuses ${name} with 422 naming ${field}`, async () => {
        // given the process's history
        await givenSteps(
          app,
          given.map((to, i) => ({
            key: 'P-32-0001',
            to,
            at: `2026-01-0${i + 2}T09:00:00Z`,
            ...(to === 'not_applicable' || i > 0 ? { reason: 'Neu bewertet' } : {}),
          })),
        );
        // when the change is sent against the latest seq
        const res = await api(app)
          .post(events('P-32-0001'))
          .set('If-Match', `"${given.length}"`)
          .send({ support: 'consulting', ...body });
        // then it is refused, naming the field
        assert.equal(res.status, 422, JSON.stringify(res.body));
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          JSON.stringify(res.body.errors),
        );
        // and nothing was recorded
        const state = await api(app).get('/api/v1/rollout/processes/P-32-0001').expect(200);
        assert.equal(state.body.events, given.length);
      });
    }

    it('records going back and leaving the scope when a reason is given', async () => {
      // given a process that went live
      await givenSteps(app, [{ key: 'P-32-0001', to: 'live', at: '2026-01-05T09:00:00Z' }]);
      // when it moves back with a reason, then out of scope with a reason
      const back = await api(app)
        .post(events('P-32-0001'))
        .set('If-Match', '"1"')
        .send({ to: 'pilot', support: 'consulting', reason: 'Schnittstelle fehlt' });
      const out = await api(app)
        .post(events('P-32-0001'))
        .set('If-Match', '"2"')
        .send({ to: 'not_applicable', support: 'consulting', reason: 'Aufgabe entfällt' });
      // then both are recorded with their reasons
      assert.equal(back.status, 201);
      assert.equal(back.body.reason, 'Schnittstelle fehlt');
      assert.equal(out.status, 201);
      assert.equal(out.body.from, 'pilot');
    });

    it('refuses base processes and archived processes with 409', async () => {
      // given a base process and an archived department process
      await givenProcess({ key: 'B-POSTEINGANG', department: '10', kind: 'base' });
      await givenDepartmentProcess('P-32-0002', { archived: true });
      // when a stage change is sent for each
      const base = await api(app)
        .post(events('B-POSTEINGANG'))
        .set('If-Match', '"0"')
        .send({ to: 'analysis', support: 'full_service' });
      const archived = await api(app)
        .post(events('P-32-0002'))
        .set('If-Match', '"0"')
        .send({ to: 'analysis', support: 'consulting' });
      // then both conflict with the rules, saying why
      assert.equal(base.status, 409);
      assert.match(base.body.detail, /base process/);
      assert.equal(archived.status, 409);
      assert.match(archived.body.detail, /archived/);
    });

    it('lets a consultant change only processes of their departments (403 otherwise), and a manager none', async () => {
      // given a consultant assigned to 32 and a manager
      const consultant = await givenCaller(app, 'consultant', ['32']);
      const manager = await givenCaller(app, 'manager', [], true);
      const send = (caller: Caller, key: string) =>
        as(app, caller).post(events(key)).set('If-Match', '"0"').send({ to: 'analysis', support: 'self_service' });
      // when each changes a process of 32 and one of 51
      const own = await send(consultant, 'P-32-0001');
      const other = await send(consultant, 'P-51-0001');
      const managed = await send(manager, 'P-32-0001');
      // then only the consultant's own department's change is recorded, by the consultant's token id
      assert.equal(own.status, 201);
      assert.equal(own.body.actorId, consultant.id);
      assert.equal(other.status, 403);
      assert.equal(managed.status, 403);
      // and the refusal is in the audit trail
      await auditSettled(app);
      const denied = await auditModel(await testConnection())
        .find({ actorId: consultant.id, outcome: 'denied' })
        .lean();
      assert.equal(denied.length, 1);
    });

    it('answers 401 to anonymous callers', async () => {
      // when nobody signed in sends a change
      const res = await request(app).post(events('P-32-0001')).set('If-Match', '"0"').send({ to: 'analysis' });
      // then they must sign in
      assert.equal(res.status, 401);
    });

    it('records exactly one of five concurrent changes made against the same seq', async () => {
      // given a process with one event
      await givenSteps(app, [{ key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' }]);
      // when five changes are sent at once, all against seq 1
      const targets = ['modelled', 'efile_configured', 'pilot', 'live', 'modelled'];
      const results: request.Response[] = await Promise.all(
        targets.map((to) =>
          api(app).post(events('P-32-0001')).set('If-Match', '"1"').send({ to, support: 'consulting' }),
        ),
      );
      // then one is recorded and the others are told their view was stale
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, 412, 412, 412, 412]);
      // and the history holds exactly two events, the second being the one that won
      const winner = results.find((r) => r.status === 201)!;
      const stored = await stageEventModel(await testConnection())
        .find({ processKey: 'P-32-0001' })
        .lean();
      assert.deepEqual(stored.map((e) => e.seq).sort(), [1, 2]);
      const timeline = await api(app).get(events('P-32-0001')).expect(200);
      assert.equal(timeline.body.items[1].to, winner.body.to);
    });
  });
});
