import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { createLogger, serve, type RunningServer } from './serve.js';

interface Health {
  database: { state: string };
}

describe('serve', () => {
  const dirs: string[] = [];
  const running: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()));
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function configFor(dataDir: string) {
    return loadConfig({ PORT: '0', EFILE_DATA_DIR: dataDir, EFILE_SEED: 'never', LOG_LEVEL: 'silent' });
  }

  it('serves two instances with different ports and data directories side by side', async () => {
    // given two data directories
    const a = mkdtempSync(join(tmpdir(), 'efile-serve-'));
    const b = mkdtempSync(join(tmpdir(), 'efile-serve-'));
    dirs.push(a, b);
    // when two servers start, each with its embedded database
    const first = await serve(configFor(a), createLogger('silent'));
    const second = await serve(configFor(b), createLogger('silent'));
    running.push(first, second);
    // then both are healthy on their own ports
    assert.notEqual(first.url, second.url);
    for (const s of [first, second]) {
      const res = await fetch(`${s.url.replace('localhost', '127.0.0.1')}/healthz`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as Health).database.state, 'up');
    }
  });

  it('answers /healthz with 503 when the database stops answering', async () => {
    // given a running server
    const dir = mkdtempSync(join(tmpdir(), 'efile-serve-'));
    dirs.push(dir);
    const server = await serve(configFor(dir), createLogger('silent'));
    const url = `${server.url.replace('localhost', '127.0.0.1')}/healthz`;
    assert.equal((await fetch(url)).status, 200);
    // when its database goes away
    await server.database.connection.close();
    // then /healthz says so with 503
    const res = await fetch(url);
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as Health).database.state, 'down');
    running.push(server);
  });

  it('fails to start, and stops its database, when the port is taken', async () => {
    // given a port something else listens on
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), 'efile-serve-'));
    dirs.push(dir);
    try {
      // when the server is started on it
      const config = { ...configFor(dir), port };
      // then it refuses with the system's reason and leaves no database running
      await assert.rejects(serve(config, createLogger('silent')), /EADDRINUSE/);
      assert.equal(existsSync(join(dir, 'ferretdb', 'ferretdb.pid')), false);
    } finally {
      blocker.close();
    }
  });

  it('rejects a malformed PORT with one clear sentence', () => {
    assert.throws(() => loadConfig({ PORT: 'achtzig' }), /PORT must be a whole number/);
  });
});
