import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { auditModel, type AuditDoc } from './audit.model.js';
import { AuditRetention, auditPseudonym, pseudonymiseAuditRecords } from './auditRetention.js';

const DAY_MS = 86_400_000;
const SECRET = 'retention-test-secret-0123456789abcdef';
const NOW = new Date('2026-06-01T12:00:00.000Z');
const ALICE = 'acc_alice00000000001';
const BOB = 'acc_bob0000000000002';
const CAROL = 'acc_carol00000000003';
const ROBOT = 'tok_robot00000000004';

const daysAgo = (days: number, from = NOW) => new Date(from.getTime() - days * DAY_MS);

async function model() {
  return auditModel(await testConnection());
}

/** Stores audit records directly: `_id` is `<at>_<name>` like the writer's. */
async function insertRecords(records: Array<Partial<AuditDoc> & { name: string; at: Date }>): Promise<void> {
  await (
    await model()
  ).insertMany(
    records.map(({ name, ...r }) => ({
      _id: `${r.at.toISOString()}_${name}`,
      actorId: ALICE,
      role: 'admin',
      action: 'process:write',
      method: 'PATCH',
      resource: '/api/v1/processes/P-1',
      status: 200,
      outcome: 'success',
      requestId: `req-${name}`,
      ...r,
    })),
  );
}

/** Every stored record by its fixture name. */
async function stored(): Promise<Record<string, AuditDoc>> {
  const docs = await (await model()).find({}).lean<AuditDoc[]>().exec();
  return Object.fromEntries(docs.map((d) => [d._id.split('_').pop()!, d]));
}

const capture = () => {
  const lines: Array<{ level: string; obj: unknown; msg?: string }> = [];
  return {
    lines,
    logger: {
      info: (obj: unknown, msg?: string) => lines.push({ level: 'info', obj, msg }),
      warn: (obj: unknown, msg?: string) => lines.push({ level: 'warn', obj, msg }),
      error: (obj: unknown, msg?: string) => lines.push({ level: 'error', obj, msg }),
    },
  };
};

describe('auditRetention', () => {
  beforeEach(cleanDatabase);

  describe('#auditPseudonym', () => {
    it('is pseud_ and 16 hex digits, the same for the same actor and key, different otherwise', () => {
      // when pseudonyms are made for two actors under two keys
      const a = auditPseudonym(SECRET, ALICE);
      // then they are stable, shaped alike and tell actors and keys apart
      assert.match(a, /^pseud_[0-9a-f]{16}$/);
      assert.equal(auditPseudonym(SECRET, ALICE), a);
      assert.notEqual(auditPseudonym(SECRET, BOB), a);
      assert.notEqual(auditPseudonym(`${SECRET}x`, ALICE), a);
      assert.equal(a.includes('alice'), false);
    });
  });

  describe('#pseudonymiseAuditRecords', () => {
    beforeEach(async () => {
      await insertRecords([
        { name: 'old1', at: daysAgo(400), actorId: ALICE },
        { name: 'old2', at: daysAgo(500), actorId: ALICE, resource: '/api/v1/processes/P-2' },
        {
          name: 'old3',
          at: daysAgo(366),
          actorId: BOB,
          action: 'account:admin',
          method: 'PUT',
          resource: `/api/v1/accounts/${CAROL}/password`,
          status: 204,
        },
        {
          name: 'old4',
          at: daysAgo(400),
          actorId: 'anonymous',
          role: undefined,
          method: 'POST',
          status: 401,
          outcome: 'denied',
          reason: 'unauthenticated',
        },
        { name: 'old5', at: daysAgo(400), actorId: 'system' },
        { name: 'old6', at: daysAgo(400), actorId: ROBOT, method: 'DELETE', resource: `/api/v1/tokens/${ROBOT}` },
        { name: 'new1', at: daysAgo(364), actorId: ALICE },
        { name: 'new2', at: daysAgo(1), actorId: BOB },
      ]);
    });

    it('gives old records keyed pseudonyms and leaves newer ones alone', async () => {
      // given records from 500 to 1 days ago
      const before = await stored();
      // when records older than 365 days are pseudonymised
      const count = await pseudonymiseAuditRecords(await model(), { retentionDays: 365, secret: SECRET, now: NOW });
      // then the six old ones are rewritten
      assert.equal(count, 6);
      const after = await stored();
      const alice = auditPseudonym(SECRET, ALICE);
      const bob = auditPseudonym(SECRET, BOB);
      // the same actor has the same pseudonym, different actors different ones
      assert.equal(after.old1!.actorId, alice);
      assert.equal(after.old2!.actorId, alice);
      assert.equal(after.old3!.actorId, bob);
      assert.notEqual(alice, bob);
      assert.equal(after.old6!.actorId, auditPseudonym(SECRET, ROBOT));
      // account and token ids in the path are pseudonymised with the same key
      assert.equal(after.old3!.resource, `/api/v1/accounts/${auditPseudonym(SECRET, CAROL)}/password`);
      assert.equal(after.old6!.resource, `/api/v1/tokens/${auditPseudonym(SECRET, ROBOT)}`);
      assert.equal(after.old1!.resource, '/api/v1/processes/P-1');
      // anonymous and system name nobody: they stay, marked
      assert.equal(after.old4!.actorId, 'anonymous');
      assert.equal(after.old5!.actorId, 'system');
      // every old record lost its request id and is marked; the rest of it is as it was
      for (const name of ['old1', 'old2', 'old3', 'old4', 'old5', 'old6']) {
        const { actorId: _a, resource: _r, requestId: _q, ...kept } = before[name]!;
        const { actorId: _a2, resource: _r2, ...now } = after[name]!;
        assert.deepEqual(now, { ...kept, pseudonymised: true }, name);
      }
      // the newer records keep their ids
      assert.deepEqual(after.new1, before.new1);
      assert.deepEqual(after.new2, before.new2);
    });

    it('changes nothing more when run again', async () => {
      // given a run that pseudonymised the old records
      await pseudonymiseAuditRecords(await model(), { retentionDays: 365, secret: SECRET, now: NOW });
      const first = await stored();
      // when it runs again, even with another key
      const count = await pseudonymiseAuditRecords(await model(), {
        retentionDays: 365,
        secret: 'another-secret-entirely-0123456789abcdef',
        now: NOW,
      });
      // then it rewrites nothing
      assert.equal(count, 0);
      assert.deepEqual(await stored(), first);
    });

    const boundary: Array<[string, number, boolean]> = [
      ['a millisecond older than the period', 365 * DAY_MS + 1, true],
      ['exactly as old as the period', 365 * DAY_MS, false],
      ['a millisecond younger than the period', 365 * DAY_MS - 1, false],
    ];
    for (const [what, ageMs, pseudonymised] of boundary) {
      it(`${pseudonymised ? 'pseudonymises' : 'keeps'} a record ${what}`, async () => {
        // given a record of that age
        await cleanDatabase();
        await insertRecords([{ name: 'edge', at: new Date(NOW.getTime() - ageMs), actorId: BOB }]);
        // when the retention runs
        const count = await pseudonymiseAuditRecords(await model(), { retentionDays: 365, secret: SECRET, now: NOW });
        // then the record is pseudonymised only when it is older than the period
        const { edge } = await stored();
        assert.equal(count, pseudonymised ? 1 : 0);
        assert.equal(edge!.actorId, pseudonymised ? auditPseudonym(SECRET, BOB) : BOB);
        assert.equal(edge!.pseudonymised, pseudonymised ? true : undefined);
        assert.equal(edge!.requestId, pseudonymised ? undefined : 'req-edge');
      });
    }

    it('works through more records than one batch', async () => {
      // given six old records
      // when they are read two at a time
      const count = await pseudonymiseAuditRecords(await model(), {
        retentionDays: 365,
        secret: SECRET,
        now: NOW,
        batchSize: 2,
      });
      // then all of them are rewritten
      assert.equal(count, 6);
      const after = await stored();
      assert.deepEqual(
        Object.keys(after)
          .filter((name) => after[name]!.pseudonymised)
          .sort(),
        ['old1', 'old2', 'old3', 'old4', 'old5', 'old6'],
      );
    });

    it('shows pseudonymised records through GET /api/v1/audit, findable by pseudonym', async () => {
      // given an app, and the old records pseudonymised
      const app: Express = await testApp();
      await pseudonymiseAuditRecords(await model(), { retentionDays: 365, secret: SECRET, now: NOW });
      // when the admin asks for Alice's pseudonym and for Alice's id
      const byPseudonym = await api(app).get(`/api/v1/audit?actor=${auditPseudonym(SECRET, ALICE)}`);
      const byId = await api(app).get(`/api/v1/audit?actor=${ALICE}`);
      // then the pseudonym finds her old records and her id only the new one
      assert.equal(byPseudonym.status, 200);
      assert.deepEqual(
        byPseudonym.body.items.map((r: { id: string }) => r.id.split('_').pop()),
        ['old1', 'old2'],
      );
      for (const record of byPseudonym.body.items) {
        assert.equal(record.pseudonymised, true);
        assert.equal(record.requestId, undefined);
      }
      assert.deepEqual(
        byId.body.items.map((r: { id: string }) => r.id.split('_').pop()),
        ['new1'],
      );
    });
  });

  describe('AuditRetention', () => {
    it('#start runs once at once, and #stop ends the schedule', async () => {
      // given records older than a year and one from today
      const now = new Date();
      await insertRecords([
        { name: 'old', at: daysAgo(400, now), actorId: ALICE },
        { name: 'new', at: now, actorId: ALICE },
      ]);
      const { lines, logger } = capture();
      const retention = new AuditRetention(await model(), { retentionDays: 365, secret: SECRET, logger });
      // when it starts and its first run finishes
      retention.start();
      await retention.settled();
      await retention.stop();
      // then the old record is pseudonymised, the new one not, and the run was logged
      const after = await stored();
      assert.equal(after.old!.actorId, auditPseudonym(SECRET, ALICE));
      assert.equal(after.new!.actorId, ALICE);
      assert.deepEqual(lines, [
        { level: 'info', obj: { pseudonymised: 1, retentionDays: 365 }, msg: 'audit records pseudonymised' },
      ]);
    });

    it('#stop ends a run under way before its next record', async () => {
      // given an old record
      await insertRecords([{ name: 'old', at: daysAgo(400, new Date()), actorId: ALICE }]);
      const { lines, logger } = capture();
      const retention = new AuditRetention(await model(), { retentionDays: 365, secret: SECRET, logger });
      // when it is stopped right after it started
      retention.start();
      await retention.stop();
      // then the run ended without touching the record, and nothing was reported as failed
      const after = await stored();
      assert.equal(after.old!.actorId, ALICE);
      assert.equal(after.old!.pseudonymised, undefined);
      assert.deepEqual(lines, []);
    });
  });
});
