import { Schema, type Connection, type Model } from 'mongoose';

export interface SessionDoc {
  /** SHA-256 of the cookie's secret: a copy of the database gives no usable session. */
  _id: string;
  accountId: string;
  csrfToken: string;
  via: 'password' | 'oidc';
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end; the idle end is `lastSeenAt` + the idle timeout. */
  expiresAt: Date;
}

const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    csrfToken: { type: String, required: true },
    via: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'sessions', versionKey: false, strict: 'throw' },
);

export function sessionModel(connection: Connection): Model<SessionDoc> {
  return (
    (connection.models.Session as Model<SessionDoc> | undefined) ??
    connection.model<SessionDoc>('Session', sessionSchema)
  );
}

export interface LoginFailureDoc {
  /** The lower-case username tried, whether or not such an account exists. */
  _id: string;
  failures: number;
  firstFailureAt: Date;
  lockedUntil?: Date;
}

const loginFailureSchema = new Schema<LoginFailureDoc>(
  {
    _id: { type: String, required: true },
    failures: { type: Number, required: true },
    firstFailureAt: { type: Date, required: true },
    lockedUntil: { type: Date },
  },
  { collection: 'login_failures', versionKey: false, strict: 'throw' },
);

export function loginFailureModel(connection: Connection): Model<LoginFailureDoc> {
  return (
    (connection.models.LoginFailure as Model<LoginFailureDoc> | undefined) ??
    connection.model<LoginFailureDoc>('LoginFailure', loginFailureSchema)
  );
}
