/**
 * Serves the built web interface (packages/modeler/dist): its files, and `index.html` for every other
 * GET/HEAD path outside /api so that the app's own URLs (/processes/P-32-0147) load it on reload.
 * Hashed assets are cached for a year; index.html is revalidated on every load so that a new build
 * is picked up at once.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

export interface ServeUiOptions {
  /** The build output directory (with index.html and assets/). */
  root: string;
}

/** An Express-compatible handler: answers, or passes on to the API's 404. */
export type UiHandler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const NOT_BUILT =
  'The web interface is not built yet. `npm start` builds it (or run `npx vite build` in packages/modeler); the API is available under /api/v1.\n';

async function fileStats(path: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/** The request path, decoded; undefined when it is malformed or leaves the build directory. */
function safePath(root: string, url: string): { path: string; file: string } | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://ui.invalid').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = resolve(join(root, path));
  const inside = relative(root, file);
  if (inside.startsWith('..') || inside.startsWith(sep)) return undefined;
  return { path, file };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
  file: string,
  stats: Stats,
  cacheControl: string,
): void {
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', stats.mtime.toUTCString());
  res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Length', String(stats.size));
  res.statusCode = 200;
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', (err) => (res.headersSent ? res.destroy(err) : next(err)));
  stream.pipe(res);
}

/** The UI handler for createApp({ ui }). */
export function serveUi(options: ServeUiOptions): UiHandler {
  const root = resolve(options.root);
  const index = join(root, 'index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const target = safePath(root, req.url ?? '/');
    if (!target || target.path === '/api' || target.path.startsWith('/api/')) return next();
    void (async () => {
      const stats = target.path.endsWith('/') ? undefined : await fileStats(target.file);
      if (stats) {
        const hashed = target.path.startsWith('/assets/');
        return send(req, res, next, target.file, stats, hashed ? IMMUTABLE : REVALIDATE);
      }
      // A missing file (an old asset, a typo) is a 404, not the app.
      if (extname(target.path) !== '') return next();
      const indexStats = await fileStats(index);
      if (!indexStats) {
        res.statusCode = 503;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(req.method === 'HEAD' ? undefined : NOT_BUILT);
        return;
      }
      send(req, res, next, index, indexStats, REVALIDATE);
    })().catch(next);
  };
}
