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
import { AdoptionsRepository } from './adoptions/adoptions.repository.js';
import { adoptionsRouter, rebaseRouter } from './adoptions/adoptions.router.js';
import { AdoptionsService } from './adoptions/adoptions.service.js';
import { BpmnParserPool } from './diagrams/bpmn/bpmnParserPool.js';
import { diagramContentModel, diagramModel } from './diagrams/diagram.model.js';
import { DiagramsRepository } from './diagrams/diagrams.repository.js';
import { diagramsRouter } from './diagrams/diagrams.router.js';
import { DiagramsService } from './diagrams/diagrams.service.js';
import { healthHandler } from './health.js';
import { ImportsRepository } from './imports/imports.repository.js';
import { importsRouter } from './imports/imports.router.js';
import { requireJson } from './http/mediaType.js';
import { notFoundHandler, problemHandler } from './http/problem.js';
import { openApiRouter } from './openapi/openapi.router.js';
import { processModel } from './processes/process.model.js';
import { ProcessesRepository } from './processes/processes.repository.js';
import { processesRouter } from './processes/processes.router.js';
import { ProcessesService } from './processes/processes.service.js';
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
  processes: ProcessesService;
  diagrams: DiagramsService;
  adoptions: AdoptionsService;
}

export function createCatalogue(deps: CatalogueDeps): Catalogue {
  const departmentsRepository = new DepartmentsRepository(departmentModel(deps.connection));
  const departments = new DepartmentsService(departmentsRepository);
  const processes = new ProcessesService(
    new ProcessesRepository(processModel(deps.connection), {
      listCache: deps.config?.processListCache ?? defaultCatalogueConfig.processListCache,
    }),
    departmentsRepository,
  );
  const diagramsRepository = new DiagramsRepository(
    diagramModel(deps.connection),
    diagramContentModel(deps.connection),
    processModel(deps.connection),
  );
  const diagrams = new DiagramsService(diagramsRepository, BpmnParserPool.shared(), {
    parseTimeoutMs: deps.config?.bpmnParseTimeoutMs ?? defaultCatalogueConfig.bpmnParseTimeoutMs,
  });
  const adoptions = new AdoptionsService(
    new AdoptionsRepository(processModel(deps.connection), departmentModel(deps.connection)),
    diagramsRepository,
  );
  return { departments, processes, diagrams, adoptions };
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
  // Before the generic /processes router: diagram uploads are XML or multipart, not JSON.
  api.use('/processes/:key/diagrams', diagramsRouter(catalogue.diagrams, { maxBytes: config.bpmnMaxBytes, json }));
  api.use('/processes/:key/adoptions', requireJson, json, adoptionsRouter(catalogue.adoptions));
  api.use('/processes/:key/rebase', requireJson, json, rebaseRouter(catalogue.adoptions));
  api.use('/processes', requireJson, json, processesRouter(catalogue.processes));
  // Imports take CSV and multipart uploads too, so they read their body themselves.
  api.use('/imports', importsRouter(ImportsRepository.over(deps.connection), { maxBytes: config.importMaxBytes }));

  app.use(openApiRouter());
  app.use('/api/v1', api);
  app.use(notFoundHandler);
  app.use(problemHandler(logger));
  return app;
}
