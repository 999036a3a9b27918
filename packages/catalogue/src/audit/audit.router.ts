import type { AuditQuery } from '@efile/schemas';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { validate } from '../http/validate.js';
import { auditCsv, type AuditService } from './audit.service.js';

/** /api/v1/audit (admins): query the trail; /audit/export: the same filter as CSV or JSON. Read-only. */
export function auditRouter(service: AuditService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'audit:read', validate({ query: 'audit-query.schema.json' }), async (req, res) => {
    res.json(await service.query(req.valid.query as AuditQuery));
  });

  router.get('/export', 'audit:read', validate({ query: 'audit-query.schema.json' }), async (req, res) => {
    const { format, page: _page, pageSize: _size, ...filter } = req.valid.query as AuditQuery;
    const records = await service.export(filter);
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'json') {
      res
        .type('application/json')
        .set('Content-Disposition', `attachment; filename="audit-${stamp}.json"`)
        .send(JSON.stringify(records));
      return;
    }
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="audit-${stamp}.csv"`)
      .send(auditCsv(records));
  });

  return router;
}
