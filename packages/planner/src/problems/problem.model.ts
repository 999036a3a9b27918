import { Schema, type Connection, type Model } from 'mongoose';

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type ProblemStatus = 'open' | 'in_progress' | 'resolved';

/** One change of status of a problem report. */
export interface StatusChangeDoc {
  at: Date;
  actorId: string;
  from: ProblemStatus;
  to: ProblemStatus;
  resolution?: string;
}

/** A problem report as stored; `_id` is its id (`prb_…`). */
export interface ProblemDoc {
  _id: string;
  title: string;
  description: string;
  severity: Severity;
  status: ProblemStatus;
  ownerId: string;
  department: string;
  processKey?: string;
  createdAt: Date;
  createdBy: string;
  resolvedAt?: Date;
  resolution?: string;
  history: StatusChangeDoc[];
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

const statusChangeSchema = new Schema<StatusChangeDoc>(
  {
    at: { type: Date, required: true },
    actorId: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    resolution: String,
  },
  { _id: false, strict: 'throw' },
);

const problemSchema = new Schema<ProblemDoc>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    severity: { type: String, required: true, enum: ['low', 'medium', 'high', 'critical'] },
    status: { type: String, required: true, enum: ['open', 'in_progress', 'resolved'] },
    ownerId: { type: String, required: true },
    department: { type: String, required: true },
    processKey: String,
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    resolvedAt: Date,
    resolution: String,
    history: { type: [statusChangeSchema], default: [] },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'rollout_problems', versionKey: false, strict: 'throw' },
);

/** The problem reports of a connection (collection `rollout_problems`). */
export function problemModel(connection: Connection): Model<ProblemDoc> {
  return (
    (connection.models.RolloutProblem as Model<ProblemDoc> | undefined) ??
    connection.model<ProblemDoc>('RolloutProblem', problemSchema)
  );
}
