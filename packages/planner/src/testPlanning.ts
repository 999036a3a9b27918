/**
 * Test factories for the planning modules' integration tests: an app with the modules over the test
 * database, an in-memory stage reader, real API tokens and accounts created by the test admin, and a
 * check of responses against their schemas.
 */
import assert from 'node:assert/strict';
import type { Express } from 'express';
import ExcelJS from 'exceljs';
import request, { type Response } from 'supertest';
import type { ApiTokenCreate } from '@efile/schemas';
import { validator } from '@efile/schemas';
import { api, testApp, testConnection } from '@efile/catalogue/testing';
import type { EffortTable } from './domain/capacity.js';
import type { Stage, SupportLevel } from './domain/stages.js';
import type { ExportRegistry } from './exports/exportTable.js';
import { planningModules } from './planningModules.js';
import { plannerModules, type PlannerModulesOptions } from './plannerModules.js';
import type { StageReader, StageSnapshot } from './waves/stageReader.js';

/** A stage reader over a map the test fills. */
export class InMemoryStages implements StageReader {
  private readonly stages = new Map<string, StageSnapshot>();

  /** Puts process `key` in `stage`, reached with `support`. */
  set(key: string, stage: Stage, support: SupportLevel = 'consulting'): this {
    this.stages.set(key, { stage, support });
    return this;
  }

  current(processKey: string): StageSnapshot | undefined {
    return this.stages.get(processKey);
  }
}

/** A fixed time for ages and the current month: 2026-11-26 10:00 UTC. */
export const NOW = new Date('2026-11-26T10:00:00.000Z');

/** The catalogue app with the planning modules, over the test database. */
export async function planningTestApp(
  options: { stages?: StageReader; now?: () => Date; exports?: ExportRegistry; effortTable?: EffortTable } = {},
): Promise<Express> {
  const connection = await testConnection();
  const modules = planningModules({
    connection,
    stages: options.stages ?? new InMemoryStages(),
    now: options.now ?? (() => NOW),
    ...(options.exports ? { exports: options.exports } : {}),
    ...(options.effortTable ? { effortTable: options.effortTable } : {}),
  });
  return testApp(undefined, { modules });
}

/** The catalogue app with every planner module (plannerModules), over the test database. */
export async function plannerTestApp(options: Omit<PlannerModulesOptions, 'connection'> = {}): Promise<Express> {
  const connection = await testConnection();
  return testApp(undefined, { modules: plannerModules({ connection, ...options }) });
}

/** A caller with a real API token: its id (what authors and audit records hold) and its secret. */
export interface TestCaller {
  id: string;
  token: string;
}

/** Creates an API token as the test admin (POST /api/v1/tokens). */
export async function givenToken(app: Express, body: ApiTokenCreate): Promise<TestCaller> {
  const res = await api(app).post('/api/v1/tokens').send(body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { id: res.body.token.id as string, token: res.body.secret as string };
}

/** The usual callers: a modeller of department 32, managers limited to 32 and city-wide, a consultant of 32. */
export async function givenCallers(
  app: Express,
): Promise<Record<'modeller32' | 'manager32' | 'managerAll' | 'consultant32', TestCaller>> {
  return {
    modeller32: await givenToken(app, { name: 'Modeller 32', role: 'modeller', departments: ['32'] }),
    manager32: await givenToken(app, {
      name: 'Manager 32',
      role: 'manager',
      departments: ['32'],
      allDepartments: false,
    }),
    managerAll: await givenToken(app, { name: 'Manager city-wide', role: 'manager', allDepartments: true }),
    consultant32: await givenToken(app, { name: 'Consultant 32', role: 'consultant', departments: ['32'] }),
  };
}

/** Requests to `app` as `caller` (Bearer token). */
export function as(app: Express, caller: TestCaller) {
  return request.agent(app).set('Authorization', `Bearer ${caller.token}`);
}

/** Creates an active account as the test admin (POST /api/v1/accounts) and answers its id. */
export async function givenAccount(app: Express, username: string): Promise<string> {
  const res = await api(app)
    .post('/api/v1/accounts')
    .send({
      username,
      displayName: `Konto ${username}`,
      role: 'modeller',
      departments: ['32'],
      password: 'correct horse battery',
    });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

/** Fails unless `body` is valid against the schema file (the response schema of the operation). */
export function assertMatchesSchema(schema: string, body: unknown): void {
  const result = validator(schema)(body);
  assert.ok(result.ok, `${schema}: ${JSON.stringify(result.ok ? [] : result.errors)}`);
}

/** Collects a binary response body into a Buffer: `.buffer(true).parse(binary)` on an XLSX request. */
export function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The first sheet of an XLSX response (read with `binary`). */
export async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** The lines of a CSV response, without the BOM and empty lines. */
export function csvLines(res: Response): string[] {
  return res.text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '');
}
