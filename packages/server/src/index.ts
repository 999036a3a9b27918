export { loadConfig, type ServerConfig } from './config.js';
export { serve, createLogger, type RunningServer } from './serve.js';
export { openDatabase, type OpenDatabase } from './db/database.js';
export {
  startEmbeddedDatabase,
  ferretdbBinary,
  freePort,
  repoRoot,
  type EmbeddedDatabase,
} from './db/embeddedDatabase.js';
