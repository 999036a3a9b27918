import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** Gives every request an id (the caller's X-Request-Id when it is sane), echoed in the response and in problems. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get('X-Request-Id');
  const id = given && ACCEPTED.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  next();
};
