// Brings a clone to a runnable state, doing only what is missing: installs the npm packages,
// builds the TypeScript packages, the embedded database (unless MONGODB_URI is set) and the web
// interface (when it is missing or its sources changed).
// Uses Node's standard library only: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, what, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
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

/** The newest modification time of a file or of any file below a directory. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(`${path}/${name}`)), stats.mtimeMs);
}

/** What the web interface is built from: its sources, its build setup, the JSON Schemas it validates with. */
const uiSources = [
  'packages/modeler/src',
  'packages/modeler/vite',
  'packages/modeler/index.html',
  'packages/modeler/vite.config.ts',
  'packages/modeler/package.json',
  'packages/schemas/schemas',
  'package-lock.json',
];

/** Builds the web interface (packages/modeler/dist) when it is missing or older than its sources. */
export function buildUi() {
  const built = mtime(`${root}/packages/modeler/dist/.vite/manifest.json`);
  const sources = Math.max(...uiSources.map((path) => newest(`${root}/${path}`)));
  if (built >= sources) return;
  console.error(
    built === 0
      ? 'Building the web interface (packages/modeler) ...'
      : 'Rebuilding the web interface (packages/modeler): its sources changed ...',
  );
  run(
    process.execPath,
    [`${root}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'],
    'Building the web interface',
    `${root}/packages/modeler`,
  );
}

/** Everything `npm start` and `npm test` need before they run. */
export function ensure() {
  checkNode();
  installPackages();
  build();
  buildDatabase();
  buildUi();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensure();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
