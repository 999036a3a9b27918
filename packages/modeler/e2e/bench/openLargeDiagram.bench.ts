/**
 * Runs the benchmark of opening a large diagram (openLargeDiagram.ts) against the server of
 * globalSetup, as the demo modeller of Amt 32, and writes its result as JSON to EFILE_BENCH_OUT.
 * EFILE_BENCH_WARMUP and EFILE_BENCH_RUNS set the unmeasured and measured runs.
 */
import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { demoAccount } from '../support/accounts';
import { runOpenLargeDiagramBenchmark } from './openLargeDiagram';

function whole(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}".`);
  return value;
}

test('opening a 1 000-flow-node diagram: the app vs a bare bpmn-js Modeler', async () => {
  const out = process.env.EFILE_BENCH_OUT;
  const baseUrl = process.env.EFILE_E2E_URL;
  if (!out) throw new Error('EFILE_BENCH_OUT (the JSON file for the result) is not set.');
  if (!baseUrl) throw new Error('EFILE_E2E_URL is not set: run through playwright.bench.config.ts (its globalSetup).');
  const { username, password, departments } = demoAccount('modeller');
  const department = departments[0];
  if (!department) throw new Error('The demo modeller has no department.');
  const result = await runOpenLargeDiagramBenchmark({
    baseUrl,
    username,
    password,
    department,
    flowNodes: 1000,
    warmup: whole('EFILE_BENCH_WARMUP', 2),
    runs: Math.max(1, whole('EFILE_BENCH_RUNS', 7)),
  });
  writeFileSync(out, JSON.stringify(result, null, 2));
});
