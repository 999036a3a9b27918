/**
 * createApp(deps): the catalogue service as an Express app (no listen()).
 * One folder per resource; each contributes a router mounted under /api/v1.
 */
import express, { type Express } from 'express';
import type { Connection } from 'mongoose';
import { defaultCatalogueConfig, type CatalogueConfig } from './config.js';
import { departmentModel } from './departments/department.model.js';
import { DepartmentsRepository } from './departments/departments.repository.js';
import { departmentsRouter } from './departments/departments.router.js';
import { DepartmentsService } from './departments/departments.service.js';
import { healthHandler } from './health.js';
import { requireJson } from './http/mediaType.js';
import { notFoundHandler, problemHandler } from './http/problem.js';
import { openApiRouter } from './openapi/openapi.router.js';
import { requestId } from './http/requestId.js';
import { silentLogger, type Logger } from './logger.js';

export interface CatalogueDeps {
  connection: Connection;
  logger?: Logger;
  config?: Partial<CatalogueConfig>;
}

/** The services of the catalogue, built once per app over one database connection. */
export interface Catalogue {
  departments: DepartmentsService;
}

export function createCatalogue(deps: CatalogueDeps): Catalogue {
  const departments = new DepartmentsService(new DepartmentsRepository(departmentModel(deps.connection)));
  return { departments };
}

export function createApp(deps: CatalogueDeps): Express {
  const config: CatalogueConfig = { ...defaultCatalogueConfig, ...deps.config };
  const logger = deps.logger ?? silentLogger;
  const catalogue = createCatalogue(deps);

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(requestId);
  app.get('/healthz', healthHandler(deps.connection));

  const api = express.Router();
  const json = express.json({
    limit: config.jsonMaxBytes,
    strict: true,
    type: ['application/json', 'application/*+json'],
  });
  api.use('/departments', requireJson, json, departmentsRouter(catalogue.departments));

  app.use(openApiRouter());
  app.use('/api/v1', api);
  app.use(notFoundHandler);
  app.use(problemHandler(logger));
  return app;
}
