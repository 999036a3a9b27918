import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { repoRoot, startEmbeddedDatabase, type EmbeddedDatabase } from './embeddedDatabase.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embeddedDatabase', () => {
  const dirs: string[] = [];
  const started: EmbeddedDatabase[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'efile-embedded-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((db) => db.stop()));
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  describe('#startEmbeddedDatabase', () => {
    it('runs two instances side by side, each with its own files, and stops them', async () => {
      // given two data directories
      const [a, b] = [tempDir(), tempDir()];
      // when a database is started in each
      const first = await startEmbeddedDatabase({ dataDir: a });
      const second = await startEmbeddedDatabase({ dataDir: b });
      started.push(first, second);
      // then both answer on different loopback ports and keep separate data
      assert.notEqual(first.port, second.port);
      const c1 = await new MongoClient(first.uri).connect();
      const c2 = await new MongoClient(second.uri).connect();
      await c1.db('x').collection('c').insertOne({ in: 'first' });
      assert.equal(await c2.db('x').collection('c').countDocuments(), 0);
      await Promise.all([c1.close(), c2.close()]);
      assert.ok(existsSync(join(a, 'sqlite')));
      // and stopping one ends its process
      const pid = Number(readFileSync(join(a, 'ferretdb.pid'), 'utf8').split(' ')[0]);
      assert.ok(isAlive(pid));
      await first.stop();
      started.splice(started.indexOf(first), 1);
      assert.equal(isAlive(pid), false);
      assert.equal(existsSync(join(a, 'ferretdb.pid')), false);
    });

    it('stops a FerretDB left behind by a killed run of the same data directory', async () => {
      // given a database whose starter died without stopping it (its pid file remains)
      const dir = tempDir();
      const orphan = await startEmbeddedDatabase({ dataDir: dir });
      const orphanPid = Number(readFileSync(join(dir, 'ferretdb.pid'), 'utf8').split(' ')[0]);
      // when a new one is started on the same directory
      const fresh = await startEmbeddedDatabase({ dataDir: dir });
      started.push(fresh);
      // then the old process is gone and the new one serves the same files
      assert.equal(isAlive(orphanPid), false);
      assert.notEqual(fresh.port, orphan.port);
    });

    it('refuses a data directory that another running instance uses, and takes it over once that one is gone', async () => {
      // given a database whose pid file names another live owner process
      const dir = tempDir();
      const other = await startEmbeddedDatabase({ dataDir: dir });
      const owner = spawn('sleep', ['60']);
      const ferretdbPid = readFileSync(join(dir, 'ferretdb.pid'), 'utf8').split(' ')[0];
      writeFileSync(join(dir, 'ferretdb.pid'), `${ferretdbPid} ${owner.pid}`);
      try {
        // when a second start on the same directory is tried, then it is refused and the first keeps running
        await assert.rejects(startEmbeddedDatabase({ dataDir: dir }), /is in use by another running efile-rollout/);
        assert.ok(isAlive(Number(ferretdbPid)));
      } finally {
        owner.kill('SIGKILL');
        await new Promise((r) => owner.once('exit', r));
      }
      // when the owner is gone, then a new start stops the left-over database and serves the directory
      const fresh = await startEmbeddedDatabase({ dataDir: dir });
      started.push(fresh);
      assert.equal(isAlive(Number(ferretdbPid)), false);
      assert.notEqual(fresh.port, other.port);
    });

    it('explains in one sentence when the binary is missing', async () => {
      await assert.rejects(
        startEmbeddedDatabase({ dataDir: tempDir(), binary: '/nonexistent/ferretdb' }),
        /is not built/,
      );
    });
  });

  describe('scripts/build-ferretdb.sh', () => {
    it('stops with one clear sentence when Go is missing', () => {
      // given no FerretDB built yet in a cache directory and no Go on the PATH
      const cache = tempDir();
      // when the build script runs
      const result = spawnSync('bash', [join(repoRoot, 'scripts/build-ferretdb.sh')], {
        env: { PATH: '/usr/bin:/bin', EFILE_CACHE_DIR: cache },
        encoding: 'utf8',
      });
      // then it fails with one sentence naming both ways out
      assert.equal(result.status, 1);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, /install Go/);
      assert.match(lines[0]!, /MONGODB_URI/);
    });
  });
});
