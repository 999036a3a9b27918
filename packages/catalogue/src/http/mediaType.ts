import type { RequestHandler } from 'express';
import { UnsupportedMediaTypeError } from '../errors.js';

/** Requests with a body must send it as JSON (415 otherwise). */
export const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody && !req.is(['application/json', 'application/merge-patch+json', 'application/*+json'])) {
    throw new UnsupportedMediaTypeError(
      `This endpoint takes application/json, not ${req.get('Content-Type') ?? 'a body without Content-Type'}.`,
    );
  }
  next();
};
