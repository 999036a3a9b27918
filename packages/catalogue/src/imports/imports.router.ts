import type { ImportQuery, ImportReport } from '@efile/schemas';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { sendProblem } from '../http/problem.js';
import { validate } from '../http/validate.js';
import type { ImportsRepository } from './imports.repository.js';
import { importProcesses, type ImportOutcome } from './imports.service.js';
import { readImportUpload } from './readImportUpload.js';

export interface ImportsRouterOptions {
  /** Largest import file in bytes (413 above). */
  maxBytes: number;
}

function rejectionDetail(report: ImportReport): string {
  if (report.errors.some((e) => e.in === 'file')) {
    return 'The file cannot be imported as it is (see errors); nothing was imported.';
  }
  return `${report.rejected} of ${report.rows} rows are invalid, so nothing was imported (mode=all). Correct them, or import with mode=valid to import the valid rows.`;
}

/**
 * /api/v1/imports. POST /processes takes CSV (German Excel export or UTF-8), JSON (an array of
 * rows or {items}) or a multipart upload with field "file"; 200 with the report, 422 (problem
 * with the report's fields) when nothing was imported, 409 when mode=all met concurrent changes.
 */
export function importsRouter(repository: ImportsRepository, options: ImportsRouterOptions): GuardedRouter {
  const router = guardedRouter();

  router.post('/processes', 'import:write', validate({ query: 'import-query.schema.json' }), async (req, res) => {
    const query = req.valid.query as ImportQuery;
    const file = await readImportUpload(req, options.maxBytes);
    const outcome: ImportOutcome = await importProcesses(req.scope, repository, file, {
      mode: query.mode ?? 'all',
      dryRun: query.dryRun ?? false,
    });
    const { errors, ...fields } = outcome.report;
    if (outcome.status === 'rejected') {
      sendProblem(res, 422, 'import-rejected', rejectionDetail(outcome.report), errors, fields);
    } else if (outcome.status === 'conflict') {
      sendProblem(
        res,
        409,
        'import-conflict',
        `${outcome.report.rejected} rows were not written because their processes changed during the import; the other rows were imported. Import the file again to apply them.`,
        errors,
        fields,
      );
    } else {
      res.json(outcome.report);
    }
  });

  return router;
}
