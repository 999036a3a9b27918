/**
 * No lost updates: every mutable resource carries a version, sent as a strong ETag;
 * updates must name it in If-Match.
 */
import type { Request, Response } from 'express';
import { InputError, PreconditionRequiredError } from '../errors.js';

/** Sets the ETag for a resource version. */
export function setVersion(res: Response, version: number): void {
  res.setHeader('ETag', `"${version}"`);
}

/**
 * The version the client expects, from If-Match. Throws 428 when the header is missing
 * and 400 when it does not name a version this API issued.
 */
export function expectedVersion(req: Request): number {
  const header = req.get('If-Match');
  if (header === undefined || header.trim() === '') {
    throw new PreconditionRequiredError(
      'This update needs an If-Match header with the ETag of the version it changes (read the resource first).',
    );
  }
  const match = /^\s*(?:W\/)?"(\d{1,12})"\s*$/.exec(header);
  if (!match) {
    throw new InputError('If-Match must be one ETag as sent by this API, e.g. "3".', [
      { in: 'header', field: 'If-Match', message: 'is not an ETag of this API' },
    ]);
  }
  return Number(match[1]);
}
