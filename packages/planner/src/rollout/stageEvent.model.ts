/**
 * The stored stage events (collection `stage_events`): append-only, one document per change of stage.
 *
 * `_id` is `<processKey>#<seq>` with seq counted per process from 1 and zero-padded to six digits, so the
 * unique `_id` index is what serialises appends: two writers that both saw seq n and both append n + 1
 * cannot both succeed (the second gets a duplicate key error, i.e. its view was stale). FerretDB 1.24
 * enforces unique indexes on insert reliably, while its filtered updates are not atomic; there are
 * none here. No other index: readers never query the collection but by `_id` or as a whole.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import type { StageEvent } from '../domain/history.js';
import { STAGES, SUPPORT_LEVELS, type Stage, type SupportLevel } from '../domain/stages.js';

/** A stage event as stored. */
export interface StageEventDoc {
  /** `<processKey>#<seq, 6 digits>` (see {@link stageEventId}). */
  _id: string;
  processKey: string;
  department: string;
  at: Date;
  from: Stage;
  to: Stage;
  support: SupportLevel;
  actorId: string;
  note?: string;
  reason?: string;
  seq: number;
  recordedAt: Date;
}

/** The `_id` of a process's event number `seq`: `P-32-0001#000007`. */
export function stageEventId(processKey: string, seq: number): string {
  return `${processKey}#${String(seq).padStart(6, '0')}`;
}

/** The stored form of a domain event. */
export function toStageEventDoc(event: StageEvent, recordedAt: Date): StageEventDoc {
  return {
    _id: stageEventId(event.processKey, event.seq),
    processKey: event.processKey,
    department: event.department,
    at: new Date(event.at),
    from: event.from,
    to: event.to,
    support: event.support,
    actorId: event.actorId,
    ...(event.note !== undefined ? { note: event.note } : {}),
    ...(event.reason !== undefined ? { reason: event.reason } : {}),
    seq: event.seq,
    recordedAt,
  };
}

/** A recorded event: the domain's event and when it was stored. */
export interface RecordedEvent extends StageEvent {
  recordedAt: string;
}

/** The domain form of a stored event (`at` and `recordedAt` as ISO 8601 instants). */
export function fromStageEventDoc(doc: StageEventDoc): RecordedEvent {
  return {
    processKey: doc.processKey,
    department: doc.department,
    at: doc.at.toISOString(),
    from: doc.from,
    to: doc.to,
    support: doc.support,
    actorId: doc.actorId,
    ...(doc.note !== undefined && doc.note !== null ? { note: doc.note } : {}),
    ...(doc.reason !== undefined && doc.reason !== null ? { reason: doc.reason } : {}),
    seq: doc.seq,
    recordedAt: doc.recordedAt.toISOString(),
  };
}

const stageEventSchema = new Schema<StageEventDoc>(
  {
    _id: { type: String, required: true },
    processKey: { type: String, required: true },
    department: { type: String, required: true },
    at: { type: Date, required: true },
    from: { type: String, required: true, enum: STAGES },
    to: { type: String, required: true, enum: STAGES },
    support: { type: String, required: true, enum: SUPPORT_LEVELS },
    actorId: { type: String, required: true },
    note: String,
    reason: String,
    seq: { type: Number, required: true },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'stage_events', versionKey: false, strict: 'throw' },
);

/** The model of the stage events of a connection. */
export function stageEventModel(connection: Connection): Model<StageEventDoc> {
  return (
    (connection.models.StageEvent as Model<StageEventDoc> | undefined) ??
    connection.model<StageEventDoc>('StageEvent', stageEventSchema)
  );
}
