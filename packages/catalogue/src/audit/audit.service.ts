/**
 * Reading the audit trail (admins): filter by actor, resource (the path or below it), outcome and time
 * range; newest first; export as CSV or JSON. There is no way to change or delete a record here.
 */
import type { Model } from 'mongoose';
import type { AuditPage, AuditQuery, AuditRecord } from '@efile/schemas';
import type { AuditDoc } from './audit.model.js';

export type AuditFilter = Omit<AuditQuery, 'page' | 'pageSize' | 'format'>;

/** Most records one export holds; narrow the time range for more. */
export const MAX_EXPORT = 100_000;

export function toAuditRecord(doc: AuditDoc): AuditRecord {
  return {
    id: doc._id,
    at: doc.at.toISOString(),
    actorId: doc.actorId,
    ...(doc.role ? { role: doc.role as AuditRecord['role'] } : {}),
    action: doc.action,
    method: doc.method as AuditRecord['method'],
    resource: doc.resource,
    ...(doc.department ? { department: doc.department } : {}),
    ...(doc.versionBefore !== undefined ? { versionBefore: doc.versionBefore } : {}),
    ...(doc.versionAfter !== undefined ? { versionAfter: doc.versionAfter } : {}),
    status: doc.status,
    outcome: doc.outcome,
    ...(doc.reason ? { reason: doc.reason } : {}),
    ...(doc.requestId ? { requestId: doc.requestId } : {}),
    ...(doc.pseudonymised ? { pseudonymised: true } : {}),
  };
}

/** The MongoDB filter of an audit query (ids sort by time, so a time range is an `_id` range too). */
export function auditQueryFilter(filter: AuditFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.actor) query.actorId = filter.actor;
  if (filter.outcome) query.outcome = filter.outcome;
  if (filter.from || filter.to) {
    const at: Record<string, Date> = {};
    if (filter.from) at.$gte = new Date(filter.from);
    if (filter.to) at.$lt = new Date(filter.to);
    query.at = at;
  }
  if (filter.resource) {
    const path = filter.resource.replace(/\/+$/, '');
    const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    query.resource = { $regex: `^${escaped}(/|$)` };
  }
  return query;
}

const CSV_COLUMNS: (keyof AuditRecord)[] = [
  'at',
  'actorId',
  'role',
  'action',
  'method',
  'resource',
  'department',
  'versionBefore',
  'versionAfter',
  'status',
  'outcome',
  'reason',
  'requestId',
  'id',
];

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  // Formula injection: a cell starting with = + - @ is quoted with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV for spreadsheets (semicolon, UTF-8 with BOM, as German Excel expects). */
export function auditCsv(records: readonly AuditRecord[]): string {
  const lines = [CSV_COLUMNS.join(';')];
  for (const r of records) lines.push(CSV_COLUMNS.map((c) => csvCell(r[c])).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export class AuditService {
  constructor(private readonly model: Model<AuditDoc>) {}

  async query(query: AuditQuery): Promise<AuditPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const filter = auditQueryFilter(query);
    const [docs, total] = await Promise.all([
      this.model
        .find(filter)
        .sort({ _id: -1 })
        .skip((page - 1) * pageSize)
        .limit(pageSize)
        .lean<AuditDoc[]>()
        .exec(),
      this.model.countDocuments(filter).exec(),
    ]);
    return { items: docs.map(toAuditRecord), total, page, pageSize };
  }

  /** Every matching record, oldest first, up to MAX_EXPORT. */
  async export(filter: AuditFilter): Promise<AuditRecord[]> {
    const docs = await this.model
      .find(auditQueryFilter(filter))
      .sort({ _id: 1 })
      .limit(MAX_EXPORT)
      .lean<AuditDoc[]>()
      .exec();
    return docs.map(toAuditRecord);
  }
}
