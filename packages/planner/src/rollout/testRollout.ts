/**
 * Test factories for the rollout API tests (used by the tests only, not exported by the package): an app
 * with the rollout module at a fixed time, callers of other roles with real API tokens, processes, and
 * stage changes recorded through the API.
 */
import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import { api, cleanDatabase, givenProcess, testApp, testConnection } from '@efile/catalogue/testing';
import type { ProcessDoc } from '@efile/catalogue';
import { rolloutModule, type RolloutModuleOptions } from '../rolloutModule.js';
import { invalidateRolloutState } from './rolloutState.js';

/** "Now" in the rollout tests: Wednesday 4 March 2026, noon UTC (ISO week 2026-W10). */
export const NOW = new Date('2026-03-04T12:00:00.000Z');

/** An app with the rollout module over the test database, its clock fixed at {@link NOW}. */
export async function rolloutTestApp(options: Partial<RolloutModuleOptions> = {}): Promise<Express> {
  const connection = await testConnection();
  return testApp(undefined, { modules: [rolloutModule({ connection, now: () => NOW, ...options })] });
}

/** Empties the database and forgets the rollout state held in memory for it. */
export async function cleanRollout(): Promise<void> {
  await cleanDatabase();
  invalidateRolloutState(await testConnection());
}

/** A caller with a real API token of a role (created by the test admin; its departments must exist). */
export interface Caller {
  id: string;
  token: string;
}

export async function givenCaller(
  app: Express,
  role: 'admin' | 'consultant' | 'modeller' | 'manager',
  departments: string[] = [],
  allDepartments = false,
): Promise<Caller> {
  const res = await api(app)
    .post('/api/v1/tokens')
    .send({ name: `Test ${role} ${departments.join(' ')}`.trim(), role, departments, allDepartments });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { id: res.body.token.id as string, token: res.body.secret as string };
}

/** Requests as a caller (its Bearer token). */
export function as(app: Express, caller: Caller) {
  return request.agent(app).set('Authorization', `Bearer ${caller.token}`);
}

/** A department process `P-<department>-<n>` (defaults: department from the key, no group, no volume). */
export function givenDepartmentProcess(key: string, fields: Partial<ProcessDoc> = {}): Promise<ProcessDoc> {
  return givenProcess({ key, department: key.split('-')[1] ?? '32', kind: 'department', ...fields });
}

/** One step of a history: the process, the stage it moves to, when, and optionally how and why. */
export interface Step {
  key: string;
  to: string;
  at: string;
  support?: string;
  reason?: string;
  note?: string;
}

/** Records the steps through the API as the test admin, one after the other, each against the latest seq. */
export async function givenSteps(app: Express, steps: readonly Step[]): Promise<void> {
  const seqs = new Map<string, number>();
  for (const { key, support = 'consulting', ...rest } of steps) {
    const seq = seqs.get(key) ?? 0;
    const res = await api(app)
      .post(`/api/v1/rollout/processes/${key}/events`)
      .set('If-Match', `"${seq}"`)
      .send({ support, ...rest });
    assert.equal(res.status, 201, `${key} → ${rest.to}: ${JSON.stringify(res.body)}`);
    seqs.set(key, seq + 1);
  }
}
