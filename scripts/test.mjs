// npm test: the same setup as npm start, then the checks (generated types, lint, format) and
// every mocha test against a fresh embedded database. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
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
const passed = Number(summary?.[1] ?? 0);
const failed = Number(summary?.[2] ?? (mocha.status === 0 ? 0 : 1)) + failedChecks.length;
if (failedChecks.length) console.log(`\nFailed checks: ${failedChecks.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && mocha.status === 0 ? 0 : 1);
