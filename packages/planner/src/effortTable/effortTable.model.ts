import { Schema, type Connection, type Model } from 'mongoose';
import type { EffortTable } from '../domain/capacity.js';

/** The fixed `_id` of the effort table in the planner's settings collection. */
export const EFFORT_TABLE_ID = 'effortTable';

/**
 * The effort table central IT stored, as one document of the small `rollout_settings` collection under
 * a fixed `_id`, so that reading it is an exact `_id` lookup and changing it a versioned update.
 */
export interface EffortTableDoc {
  _id: typeof EFFORT_TABLE_ID;
  table: EffortTable;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
}

const effortTableSchema = new Schema<EffortTableDoc>(
  {
    _id: { type: String, required: true },
    // Checked at the edge against effort-table-update.schema.json; stored whole.
    table: { type: Schema.Types.Mixed, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'rollout_settings', versionKey: false, strict: 'throw' },
);

/** The stored effort table of a connection (collection `rollout_settings`, `_id` {@link EFFORT_TABLE_ID}). */
export function effortTableModel(connection: Connection): Model<EffortTableDoc> {
  return (
    (connection.models.RolloutEffortTable as Model<EffortTableDoc> | undefined) ??
    connection.model<EffortTableDoc>('RolloutEffortTable', effortTableSchema)
  );
}
