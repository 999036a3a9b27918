/**
 * Secrets the server makes up itself when the environment gives none, kept in the small `settings`
 * collection so that they survive restarts (e.g. the key of the audit pseudonyms, which must stay the
 * same for the same actor to keep the same pseudonym).
 */
import { Schema, type Connection, type Model } from 'mongoose';
import { newSecret } from '../auth/ids.js';
import { isDuplicateKey } from '../db/versioned.js';

export interface SettingDoc {
  /** The setting's name. */
  _id: string;
  value: string;
  createdAt: Date;
}

const settingSchema = new Schema<SettingDoc>(
  {
    _id: { type: String, required: true },
    value: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'settings', versionKey: false, strict: 'throw' },
);

export function settingModel(connection: Connection): Model<SettingDoc> {
  return (
    (connection.models.Setting as Model<SettingDoc> | undefined) ??
    connection.model<SettingDoc>('Setting', settingSchema)
  );
}

/**
 * The secret stored under `name`; the first call generates a random one (256 bits) and stores it.
 * Concurrent first calls agree on one value: the insert of the loser fails on `_id` and it reads the winner's.
 */
export async function settingsSecret(connection: Connection, name: string): Promise<string> {
  const model = settingModel(connection);
  const existing = await model.findOne({ _id: name }).lean<SettingDoc>().exec();
  if (existing) return existing.value;
  const doc: SettingDoc = { _id: name, value: newSecret(), createdAt: new Date() };
  try {
    await model.insertMany([doc]);
    return doc.value;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const winner = await model.findOne({ _id: name }).lean<SettingDoc>().exec();
    if (!winner) throw err;
    return winner.value;
  }
}
