import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { apiReferencePage } from './apiReferencePage.js';
import { buildOpenApiDocument } from './openApiDocument.js';
import { operations, type OperationSpec } from './operations.js';

/** GET /api/v1/openapi.json and GET /api/docs; the document is built once. */
export function openApiRouter(moreOperations: OperationSpec[] = []): GuardedRouter {
  const document = buildOpenApiDocument(undefined, [...operations, ...moreOperations]);
  const json = JSON.stringify(document);
  const html = apiReferencePage(document);
  const router = guardedRouter();
  router.get('/api/v1/openapi.json', 'docs:read', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'no-cache').send(json);
  });
  router.get('/api/docs', 'docs:read', (_req, res) => {
    res.type('text/html').set('Cache-Control', 'no-cache').send(html);
  });
  return router;
}
