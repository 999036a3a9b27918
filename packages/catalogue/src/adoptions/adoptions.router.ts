import type { AdoptionCreate, ProcessParams, ProcessRebase } from '@efile/schemas';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { validate } from '../http/validate.js';
import { expectedVersion, setVersion } from '../http/versioning.js';
import type { AdoptionsService } from './adoptions.service.js';

const params = 'process-params.schema.json';

/** /api/v1/processes/{baseKey}/adoptions: a department adopts a base process; who adopted it. */
export function adoptionsRouter(service: AdoptionsService): GuardedRouter {
  const router = guardedRouter({ mergeParams: true });

  router.get('/', 'process:read', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as ProcessParams;
    res.json(await service.overview(req.scope, key));
  });

  router.post('/', 'adoption:create', validate({ params, body: 'adoption-create.schema.json' }), async (req, res) => {
    const { key } = req.valid.params as ProcessParams;
    const variant = await service.adopt(req.scope, key, req.valid.body as AdoptionCreate);
    setVersion(res, variant.version);
    res
      .status(201)
      .location(`${req.baseUrl.replace(/\/processes\/.*$/, '/processes')}/${encodeURIComponent(variant.key)}`)
      .json(variant);
  });

  return router;
}

/** /api/v1/processes/{key}/rebase: a variant moves onto a newer released base version. */
export function rebaseRouter(service: AdoptionsService): GuardedRouter {
  const router = guardedRouter({ mergeParams: true });

  router.post('/', 'process:write', validate({ params, body: 'process-rebase.schema.json' }), async (req, res) => {
    const { key } = req.valid.params as ProcessParams;
    const { baseVersion } = req.valid.body as ProcessRebase;
    const updated = await service.rebase(req.scope, key, expectedVersion(req), baseVersion);
    setVersion(res, updated.version);
    res.json(updated);
  });

  return router;
}
