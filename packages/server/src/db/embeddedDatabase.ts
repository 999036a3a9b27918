/**
 * The embedded database: FerretDB 1.24 with its SQLite backend, started on 127.0.0.1 on a
 * free port with its files under a data directory, and stopped with the process that started it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';

/** The repository root, seen from this file (packages/server/dist/db/). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Where scripts/build-ferretdb.sh puts the binary; `EFILE_FERRETDB_BIN` overrides. */
export function ferretdbBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.EFILE_FERRETDB_BIN ?? join(repoRoot, '.cache', 'ferretdb', 'bin', 'ferretdb');
}

export interface EmbeddedDatabaseOptions {
  /** Directory for the SQLite files, the state and the log. */
  dataDir: string;
  binary?: string;
  /** How long to wait for the database to answer. */
  startTimeoutMs?: number;
}

export interface EmbeddedDatabase {
  uri: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, as the OS hands it out. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The pid file holds "<ferretdb pid> <owner pid>". A FerretDB whose owner still runs means another
 * efile-rollout uses this data directory: refuse, rather than kill its database. One whose owner
 * is gone was left behind by a killed run: stop it before a new one starts.
 */
function claimDataDir(pidFile: string, dataDir: string): void {
  if (!existsSync(pidFile)) return;
  const [ferretdbPid, ownerPid] = readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number);
  const ferretdbAlive =
    Number.isInteger(ferretdbPid) && ferretdbPid! > 0 && isAlive(ferretdbPid!) && isFerretdb(ferretdbPid!);
  if (ferretdbAlive && ownerPid && ownerPid !== process.pid && isAlive(ownerPid)) {
    throw new Error(
      `The data directory ${dataDir} is in use by another running efile-rollout (process ${ownerPid}); stop it first, or set another EFILE_DATA_DIR.`,
    );
  }
  if (ferretdbAlive) process.kill(ferretdbPid!, 'SIGKILL');
  rmSync(pidFile, { force: true });
}

function isFerretdb(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('ferretdb');
  } catch {
    return false;
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitUntilAnswering(uri: string, child: ChildProcess, timeoutMs: number, log: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `FerretDB exited during start (code ${child.exitCode ?? child.signalCode}). Its log:\n${tail(log)}`,
      );
    }
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 150));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  throw new Error(`FerretDB did not answer within ${timeoutMs} ms (${String(lastError)}). Its log:\n${tail(log)}`);
}

/** Starts FerretDB and resolves once it answers a ping. */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const binary = options.binary ?? ferretdbBinary();
  if (!existsSync(binary)) {
    throw new Error(
      `The embedded database is not built (${binary} is missing): run "npm start" or "bash scripts/build-ferretdb.sh".`,
    );
  }
  const sqliteDir = join(dataDir, 'sqlite');
  const stateDir = join(dataDir, 'state');
  mkdirSync(sqliteDir, { recursive: true });
  mkdirSync(stateDir, { recursive: true });
  const pidFile = join(dataDir, 'ferretdb.pid');
  claimDataDir(pidFile, dataDir);

  const log = join(dataDir, 'ferretdb.log');
  let lastError: unknown;
  // A port handed out by the OS can be taken by someone else before FerretDB binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const fd = openSync(log, 'a');
    const child = spawn(
      binary,
      [
        '--handler=sqlite',
        `--sqlite-url=file:${sqliteDir}/`,
        `--state-dir=${stateDir}`,
        `--listen-addr=127.0.0.1:${port}`,
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=warn',
      ],
      { stdio: ['ignore', fd, fd] },
    );
    closeSync(fd);
    if (child.pid) writeFileSync(pidFile, `${child.pid} ${process.pid}`);
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const uri = `mongodb://127.0.0.1:${port}/`;
    try {
      await waitUntilAnswering(uri, child, options.startTimeoutMs ?? 30_000, log);
    } catch (err) {
      lastError = err;
      child.kill('SIGKILL');
      process.removeListener('exit', killOnExit);
      continue;
    }
    const exited = new Promise<void>((r) => {
      if (child.exitCode !== null || child.signalCode !== null) r();
      else child.once('exit', () => r());
    });
    return {
      uri,
      port,
      dataDir,
      async stop() {
        process.removeListener('exit', killOnExit);
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        }
        rmSync(pidFile, { force: true });
      },
    };
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
