// Brings a clone to a runnable state, doing only what is missing: installs the npm packages,
// builds the TypeScript packages and, unless MONGODB_URI is set, builds the embedded database.
// Uses Node's standard library only: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `exit code ${result.status}`;
    throw new Error(`${what} failed (${reason}).`);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(`efile-rollout needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  }
}

export function installPackages() {
  const marker = `${root}/node_modules/.package-lock.json`;
  if (!existsSync(marker) || mtime(`${root}/package-lock.json`) > mtime(marker)) {
    console.error('Installing npm packages ...');
    run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
  }
}

export function build() {
  run(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-b'], 'The TypeScript build');
}

export function buildDatabase() {
  if (process.env.MONGODB_URI) return;
  const built = existsSync(`${process.env.EFILE_CACHE_DIR ?? `${root}/.cache`}/ferretdb/bin/ferretdb`);
  if (!built && spawnSync('go', ['version'], { stdio: 'ignore' }).error) {
    throw new Error(
      'The embedded database needs Go (1.24 or newer) to build FerretDB once: install Go, or set MONGODB_URI to a MongoDB you run.',
    );
  }
  run('bash', [`${root}/scripts/build-ferretdb.sh`], 'Building the embedded database');
}

/** Everything `npm start` and `npm test` need before they run. */
export function ensure() {
  checkNode();
  installPackages();
  build();
  buildDatabase();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensure();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
