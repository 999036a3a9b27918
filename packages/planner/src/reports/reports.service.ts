import type { StatusReport, StatusReportHistory, StatusReportList, StatusReportUpdate } from '@efile/schemas';
import {
  InputError,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  type DepartmentsRepository,
  type Scope,
} from '@efile/catalogue';
import { addMonths, monthsBetween } from '../domain/calendar.js';
import type { LatestReportDoc, ReportsRepository } from './reports.repository.js';
import { statusReportId, type StatusReportDoc } from './statusReport.model.js';

/** The latest revision of a report without its history, as listed. */
export type LatestStatusReport = StatusReportList['items'][number];

/** The month of `date` (UTC), `YYYY-MM`. */
export function periodOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Months a department's history lists by default (the last month included). */
export const HISTORY_DEFAULT_MONTHS = 6;

/** Months a department's history lists at most. */
export const HISTORY_MAX_MONTHS = 36;

/** Maps a stored report to the API shape, with its whole history. */
export function toStatusReport(doc: StatusReportDoc): StatusReport {
  return {
    department: doc.department,
    period: doc.period,
    light: doc.light,
    text: doc.text,
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    updatedBy: doc.updatedBy,
    history: doc.history.map((r) => ({
      revision: r.revision,
      light: r.light,
      text: r.text,
      at: r.at.toISOString(),
      actorId: r.actorId,
    })),
  };
}

function toLatest(doc: LatestReportDoc): LatestStatusReport {
  return {
    department: doc.department,
    period: doc.period,
    light: doc.light,
    text: doc.text,
    version: doc.version,
    updatedAt: doc.updatedAt.toISOString(),
    updatedBy: doc.updatedBy,
  };
}

export interface ReportsServiceDeps {
  repository: ReportsRepository;
  departments: DepartmentsRepository;
  /** The time; tests fix it. */
  now: () => Date;
}

/**
 * Department status reports (Ampel), one per department and month:
 * - writing is `rollout:write` in the department, reading follows the reader's scope;
 * - every change is a new revision and nothing is overwritten: the report keeps its whole history;
 *   sending the current light and text again changes nothing;
 * - the first report of a month is written without If-Match; every later one needs it (428, 412).
 */
export class ReportsService {
  constructor(private readonly deps: ReportsServiceDeps) {}

  /** Writes a revision; `created` tells whether it was the month's first. */
  async put(
    scope: Scope,
    department: string,
    period: string,
    expected: number | undefined,
    input: StatusReportUpdate,
  ): Promise<{ report: StatusReport; created: boolean }> {
    scope.check({ department }, `The status report of department ${department}`);
    if (!(await this.deps.departments.find(department))) {
      throw new NotFoundError(`Department ${department} does not exist.`);
    }
    const current = await this.deps.repository.find(department, period);
    const now = this.deps.now();
    if (!current) {
      if (expected !== undefined) {
        throw new PreconditionFailedError(
          `Department ${department} has no status report for ${period} yet, so If-Match cannot match; send the first one without If-Match.`,
        );
      }
      const doc: StatusReportDoc = {
        _id: statusReportId(department, period),
        department,
        period,
        light: input.light,
        text: input.text,
        version: 1,
        createdAt: now,
        updatedAt: now,
        updatedBy: scope.actorId,
        history: [{ revision: 1, light: input.light, text: input.text, at: now, actorId: scope.actorId }],
      };
      return { report: toStatusReport(await this.deps.repository.create(doc)), created: true };
    }
    if (expected === undefined) {
      throw new PreconditionRequiredError(
        `Department ${department} has a status report for ${period} already; send If-Match with its ETag to revise it.`,
      );
    }
    if (current.version !== expected) {
      throw new PreconditionFailedError(
        `The status report of department ${department} for ${period} was changed by someone else (now version ${current.version}, you sent ${expected}). Reload it and apply your change again.`,
        current.version,
      );
    }
    if (current.light === input.light && current.text === input.text) {
      return { report: toStatusReport(current), created: false };
    }
    const revision = {
      revision: current.version + 1,
      light: input.light,
      text: input.text,
      at: now,
      actorId: scope.actorId,
    };
    const updated = await this.deps.repository.update(department, period, expected, {
      $set: { light: input.light, text: input.text, updatedBy: scope.actorId, history: [...current.history, revision] },
    });
    return { report: toStatusReport(updated), created: false };
  }

  /** The report of `department` for `period` with its history (404 when there is none or it is hidden). */
  async get(scope: Scope, department: string, period: string): Promise<StatusReport> {
    scope.check({ department }, `The status report of department ${department} for ${period}`);
    const doc = await this.deps.repository.find(department, period);
    if (!doc) throw new NotFoundError(`The status report of department ${department} for ${period} does not exist.`);
    return toStatusReport(doc);
  }

  /**
   * The latest report of `department` for each month from `from` to `to` (both included; default the
   * {@link HISTORY_DEFAULT_MONTHS} months up to the current one), newest first, and the months without one.
   * 404 when the department is hidden from the scope or does not exist; 400 naming `from` when the range
   * is reversed or longer than {@link HISTORY_MAX_MONTHS} months.
   */
  async history(
    scope: Scope,
    department: string,
    range: { from?: string | undefined; to?: string | undefined },
  ): Promise<StatusReportHistory> {
    scope.check({ department }, `The status reports of department ${department}`);
    const to = range.to ?? periodOf(this.deps.now());
    const from = range.from ?? addMonths(to, 1 - HISTORY_DEFAULT_MONTHS);
    if (from > to) {
      throw new InputError('The months are reversed.', [
        { in: 'query', field: 'from', message: `must not be after to (${to})` },
      ]);
    }
    const months = monthsBetween(from, to).reverse();
    if (months.length > HISTORY_MAX_MONTHS) {
      throw new InputError(`At most ${HISTORY_MAX_MONTHS} months can be listed at once.`, [
        {
          in: 'query',
          field: 'from',
          message: `must be at most ${HISTORY_MAX_MONTHS - 1} months before to (${to}), i.e. ${addMonths(to, 1 - HISTORY_MAX_MONTHS)} or later`,
        },
      ]);
    }
    if (!(await this.deps.departments.find(department))) {
      throw new NotFoundError(`Department ${department} does not exist.`);
    }
    const docs = await this.deps.repository.months(department, months);
    const reported = new Set(docs.map((d) => d.period));
    return {
      department,
      from,
      to,
      items: docs.sort((a, b) => (a.period < b.period ? 1 : -1)).map(toLatest),
      missing: months.filter((month) => !reported.has(month)),
    };
  }

  /**
   * The latest report of every department the scope may see (of `departments`, when given) for
   * `period` (default the current month), and the departments without one.
   */
  async latest(scope: Scope, period: string | undefined, departments?: readonly string[]): Promise<StatusReportList> {
    const month = period ?? periodOf(this.deps.now());
    const visible = scope.visibleDepartments();
    const codes = (await this.deps.departments.list())
      .map((d) => d.code)
      .filter((code) => (visible === 'all' || visible.includes(code)) && (!departments || departments.includes(code)));
    const docs = await this.deps.repository.latest(codes, month);
    const reported = new Set(docs.map((d) => d.department));
    const order = new Map(codes.map((code, i) => [code, i]));
    return {
      period: month,
      items: docs.sort((a, b) => order.get(a.department)! - order.get(b.department)!).map(toLatest),
      missing: codes.filter((code) => !reported.has(code)),
    };
  }
}
