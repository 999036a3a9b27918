/**
 * One structured log line per request: request id, method, path (without the query string, which may
 * hold search terms), status, duration and the acting id. Never headers, bodies, cookies or tokens.
 */
import type { RequestHandler } from 'express';
import type { Authentication } from '../auth/principal.js';
import type { Logger } from '../logger.js';

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const auth = res.locals.auth as Authentication | undefined;
      const line = {
        requestId: res.getHeader('X-Request-Id'),
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        ...(auth ? { actor: auth.principal.id, role: auth.principal.role } : {}),
      };
      if (res.statusCode >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    });
    next();
  };
}
