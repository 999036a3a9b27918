export { createApp, createCatalogue, type Catalogue, type CatalogueDeps } from './app.js';
export { defaultCatalogueConfig, type CatalogueConfig } from './config.js';
export { silentLogger, type Logger } from './logger.js';
export { ensureIndexes } from './db/indexes.js';
