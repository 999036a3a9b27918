#!/usr/bin/env node
/**
 * The command line: `serve` (default) runs the app; `seed [--scale N] [--seed S] [--replace]` fills an empty database.
 */
import { loadConfig } from './config.js';
import { createLogger, serve } from './serve.js';
import { runSeedCommand, seedOnStart } from './seed/seedCommand.js';

async function main(argv: string[]): Promise<void> {
  const [command = 'serve'] = argv;
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (command === 'serve') {
    const running = await serve(config, logger, seedOnStart(config));
    logger.info({ url: running.url, embeddedDatabase: running.database.embedded }, 'serving');
    process.stdout.write(`\nefile-rollout is running on ${running.url}  (Ctrl-C stops it)\n\n`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      running.close().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'error while stopping');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    return;
  }
  if (command === 'seed') {
    await runSeedCommand(config, argv.slice(1));
    return;
  }
  throw new Error(`Unknown command "${command}". Commands: serve, seed.`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const code = (err as { code?: string }).code;
  const message =
    code === 'EADDRINUSE'
      ? `Port ${process.env.PORT ?? 8080} is in use: stop what uses it, or set PORT to another port.`
      : err instanceof Error
        ? err.message
        : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
