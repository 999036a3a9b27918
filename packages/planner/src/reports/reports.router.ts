import type { StatusReportHistoryQuery, StatusReportListQuery, StatusReportUpdate } from '@efile/schemas';
import { expectedVersion, guardedRouter, setVersion, validate, type GuardedRouter } from '@efile/catalogue';
import type { ReportsService } from './reports.service.js';

const params = 'status-report-params.schema.json';

/**
 * /api/v1/rollout/reports: the latest status report (Ampel) of each department for a month, one
 * department's latest report per month over a range of months, and one department's report for a month
 * with its history; writing a new revision with PUT.
 */
export function reportsRouter(service: ReportsService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'rollout:read', validate({ query: 'status-report-list-query.schema.json' }), async (req, res) => {
    const query = req.valid.query as StatusReportListQuery;
    res.json(await service.latest(req.scope, query.period, query.department));
  });

  router.get(
    '/:department',
    'rollout:read',
    validate({
      params: 'status-report-department-params.schema.json',
      query: 'status-report-history-query.schema.json',
    }),
    async (req, res) => {
      const { department } = req.valid.params as { department: string };
      res.json(await service.history(req.scope, department, req.valid.query as StatusReportHistoryQuery));
    },
  );

  router.get('/:department/:period', 'rollout:read', validate({ params }), async (req, res) => {
    const { department, period } = req.valid.params as { department: string; period: string };
    const report = await service.get(req.scope, department, period);
    setVersion(res, report.version);
    res.json(report);
  });

  router.put(
    '/:department/:period',
    'rollout:write',
    validate({ params, body: 'status-report-update.schema.json' }),
    async (req, res) => {
      const { department, period } = req.valid.params as { department: string; period: string };
      const expected = req.get('If-Match') === undefined ? undefined : expectedVersion(req);
      const { report, created } = await service.put(
        req.scope,
        department,
        period,
        expected,
        req.valid.body as StatusReportUpdate,
      );
      res.locals.auditDepartment = department;
      setVersion(res, report.version);
      if (created) res.status(201).location(`${req.baseUrl}/${department}/${period}`);
      res.json(report);
    },
  );

  return router;
}
