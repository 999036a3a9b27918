import type { ProcessCreate, ProcessListQuery, ProcessUpdate } from '@efile/schemas';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { validate } from '../http/validate.js';
import { expectedVersion, setVersion } from '../http/versioning.js';
import type { ProcessesService } from './processes.service.js';

const params = 'process-params.schema.json';

/**
 * /api/v1/processes: list (filtered, searched, sorted, paged), create, read, update,
 * archive (DELETE; never a hard delete) and restore.
 */
export function processesRouter(service: ProcessesService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'process:read', validate({ query: 'process-list-query.schema.json' }), async (req, res) => {
    res.json(await service.list(req.scope, req.valid.query as ProcessListQuery));
  });

  router.post('/', 'process:write', validate({ body: 'process-create.schema.json' }), async (req, res) => {
    const created = await service.create(req.scope, req.valid.body as ProcessCreate);
    setVersion(res, created.version);
    res
      .status(201)
      .location(`${req.baseUrl}/${encodeURIComponent(created.key)}`)
      .json(created);
  });

  router.get('/:key', 'process:read', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const process = await service.get(req.scope, key);
    setVersion(res, process.version);
    res.json(process);
  });

  router.patch('/:key', 'process:write', validate({ params, body: 'process-update.schema.json' }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const updated = await service.update(req.scope, key, expectedVersion(req), req.valid.body as ProcessUpdate);
    setVersion(res, updated.version);
    res.json(updated);
  });

  router.delete('/:key', 'process:write', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const archived = await service.archive(req.scope, key, expectedVersion(req));
    setVersion(res, archived.version);
    res.json(archived);
  });

  router.post('/:key/restore', 'process:write', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const restored = await service.restore(req.scope, key, expectedVersion(req));
    setVersion(res, restored.version);
    res.json(restored);
  });

  return router;
}
