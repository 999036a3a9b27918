/**
 * The audit trail as middleware: when a response is finished, one record for every change (a
 * successful POST, PUT, PATCH or DELETE, or a request its route marks with `res.locals.auditAsChange`) and one for every denied attempt (401, 403, 429 on sign-in,
 * and a 404 that hid a resource the caller may not see). No route writes its own records, so none
 * can forget to.
 */
import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Model } from 'mongoose';
import type { Authentication } from '../auth/principal.js';
import type { Scope } from '../auth/scope.js';
import type { AuditDoc } from './audit.model.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuditWriterLogger {
  error(obj: unknown, msg?: string): void;
}

/** Writes audit records and lets callers wait until every started write has finished. */
export class AuditWriter {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly model: Model<AuditDoc>,
    private readonly logger: AuditWriterLogger,
  ) {}

  write(record: Omit<AuditDoc, '_id'>): void {
    const doc: AuditDoc = { _id: `${record.at.toISOString()}_${randomBytes(6).toString('hex')}`, ...record };
    const p = this.model
      .insertMany([doc])
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ err, audit: doc }, 'audit record not written'))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Resolves when all records started so far are stored (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

function etagVersion(value: unknown): number | undefined {
  const m = typeof value === 'string' ? /^(?:W\/)?"(\d{1,12})"$/.exec(value) : null;
  return m ? Number(m[1]) : undefined;
}

/** The problem type slug of a problem response (sendProblem leaves it in res.locals). */
function reasonOf(res: Response): string | undefined {
  const slug = res.locals.problemSlug;
  return typeof slug === 'string' ? slug : undefined;
}

/** What the finished request means for the audit trail: nothing, a change or a denial. */
export function auditRecordOf(req: Request, res: Response, at: Date): Omit<AuditDoc, '_id'> | undefined {
  const status = res.statusCode;
  const scope = req.scope as Scope | undefined;
  const hidden = status === 404 && scope !== undefined && scope.denials.some((d) => d.decision === 'hide');
  const denied = status === 401 || status === 403 || hidden || (status === 429 && res.locals.action === 'public');
  // A route may mark a safe-method request as a change (the OIDC callback: a GET that signs in and may create an account).
  const changed =
    (MUTATING.has(req.method) && status >= 200 && status < 300) ||
    (res.locals.auditAsChange === true && status >= 200 && status < 400);
  if (!denied && !changed) return undefined;
  const auth = res.locals.auth as Authentication | undefined;
  const actorId =
    auth?.principal.id ?? (typeof res.locals.auditActor === 'string' ? res.locals.auditActor : 'anonymous');
  const denial = scope?.denials[0];
  const versionBefore = etagVersion(req.get('If-Match')?.trim());
  const versionAfter = changed ? etagVersion(res.getHeader('ETag')) : undefined;
  const department =
    denial?.resource.department ??
    (typeof res.locals.auditDepartment === 'string' ? res.locals.auditDepartment : undefined);
  const reason = denied ? (hidden ? 'hidden' : (reasonOf(res) ?? String(status))) : undefined;
  return {
    at,
    actorId,
    ...(auth
      ? { role: auth.principal.role }
      : typeof res.locals.auditRole === 'string'
        ? { role: res.locals.auditRole }
        : {}),
    action: typeof res.locals.action === 'string' ? res.locals.action : 'unknown',
    method: req.method,
    resource: req.originalUrl.split('?')[0]!,
    ...(department ? { department } : {}),
    ...(versionBefore !== undefined ? { versionBefore } : {}),
    ...(versionAfter !== undefined ? { versionAfter } : {}),
    status,
    outcome: denied ? 'denied' : 'success',
    ...(reason ? { reason } : {}),
    ...(typeof res.getHeader('X-Request-Id') === 'string'
      ? { requestId: res.getHeader('X-Request-Id') as string }
      : {}),
  };
}

export function auditTrail(writer: AuditWriter): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const record = auditRecordOf(req, res, new Date());
      if (record) writer.write(record);
    });
    next();
  };
}
