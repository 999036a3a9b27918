import { Schema, type Connection, type Model } from 'mongoose';
import type { Role } from '../auth/principal.js';

export interface AccountDoc {
  /** `acc_…`: the only id other collections and audit records hold. */
  _id: string;
  /** Lower-case sign-in name (unique). */
  username: string;
  displayName: string;
  email?: string;
  role: Role;
  departments: string[];
  allDepartments: boolean;
  active: boolean;
  source: 'local' | 'oidc';
  /** argon2id hash; only for local accounts. */
  passwordHash?: string;
  /** `issuer|subject` of an OIDC account (unique when present). */
  externalId?: string;
  lastLoginAt?: Date;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const accountSchema = new Schema<AccountDoc>(
  {
    _id: { type: String, required: true },
    username: { type: String, required: true },
    displayName: { type: String, required: true },
    email: { type: String },
    role: { type: String, required: true },
    departments: { type: [String], default: [] },
    allDepartments: { type: Boolean, required: true },
    active: { type: Boolean, required: true },
    source: { type: String, required: true },
    passwordHash: { type: String },
    externalId: { type: String },
    lastLoginAt: { type: Date },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'accounts', versionKey: false, strict: 'throw' },
);
accountSchema.index({ username: 1 }, { unique: true, name: 'username_unique' });

export function accountModel(connection: Connection): Model<AccountDoc> {
  return (
    (connection.models.Account as Model<AccountDoc> | undefined) ??
    connection.model<AccountDoc>('Account', accountSchema)
  );
}
