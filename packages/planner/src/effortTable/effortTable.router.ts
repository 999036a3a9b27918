import type { EffortTableUpdate } from '@efile/schemas';
import { expectedVersion, guardedRouter, setVersion, validate, type GuardedRouter } from '@efile/catalogue';
import type { EffortTableService } from './effortTable.service.js';

/**
 * /api/v1/rollout/effort-table: the effort table the waves count with; every reader of the waves reads
 * it, those who plan waves (`wave:write`, admins) replace it with If-Match.
 */
export function effortTableRouter(effortTable: EffortTableService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'rollout:read', async (req, res) => {
    const setting = await effortTable.get(req.scope);
    setVersion(res, setting.version);
    res.json(setting);
  });

  router.put('/', 'wave:write', validate({ body: 'effort-table-update.schema.json' }), async (req, res) => {
    const setting = await effortTable.put(req.scope, expectedVersion(req), req.valid.body as EffortTableUpdate);
    setVersion(res, setting.version);
    res.json(setting);
  });

  return router;
}
