/**
 * Opens the database: MONGODB_URI when given, otherwise the embedded FerretDB under the data directory.
 */
import mongoose, { type Connection } from 'mongoose';
import { join } from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embeddedDatabase.js';

export interface OpenDatabase {
  connection: Connection;
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(options: {
  mongodbUri?: string;
  dbName: string;
  dataDir: string;
}): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let uri = options.mongodbUri;
  if (!uri) {
    embedded = await startEmbeddedDatabase({ dataDir: join(options.dataDir, 'ferretdb') });
    uri = embedded.uri;
  }
  try {
    const connection = await mongoose
      .createConnection(uri, { dbName: options.dbName, serverSelectionTimeoutMS: 10_000, autoIndex: false })
      .asPromise();
    return {
      connection,
      embedded: embedded !== undefined,
      async close() {
        await connection.close();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
