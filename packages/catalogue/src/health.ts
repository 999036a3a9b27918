import type { RequestHandler } from 'express';
import type { Connection } from 'mongoose';

const PING_TIMEOUT_MS = 2000;

/** GET /healthz: 200 with the database's state when it answers a ping, 503 when it does not. */
export function healthHandler(connection: Connection): RequestHandler {
  return async (_req, res) => {
    const started = performance.now();
    let up = false;
    if (connection.readyState === 1 && connection.db) {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          connection.db.admin().ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS);
          }),
        ]);
        up = true;
      } catch {
        up = false;
      } finally {
        clearTimeout(timer);
      }
    }
    const database = {
      state: up ? 'up' : 'down',
      ...(up ? { latencyMs: Math.round((performance.now() - started) * 10) / 10 } : {}),
    };
    res
      .status(up ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: up ? 'ok' : 'unavailable', database });
  };
}
