import { Schema, type Connection, type Model } from 'mongoose';
import type { Complexity } from '../domain/capacity.js';
import type { SupportLevel } from '../domain/stages.js';

/**
 * The planning attributes of one process as stored; `_id` is the process key. The department is copied
 * from the catalogue when the entry is written (a process never changes its department), so that lists
 * can be filtered by it.
 */
export interface PlanDoc {
  _id: string;
  department: string;
  complexity: Complexity;
  support: SupportLevel;
  note?: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
}

const planSchema = new Schema<PlanDoc>(
  {
    _id: { type: String, required: true },
    department: { type: String, required: true },
    complexity: { type: String, required: true, enum: ['low', 'medium', 'high'] },
    support: { type: String, required: true, enum: ['self_service', 'consulting', 'full_service', 'external'] },
    note: String,
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'rollout_plans', versionKey: false, strict: 'throw' },
);

/** The planning entries of a connection (collection `rollout_plans`). */
export function planModel(connection: Connection): Model<PlanDoc> {
  return (
    (connection.models.RolloutPlan as Model<PlanDoc> | undefined) ??
    connection.model<PlanDoc>('RolloutPlan', planSchema)
  );
}
