import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testApp } from '@efile/catalogue/testing';
import { serveUi } from './serveUi.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const INDEX = '<!doctype html><title>E-Akte</title><div id="root"></div>';
const ASSET = 'console.log("app");';

describe('serveUi', () => {
  let dir: string;
  let server: Server;
  let port: number;

  /** A request with the path sent exactly as given (no client-side normalisation). */
  function send(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  async function start(root: string): Promise<void> {
    const app = await testApp(undefined, { ui: serveUi({ root }) });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  }

  beforeEach(async () => {
    // dir/dist is the build; dir/secret.txt lies outside it
    dir = mkdtempSync(join(tmpdir(), 'efile-ui-'));
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-AbC123.js'), ASSET);
    writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    await start(dist);
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the app (index.html, revalidated on every load) for the app’s own paths, signed in or not', async () => {
    // given the app's own paths
    for (const path of ['/', '/processes', '/processes/P-32-0147?version=2', '/sign-in']) {
      // when an anonymous browser loads the path
      const answer = await send(path);
      // then it gets index.html, not cached without revalidation, under the app's CSP
      assert.equal(answer.status, 200, path);
      assert.equal(answer.body, INDEX, path);
      assert.match(String(answer.headers['content-type']), /^text\/html/, path);
      assert.equal(answer.headers['cache-control'], 'no-cache', path);
      assert.match(String(answer.headers['content-security-policy']), /script-src 'self'/, path);
    }
  });

  it('serves hashed assets with their media type and a year of immutable caching', async () => {
    // given a built UI (beforeEach)
    // when the browser loads an asset of the build
    const answer = await send('/assets/index-AbC123.js');
    // then it gets the file, cacheable for good
    assert.equal(answer.status, 200);
    assert.equal(answer.body, ASSET);
    assert.match(String(answer.headers['content-type']), /^text\/javascript/);
    assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  it('answers 304 when the browser already has the current file', async () => {
    // given the ETag of index.html
    const first = await send('/processes');
    // when the browser revalidates with it
    const again = await send('/processes', { headers: { 'If-None-Match': String(first.headers.etag) } });
    // then nothing is sent again
    assert.equal(again.status, 304);
    assert.equal(again.body, '');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    // given a built UI (beforeEach)
    // when an asset is asked for with HEAD
    const answer = await send('/assets/index-AbC123.js', { method: 'HEAD' });
    // then its headers come, its body does not
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-length'], String(Buffer.byteLength(ASSET)));
    assert.equal(answer.body, '');
  });

  const notTheApp: [string, string, string][] = [
    ['an unknown API path', 'GET', '/api/v1/nothing-here'],
    ['the API root', 'GET', '/api'],
    ['a missing asset', 'GET', '/assets/index-old.js'],
    ['a missing file with an extension', 'GET', '/favicon.ico'],
    ['a change of an app path', 'POST', '/processes'],
    ['a path out of the build directory', 'GET', '/assets/..%2f..%2fsecret.txt'],
    ['an encoded parent directory', 'GET', '/%2e%2e/secret.txt'],
    ['a hidden file of the build', 'GET', '/.vite/manifest.json'],
  ];
  for (const [what, method, path] of notTheApp) {
    it(`answers 404 as a problem, not the app, for ${what}`, async () => {
      // given a built UI (beforeEach)
      // when the path is requested
      const answer = await send(path, { method });
      // then the API's 404 answers
      assert.equal(answer.status, 404);
      assert.match(String(answer.headers['content-type']), /^application\/problem\+json/);
      assert.notEqual(answer.body, INDEX);
      assert.doesNotMatch(answer.body, /outside/);
    });
  }

  it('says that the UI is not built when the build directory has no index.html', async () => {
    // given a server whose build directory is empty
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await start(empty);
    // when the app is loaded
    const answer = await send('/processes');
    // then the answer explains what to do, and the API still answers
    assert.equal(answer.status, 503);
    assert.match(answer.body, /not built yet.*npm start/);
    assert.equal((await send('/api/v1/nothing-here')).status, 404);
  });
});
