import type { Model } from 'mongoose';
import { isDuplicateKey, PreconditionFailedError, updateVersioned } from '@efile/catalogue';
import { statusReportId, type StatusReportDoc } from './statusReport.model.js';

/** A versioned change: fields to set and to remove. */
type VersionedUpdate = Parameters<typeof updateVersioned>[3];

/** The latest revision of a report, without its history. */
export type LatestReportDoc = Omit<StatusReportDoc, 'history'>;

/** The status reports, one document per department and month, found by `_id` only. */
export class ReportsRepository {
  constructor(private readonly model: Model<StatusReportDoc>) {}

  /** The report of `department` for `period`, with its history. */
  async find(department: string, period: string): Promise<StatusReportDoc | undefined> {
    const id = statusReportId(department, period);
    return (await this.model.findOne({ _id: id }).lean<StatusReportDoc>().exec()) ?? undefined;
  }

  /** The latest revision of each of `departments` for `period` that has a report, without histories. */
  async latest(departments: readonly string[], period: string): Promise<LatestReportDoc[]> {
    const docs = await Promise.all(
      departments.map((d) =>
        this.model
          .findOne({ _id: statusReportId(d, period) }, { history: 0 })
          .lean<LatestReportDoc>()
          .exec(),
      ),
    );
    return docs.filter((d): d is LatestReportDoc => d !== null);
  }

  /** The latest revision of `department`'s report for each of `periods` that has one, without histories. */
  async months(department: string, periods: readonly string[]): Promise<LatestReportDoc[]> {
    const docs = await Promise.all(
      periods.map((period) =>
        this.model
          .findOne({ _id: statusReportId(department, period) }, { history: 0 })
          .lean<LatestReportDoc>()
          .exec(),
      ),
    );
    return docs.filter((d): d is LatestReportDoc => d !== null);
  }

  /** Stores the first revision; 412 when someone else stored one for the month meanwhile. */
  async create(doc: StatusReportDoc): Promise<StatusReportDoc> {
    try {
      await this.model.insertMany([doc]);
      return doc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const current = await this.find(doc.department, doc.period);
      throw new PreconditionFailedError(
        `The status report of department ${doc.department} for ${doc.period} was just written by someone else. Reload it and apply your change again.`,
        current?.version,
      );
    }
  }

  /** Applies `update` if the report is still at version `expected` (404/412 otherwise). */
  update(department: string, period: string, expected: number, update: VersionedUpdate): Promise<StatusReportDoc> {
    return updateVersioned(
      this.model,
      statusReportId(department, period),
      expected,
      update,
      `The status report of department ${department} for ${period}`,
    );
  }
}
