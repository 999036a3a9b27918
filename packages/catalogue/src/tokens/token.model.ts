import { Schema, type Connection, type Model } from 'mongoose';
import type { Role } from '../auth/principal.js';

export interface TokenDoc {
  /** `tok_…`, also the middle of the secret string, so a lookup is by `_id`. */
  _id: string;
  name: string;
  /** SHA-256 of the secret part; the secret itself is shown once and never stored. */
  secretHash: string;
  role: Role;
  departments: string[];
  allDepartments: boolean;
  createdBy: string;
  createdAt: Date;
  expiresAt?: Date;
  revokedAt?: Date;
  lastUsedAt?: Date;
}

const tokenSchema = new Schema<TokenDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    secretHash: { type: String, required: true },
    role: { type: String, required: true },
    departments: { type: [String], default: [] },
    allDepartments: { type: Boolean, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date },
    revokedAt: { type: Date },
    lastUsedAt: { type: Date },
  },
  { collection: 'api_tokens', versionKey: false, strict: 'throw' },
);

export function tokenModel(connection: Connection): Model<TokenDoc> {
  return (
    (connection.models.ApiToken as Model<TokenDoc> | undefined) ?? connection.model<TokenDoc>('ApiToken', tokenSchema)
  );
}
