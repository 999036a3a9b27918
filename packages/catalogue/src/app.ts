/**
 * createApp(deps): the catalogue service as an Express app (no listen()).
 * One folder per resource; each contributes a router mounted under /api/v1.
 */
import express, { type Express } from 'express';
import helmet from 'helmet';
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
import { accountModel } from './accounts/account.model.js';
import { AccountsRepository } from './accounts/accounts.repository.js';
import { accountsRouter } from './accounts/accounts.router.js';
import { AccountsService } from './accounts/accounts.service.js';
import { auditModel } from './audit/audit.model.js';
import { AuditWriter, auditTrail } from './audit/auditTrail.js';
import { auditRouter } from './audit/audit.router.js';
import { AuditService } from './audit/audit.service.js';
import { authenticate } from './auth/authenticate.js';
import { guardedRouter, type GuardedRouter } from './auth/authorize.js';
import type { OperationSpec } from './openapi/operations.js';
import { LoginThrottle } from './sessions/loginThrottle.js';
import { loginFailureModel, sessionModel } from './sessions/session.model.js';
import { sessionsRouter } from './sessions/sessions.router.js';
import { SessionsService } from './sessions/sessions.service.js';
import { tokenModel } from './tokens/token.model.js';
import { tokensRouter } from './tokens/tokens.router.js';
import { TokensService } from './tokens/tokens.service.js';
import { requestLog } from './http/requestLog.js';
import { oidcRouter } from './oidc/oidc.router.js';

/**
 * An API another package contributes (the planner): a guarded router mounted at `/api/v1<path>` behind the
 * same authentication, audit trail and error handling, and its operations for the OpenAPI document.
 */
export interface ApiModule {
  path: string;
  router: GuardedRouter;
  operations: OperationSpec[];
  /** Parse JSON bodies (and refuse other media types on changes) for the whole module; default true. */
  json?: boolean;
}

export interface CatalogueDeps {
  connection: Connection;
  logger?: Logger;
  config?: Partial<CatalogueConfig>;
  /** Further APIs (the planner's), mounted under /api/v1. */
  modules?: ApiModule[];
  /** Serves the built UI (static files with the single-page fallback) after every API route. */
  ui?: express.RequestHandler;
}

/** The services of the catalogue, built once per app over one database connection. */
export interface Catalogue {
  departments: DepartmentsService;
  processes: ProcessesService;
  diagrams: DiagramsService;
  adoptions: AdoptionsService;
  accounts: AccountsService;
  accountsRepository: AccountsRepository;
  sessions: SessionsService;
  tokens: TokensService;
  audit: AuditService;
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
  const config: CatalogueConfig = { ...defaultCatalogueConfig, ...deps.config };
  const accountsRepository = new AccountsRepository(accountModel(deps.connection));
  const sessions = new SessionsService(sessionModel(deps.connection), accountsRepository, {
    idleMinutes: config.auth.sessionIdleMinutes,
    absoluteHours: config.auth.sessionAbsoluteHours,
  });
  const accounts = new AccountsService(accountsRepository, departmentsRepository, sessions);
  const tokens = new TokensService(tokenModel(deps.connection), departmentsRepository);
  const audit = new AuditService(auditModel(deps.connection));
  return { departments, processes, diagrams, adoptions, accounts, accountsRepository, sessions, tokens, audit };
}

/**
 * Security headers (helmet): a strict CSP for the API and the built UI (bpmn-js sets inline styles),
 * no framing, no sniffing, no referrer leaks; HSTS only on requests that came over TLS.
 */
function securityHeaders(): express.RequestHandler {
  const common = {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' as const },
  };
  const plain = helmet({ ...common, strictTransportSecurity: false });
  const tls = helmet({ ...common, strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true } });
  return (req, res, next) => (req.secure ? tls : plain)(req, res, next);
}

/**
 * API answers are never 304 Not Modified: an ETag names the version a change must be made against
 * (If-Match), and some representations change without it (a process's latest diagram version, the
 * `latest` alias of a diagram), so revalidating by ETag could serve a stale body.
 */
const noConditionalGet: express.RequestHandler = (req, res, next) => {
  if (req.path.startsWith('/api/')) {
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];
    res.setHeader('Cache-Control', 'no-cache');
  }
  next();
};

export function createApp(deps: CatalogueDeps): Express {
  const config: CatalogueConfig = { ...defaultCatalogueConfig, ...deps.config };
  const logger = deps.logger ?? silentLogger;
  const catalogue = createCatalogue(deps);

  const auditWriter = new AuditWriter(auditModel(deps.connection), logger);
  const throttle = new LoginThrottle(loginFailureModel(deps.connection), {
    maxFailures: config.auth.loginMaxFailures,
    lockMinutes: config.auth.loginLockMinutes,
    perIpLimit: config.auth.loginPerIpLimit,
    perIpWindowMinutes: config.auth.loginPerIpWindowMinutes,
  });

  const app = express();
  app.locals.audit = auditWriter;
  /** Removes ended sessions and stale sign-in failures; the server runs it now and then. */
  app.locals.housekeeping = async (now = new Date()) => ({
    sessions: await catalogue.sessions.purgeExpired(now),
    loginFailures: await throttle.purgeStale(now),
  });
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  app.use(requestId);
  app.use(noConditionalGet);
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(auditTrail(auditWriter));
  app.use(
    authenticate({
      sessions: catalogue.sessions,
      tokens: catalogue.tokens,
      csrfExempt: (req) => req.method === 'POST' && req.path === '/api/v1/session',
    }),
  );
  const health = guardedRouter();
  health.get('/healthz', 'public', healthHandler(deps.connection));
  app.use(health.router);

  const api = express.Router();
  const json = express.json({
    limit: config.jsonMaxBytes,
    strict: true,
    type: ['application/json', 'application/*+json'],
  });
  if (config.oidc) {
    api.use(
      '/session/oidc',
      oidcRouter({
        config: config.oidc,
        accounts: catalogue.accounts,
        accountsRepository: catalogue.accountsRepository,
        sessions: catalogue.sessions,
        departments: new DepartmentsRepository(departmentModel(deps.connection)),
        logger,
      }).router,
    );
  }
  api.use(
    '/session',
    requireJson,
    json,
    sessionsRouter({ sessions: catalogue.sessions, accounts: catalogue.accountsRepository, throttle }).router,
  );
  api.use('/accounts', requireJson, json, accountsRouter(catalogue.accounts).router);
  api.use('/tokens', requireJson, json, tokensRouter(catalogue.tokens).router);
  api.use('/audit', auditRouter(catalogue.audit).router);
  api.use('/departments', requireJson, json, departmentsRouter(catalogue.departments).router);
  // Before the generic /processes router: diagram uploads are XML or multipart, not JSON.
  api.use(
    '/processes/:key/diagrams',
    diagramsRouter(catalogue.diagrams, { maxBytes: config.bpmnMaxBytes, json }).router,
  );
  api.use('/processes/:key/adoptions', requireJson, json, adoptionsRouter(catalogue.adoptions).router);
  api.use('/processes/:key/rebase', requireJson, json, rebaseRouter(catalogue.adoptions).router);
  api.use('/processes', requireJson, json, processesRouter(catalogue.processes).router);
  // Imports take CSV and multipart uploads too, so they read their body themselves.
  api.use(
    '/imports',
    importsRouter(ImportsRepository.over(deps.connection), { maxBytes: config.importMaxBytes }).router,
  );

  for (const module of deps.modules ?? []) {
    if (module.json === false) api.use(module.path, module.router.router);
    else api.use(module.path, requireJson, json, module.router.router);
  }

  app.use(openApiRouter((deps.modules ?? []).flatMap((m) => m.operations)).router);
  app.use('/api/v1', api);
  if (deps.ui) app.use(deps.ui);
  app.use(notFoundHandler);
  app.use(problemHandler(logger));
  return app;
}
