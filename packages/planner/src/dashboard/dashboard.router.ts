import { guardedRouter, validate, type GuardedRouter } from '@efile/catalogue';
import type { RolloutDashboardQuery } from '@efile/schemas';
import type { DashboardService } from './dashboard.service.js';

const query = 'rollout-dashboard-query.schema.json';

/** /api/v1/rollout: the dashboard, one department's rollout, and the base-process matrix. */
export function dashboardRouter(service: DashboardService): GuardedRouter {
  const router = guardedRouter();

  router.get('/dashboard', 'rollout:read', validate({ query }), async (req, res) => {
    res.json(await service.dashboard(req.scope, req.valid.query as RolloutDashboardQuery));
  });

  router.get(
    '/departments/:code',
    'rollout:read',
    validate({ params: 'department-params.schema.json', query }),
    async (req, res) => {
      const { code } = req.valid.params as { code: string };
      res.json(await service.department(req.scope, code, req.valid.query as RolloutDashboardQuery));
    },
  );

  router.get('/base-matrix', 'rollout:read', async (req, res) => {
    res.json(await service.baseMatrix(req.scope));
  });

  return router;
}
