import type { Request } from 'express';
import type { WaveCreate, WaveMove, WavePlanListQuery, WavePlanUpdate, WaveUpdate, WaveWhatIf } from '@efile/schemas';
import { expectedVersion, guardedRouter, setVersion, validate, type GuardedRouter } from '@efile/catalogue';
import type { PlansService } from './plans.service.js';
import type { WavesService } from './waves.service.js';

const params = 'wave-params.schema.json';
const planParams = 'wave-plan-params.schema.json';

/** The version in If-Match when one is sent (400 when it is not an ETag of this API), else undefined. */
export function optionalVersion(req: Request): number | undefined {
  return req.get('If-Match') === undefined ? undefined : expectedVersion(req);
}

/**
 * /api/v1/rollout/waves: the waves with demand against capacity, their changes (admins), moving
 * departments and processes between waves, what-if scenarios, and the planning entries of processes
 * (/plans/{key}). `plans` and `what-if` are reserved wave ids, so these routes never shadow a wave.
 */
export function wavesRouter(waves: WavesService, plans: PlansService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'rollout:read', async (req, res) => {
    res.json(await waves.overview(req.scope));
  });

  router.post('/', 'wave:write', validate({ body: 'wave-create.schema.json' }), async (req, res) => {
    const created = await waves.create(req.scope, req.valid.body as WaveCreate);
    setVersion(res, created.version);
    res.status(201).location(`${req.baseUrl}/${created.id}`).json(created);
  });

  router.post('/what-if', 'rollout:read', validate({ body: 'wave-what-if.schema.json' }), async (req, res) => {
    res.json(await waves.whatIf(req.scope, req.valid.body as WaveWhatIf));
  });

  router.get('/plans', 'rollout:read', validate({ query: 'wave-plan-list-query.schema.json' }), async (req, res) => {
    res.json(await plans.list(req.scope, req.valid.query as WavePlanListQuery));
  });

  router.get('/plans/:key', 'rollout:read', validate({ params: planParams }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const plan = await plans.get(req.scope, key);
    setVersion(res, plan.version);
    res.json(plan);
  });

  router.put(
    '/plans/:key',
    'rollout:write',
    validate({ params: planParams, body: 'wave-plan-update.schema.json' }),
    async (req, res) => {
      const { key } = req.valid.params as { key: string };
      const { plan, created } = await plans.put(req.scope, key, optionalVersion(req), req.valid.body as WavePlanUpdate);
      res.locals.auditDepartment = plan.department;
      setVersion(res, plan.version);
      if (created) res.status(201).location(`${req.baseUrl}/plans/${key}`);
      res.json(plan);
    },
  );

  router.get('/:id', 'rollout:read', validate({ params }), async (req, res) => {
    const { id } = req.valid.params as { id: string };
    const wave = await waves.get(req.scope, id);
    setVersion(res, wave.version);
    res.json(wave);
  });

  router.patch('/:id', 'wave:write', validate({ params, body: 'wave-update.schema.json' }), async (req, res) => {
    const { id } = req.valid.params as { id: string };
    const updated = await waves.update(req.scope, id, expectedVersion(req), req.valid.body as WaveUpdate);
    setVersion(res, updated.version);
    res.json(updated);
  });

  router.delete('/:id', 'wave:write', validate({ params }), async (req, res) => {
    const { id } = req.valid.params as { id: string };
    await waves.remove(req.scope, id, expectedVersion(req));
    res.status(204).end();
  });

  router.post('/:id/move', 'wave:write', validate({ params, body: 'wave-move.schema.json' }), async (req, res) => {
    const { id } = req.valid.params as { id: string };
    const moved = await waves.move(req.scope, id, expectedVersion(req), req.valid.body as WaveMove);
    setVersion(res, moved.wave.version);
    res.json(moved);
  });

  return router;
}
