// npm test: the same setup as npm start (which builds the web interface), then the checks (generated
// types, lint, format, the web interface's types and bundle budget), every mocha test against a fresh
// embedded database, and the Playwright tests of the web interface against the real server.
// Ends with "N passed, N failed", counting both test runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensure, root } from './ensure.mjs';

try {
  ensure();
} catch (err) {
  console.error(err.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const bin = (pkg, file) => `${root}/node_modules/${pkg}/${file}`;
const checks = [
  ['generated types are current', [bin('..', 'packages/schemas/scripts/gen-types.mjs'), '--check']],
  ['eslint', [bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.']],
  ['prettier', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level=warn', '.']],
  ['web interface types', [bin('typescript', 'bin/tsc'), '-p', 'packages/modeler', '--noEmit']],
  ['web interface bundle budget', [`${root}/scripts/check-bundle.mjs`]],
];
const failedChecks = [];
for (const [name, args] of checks) {
  console.log(`\n> ${name}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failedChecks.push(name);
}

console.log('\n> mocha');
const mocha = spawnSync(process.execPath, [bin('mocha', 'bin/mocha.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
const out = mocha.stdout ?? '';
process.stdout.write(out.replace(/^\d+ passed, \d+ failed.*\n?/m, ''));
const summary = /^(\d+) passed, (\d+) failed/m.exec(out);
const mochaPassed = Number(summary?.[1] ?? 0);
const mochaFailed = Number(summary?.[2] ?? (mocha.status === 0 ? 0 : 1));

console.log('\n> playwright (web interface)');
const results = `${root}/.cache/playwright/results.json`;
rmSync(results, { force: true });
const playwright = spawnSync(
  process.execPath,
  [bin('@playwright/test', 'cli.js'), 'test', '-c', 'packages/modeler/playwright.config.ts'],
  { cwd: root, stdio: 'inherit' },
);
// The JSON reporter's stats: expected = passed, unexpected = failed (no retries, so nothing is flaky).
const stats = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')).stats : undefined;
const e2ePassed = stats?.expected ?? 0;
// A run that failed outside any test (its global setup, a broken spec file) counts as one failure.
const e2eFailed = Math.max(stats ? stats.unexpected + stats.flaky : 0, playwright.status === 0 ? 0 : 1);

const passed = mochaPassed + e2ePassed;
const failed = mochaFailed + e2eFailed + failedChecks.length;
if (failedChecks.length) console.log(`\nFailed checks: ${failedChecks.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && mocha.status === 0 && playwright.status === 0 ? 0 : 1);
