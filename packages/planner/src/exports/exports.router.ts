import type { ExportQuery } from '@efile/schemas';
import { guardedRouter, validate, type GuardedRouter } from '@efile/catalogue';
import type { ExportsService } from './exports.service.js';
import { tableCsv } from './tableCsv.js';
import { tableXlsx } from './tableXlsx.js';

/** The media type of XLSX files. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /api/v1/rollout/exports/{table}: a table as CSV or XLSX, for managers, consultants and admins. */
export function exportsRouter(service: ExportsService): GuardedRouter {
  const router = guardedRouter();

  router.get(
    '/:table',
    'report:export',
    validate({ params: 'export-params.schema.json', query: 'export-query.schema.json' }),
    async (req, res) => {
      const { table: name } = req.valid.params as { table: string };
      const query = req.valid.query as ExportQuery;
      const table = await service.table(req.scope, name, query);
      res.set('Cache-Control', 'no-store');
      if (query.format === 'xlsx') {
        res
          .type(XLSX_TYPE)
          .set('Content-Disposition', `attachment; filename="${table.fileName}.xlsx"`)
          .send(await tableXlsx(table));
        return;
      }
      res
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${table.fileName}.csv"`)
        .send(tableCsv(table));
    },
  );

  return router;
}
