/**
 * Composes the services into one HTTP server on the configured port.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { AuditRetention, auditModel, createApp, ensureIndexes, settingsSecret } from '@efile/catalogue';
import { plannerModules } from '@efile/planner';
import type { ServerConfig } from './config.js';
import { openDatabase, type OpenDatabase } from './db/database.js';
// The built web interface: packages/modeler/dist, served after the API.
import { repoRoot } from './db/embeddedDatabase.js';
import { serveUi } from './ui/serveUi.js';

export interface RunningServer {
  url: string;
  database: OpenDatabase;
  close(): Promise<void>;
}

export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, redact: ['req.headers.authorization', 'req.headers.cookie', '*.password'] });
}

type Housekeeping = () => Promise<{ sessions: number; loginFailures: number }>;

/** Every hour, removes ended sessions and stale sign-in failures (an unref'd timer). */
function startHousekeeping(run: Housekeeping, logger: Logger): NodeJS.Timeout {
  const timer = setInterval(() => {
    run().then(
      (removed) => logger.info(removed, 'housekeeping'),
      (err: unknown) => logger.error({ err }, 'housekeeping failed'),
    );
  }, 3_600_000);
  timer.unref();
  return timer;
}

/** Opens the database, prepares it and serves the app. */
export async function serve(
  config: ServerConfig,
  logger: Logger,
  prepare?: (database: OpenDatabase) => Promise<void>,
): Promise<RunningServer> {
  const database = await openDatabase({
    mongodbUri: config.mongodbUri,
    dbName: config.dbName,
    dataDir: config.dataDir,
  });
  try {
    await ensureIndexes(database.connection);
    await prepare?.(database);
    const app = createApp({
      connection: database.connection,
      logger,
      config: config.catalogue,
      // The rollout planner's APIs under /api/v1/rollout; the stage history is read into memory at start.
      modules: plannerModules({
        connection: database.connection,
        targetDate: config.rolloutTargetDate,
        preload: true,
        jsonMaxBytes: config.catalogue.jsonMaxBytes,
        importMaxBytes: config.catalogue.importMaxBytes,
      }),
      ui: serveUi({ root: join(repoRoot, 'packages', 'modeler', 'dist') }),
    });
    const { auditRetentionDays, auditPseudonymSecret } = config.catalogue.auth;
    const retention = new AuditRetention(auditModel(database.connection), {
      retentionDays: auditRetentionDays,
      secret: auditPseudonymSecret ?? (await settingsSecret(database.connection, 'auditPseudonymSecret')),
      logger,
    });
    const server: Server = await new Promise((resolve, reject) => {
      // Express 5 calls back with the error when the port cannot be bound.
      const s = app.listen(config.port, config.host, (err?: Error) => (err ? reject(err) : resolve(s)));
    });
    retention.start();
    const housekeeping = startHousekeeping(app.locals.housekeeping as Housekeeping, logger);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
    return {
      url: `http://${host}:${port}`,
      database,
      async close() {
        clearInterval(housekeeping);
        await retention.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
