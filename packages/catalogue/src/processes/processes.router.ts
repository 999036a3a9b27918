import { Router } from 'express';
import type { ProcessCreate, ProcessListQuery, ProcessUpdate } from '@efile/schemas';
import { validate } from '../http/validate.js';
import { expectedVersion, setVersion } from '../http/versioning.js';
import type { ProcessesService } from './processes.service.js';

const params = 'process-params.schema.json';

/**
 * /api/v1/processes: list (filtered, searched, sorted, paged), create, read, update,
 * archive (DELETE; never a hard delete) and restore.
 */
export function processesRouter(service: ProcessesService): Router {
  const router = Router();

  router.get('/', validate({ query: 'process-list-query.schema.json' }), async (req, res) => {
    res.json(await service.list(req.valid.query as ProcessListQuery));
  });

  router.post('/', validate({ body: 'process-create.schema.json' }), async (req, res) => {
    const created = await service.create(req.valid.body as ProcessCreate);
    setVersion(res, created.version);
    res
      .status(201)
      .location(`${req.baseUrl}/${encodeURIComponent(created.key)}`)
      .json(created);
  });

  router.get('/:key', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const process = await service.get(key);
    setVersion(res, process.version);
    res.json(process);
  });

  router.patch('/:key', validate({ params, body: 'process-update.schema.json' }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const updated = await service.update(key, expectedVersion(req), req.valid.body as ProcessUpdate);
    setVersion(res, updated.version);
    res.json(updated);
  });

  router.delete('/:key', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const archived = await service.archive(key, expectedVersion(req));
    setVersion(res, archived.version);
    res.json(archived);
  });

  router.post('/:key/restore', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const restored = await service.restore(key, expectedVersion(req));
    setVersion(res, restored.version);
    res.json(restored);
  });

  return router;
}
