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
export {
  seedDemoCity,
  seedDatabase,
  isDatabaseEmpty,
  emptyCatalogue,
  describeSeed,
  DatabaseNotEmptyError,
  type SeedOptions,
  type SeedSummary,
} from './seed/seedDemoCity.js';
export { buildDemoCity, DEFAULT_SCALE, type DemoCity } from './seed/buildDemoCity.js';
export { generateBpmn, type DiagramSpec, type GeneratedDiagram } from './seed/bpmnGenerator.js';
export { serveUi, type ServeUiOptions, type UiHandler } from './ui/serveUi.js';
export { seedDemoAccounts, DEMO_ACCOUNTS } from './accounts/initialAccounts.js';
