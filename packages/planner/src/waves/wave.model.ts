import { Schema, type Connection, type Model } from 'mongoose';

/** A rollout wave as stored; `_id` is the wave's slug, so every lookup is an exact `_id` filter. */
export interface WaveDoc {
  _id: string;
  name: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD` (included). */
  end: string;
  departments: string[];
  processKeys: string[];
  capacityPersonDays: number;
  note?: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
}

const waveSchema = new Schema<WaveDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    start: { type: String, required: true },
    end: { type: String, required: true },
    departments: { type: [String], default: [] },
    processKeys: { type: [String], default: [] },
    capacityPersonDays: { type: Number, required: true },
    note: String,
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'rollout_waves', versionKey: false, strict: 'throw' },
);

/** The waves of a connection (collection `rollout_waves`). */
export function waveModel(connection: Connection): Model<WaveDoc> {
  return (
    (connection.models.RolloutWave as Model<WaveDoc> | undefined) ??
    connection.model<WaveDoc>('RolloutWave', waveSchema)
  );
}
