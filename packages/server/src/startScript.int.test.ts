import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './db/embeddedDatabase.js';

describe('scripts/start.mjs', () => {
  it('stops with one clear sentence when neither Go nor MONGODB_URI is there', () => {
    // given a machine without Go, without MONGODB_URI, and no embedded database built yet
    const cache = mkdtempSync(join(tmpdir(), 'efile-nogo-'));
    try {
      // when `npm start` runs its script
      const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/start.mjs')], {
        env: { PATH: '/usr/bin:/bin', EFILE_CACHE_DIR: cache, HOME: process.env.HOME ?? '/root' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      // then it fails before serving, saying in one sentence what to install or set
      assert.equal(result.status, 1);
      const said = result.stderr.trim().split('\n');
      assert.deepEqual(said, [
        'The embedded database needs Go (1.24 or newer) to build FerretDB once: install Go, or set MONGODB_URI to a MongoDB you run.',
      ]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
