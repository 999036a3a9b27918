import type { ProblemReportCreate, ProblemReportListQuery, ProblemReportUpdate } from '@efile/schemas';
import { expectedVersion, guardedRouter, setVersion, validate, type GuardedRouter } from '@efile/catalogue';
import type { ProblemsService } from './problems.service.js';

const params = 'problem-report-params.schema.json';

/** /api/v1/rollout/problems: list (filtered, paged), report, read and change problem reports. */
export function problemsRouter(service: ProblemsService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'rollout:read', validate({ query: 'problem-report-list-query.schema.json' }), async (req, res) => {
    res.json(await service.list(req.scope, req.valid.query as ProblemReportListQuery));
  });

  router.post('/', 'rollout:write', validate({ body: 'problem-report-create.schema.json' }), async (req, res) => {
    const created = await service.create(req.scope, req.valid.body as ProblemReportCreate);
    res.locals.auditDepartment = created.department;
    setVersion(res, created.version);
    res.status(201).location(`${req.baseUrl}/${created.id}`).json(created);
  });

  router.get('/:id', 'rollout:read', validate({ params }), async (req, res) => {
    const { id } = req.valid.params as { id: string };
    const report = await service.get(req.scope, id);
    setVersion(res, report.version);
    res.json(report);
  });

  router.patch(
    '/:id',
    'rollout:write',
    validate({ params, body: 'problem-report-update.schema.json' }),
    async (req, res) => {
      const { id } = req.valid.params as { id: string };
      const updated = await service.update(req.scope, id, expectedVersion(req), req.valid.body as ProblemReportUpdate);
      res.locals.auditDepartment = updated.department;
      setVersion(res, updated.version);
      res.json(updated);
    },
  );

  return router;
}
