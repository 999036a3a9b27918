import { Schema, type Connection, type Model } from 'mongoose';

export interface AuditDoc {
  /** `<ISO time>_<random>`: sorts by time. */
  _id: string;
  at: Date;
  actorId: string;
  role?: string;
  action: string;
  method: string;
  resource: string;
  department?: string;
  versionBefore?: number;
  versionAfter?: number;
  status: number;
  outcome: 'success' | 'denied';
  reason?: string;
  requestId?: string;
  pseudonymised?: boolean;
}

const auditSchema = new Schema<AuditDoc>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    actorId: { type: String, required: true },
    role: { type: String },
    action: { type: String, required: true },
    method: { type: String, required: true },
    resource: { type: String, required: true },
    department: { type: String },
    versionBefore: { type: Number },
    versionAfter: { type: Number },
    status: { type: Number, required: true },
    outcome: { type: String, required: true },
    reason: { type: String },
    requestId: { type: String },
    pseudonymised: { type: Boolean },
  },
  { collection: 'audit', versionKey: false, strict: 'throw' },
);

export function auditModel(connection: Connection): Model<AuditDoc> {
  return (connection.models.Audit as Model<AuditDoc> | undefined) ?? connection.model<AuditDoc>('Audit', auditSchema);
}
