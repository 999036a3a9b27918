import { Schema, type Connection, type Model } from 'mongoose';

export type Light = 'green' | 'yellow' | 'red';

/** One revision of a status report. */
export interface RevisionDoc {
  revision: number;
  light: Light;
  text: string;
  at: Date;
  actorId: string;
}

/**
 * A department's status report for one month, as stored: the latest revision in the top-level fields
 * (so listings can leave the history out) and every revision in `history`. `_id` is
 * `<department>|<period>`, so every lookup is an exact `_id` filter.
 */
export interface StatusReportDoc {
  _id: string;
  department: string;
  period: string;
  light: Light;
  text: string;
  /** Equals the number of the latest revision. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
  history: RevisionDoc[];
}

/** The `_id` of the report of `department` for `period`. */
export function statusReportId(department: string, period: string): string {
  return `${department}|${period}`;
}

const revisionSchema = new Schema<RevisionDoc>(
  {
    revision: { type: Number, required: true },
    light: { type: String, required: true, enum: ['green', 'yellow', 'red'] },
    text: { type: String, required: true },
    at: { type: Date, required: true },
    actorId: { type: String, required: true },
  },
  { _id: false, strict: 'throw' },
);

const statusReportSchema = new Schema<StatusReportDoc>(
  {
    _id: { type: String, required: true },
    department: { type: String, required: true },
    period: { type: String, required: true },
    light: { type: String, required: true, enum: ['green', 'yellow', 'red'] },
    text: { type: String, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
    history: { type: [revisionSchema], default: [] },
  },
  { collection: 'rollout_status_reports', versionKey: false, strict: 'throw' },
);

/** The status reports of a connection (collection `rollout_status_reports`). */
export function statusReportModel(connection: Connection): Model<StatusReportDoc> {
  return (
    (connection.models.RolloutStatusReport as Model<StatusReportDoc> | undefined) ??
    connection.model<StatusReportDoc>('RolloutStatusReport', statusReportSchema)
  );
}
