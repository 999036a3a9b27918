import express, { type RequestHandler } from 'express';
import {
  expectedVersion,
  guardedRouter,
  readImportUpload,
  requireJson,
  sendProblem,
  setVersion,
  validate,
  type GuardedRouter,
} from '@efile/catalogue';
import type {
  RolloutEventCreate,
  RolloutHistoryImportQuery,
  RolloutHistoryImportReport,
  RolloutStageChange,
} from '@efile/schemas';
import type { RolloutService } from './rollout.service.js';

const params = 'process-params.schema.json';

export interface RolloutRouterOptions {
  /** Largest JSON body in bytes. */
  jsonMaxBytes: number;
  /** Largest history file in bytes. */
  importMaxBytes: number;
}

function rejectionDetail(report: RolloutHistoryImportReport): string {
  if (report.errors.some((e) => e.in === 'file')) {
    return 'The file cannot be imported as it is (see errors); nothing was recorded.';
  }
  return `${report.rejected} of ${report.rows} rows are invalid, so nothing was recorded. Correct them and import the file again.`;
}

/**
 * /api/v1/rollout: a process's current stage and timeline, recording a change (If-Match: the latest
 * seq, "0" for none), bulk changes, the history import, and the consistency check.
 */
export function rolloutRouter(service: RolloutService, options: RolloutRouterOptions): GuardedRouter {
  const router = guardedRouter();
  // The module reads bodies per route: the history import takes CSV, the rest JSON.
  const json: RequestHandler[] = [
    requireJson,
    express.json({ limit: options.jsonMaxBytes, strict: true, type: ['application/json', 'application/*+json'] }),
  ];

  router.get('/processes/:key', 'rollout:read', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const state = await service.get(req.scope, key);
    setVersion(res, state.events);
    res.json(state);
  });

  router.get('/processes/:key/events', 'rollout:read', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as { key: string };
    const { items, seq } = await service.timeline(req.scope, key);
    setVersion(res, seq);
    res.json({ processKey: key, items });
  });

  router.post(
    '/processes/:key/events',
    'rollout:write',
    ...json,
    validate({ params, body: 'rollout-event-create.schema.json' }),
    async (req, res) => {
      const { key } = req.valid.params as { key: string };
      const event = await service.record(req.scope, key, expectedVersion(req), req.valid.body as RolloutEventCreate);
      setVersion(res, event.seq);
      res.locals.auditDepartment = event.department;
      res
        .status(201)
        .location(`${req.baseUrl}/processes/${encodeURIComponent(key)}/events`)
        .json(event);
    },
  );

  router.post(
    '/stage-changes',
    'rollout:write',
    ...json,
    validate({ body: 'rollout-stage-change.schema.json' }),
    async (req, res) => {
      res.json(await service.changeStages(req.scope, req.valid.body as RolloutStageChange));
    },
  );

  router.post(
    '/imports/history',
    'rollout:write',
    validate({ query: 'rollout-history-import-query.schema.json' }),
    async (req, res) => {
      const query = req.valid.query as RolloutHistoryImportQuery;
      const file = await readImportUpload(req, options.importMaxBytes);
      if (file.format !== 'csv') {
        sendProblem(res, 415, 'unsupported-media-type', 'The history import takes a CSV file (text/csv), not JSON.');
        return;
      }
      const { status, report } = await service.importHistory(req.scope, file, { dryRun: query.dryRun ?? false });
      const { errors, ...fields } = report;
      if (status === 'rejected' && !report.dryRun) {
        sendProblem(res, 422, 'import-rejected', rejectionDetail(report), errors, fields);
      } else if (status === 'conflict') {
        sendProblem(
          res,
          409,
          'import-conflict',
          `${report.rejected} rows were not recorded because their processes changed during the import; the other ${report.recorded} were recorded. Import the rows not recorded again.`,
          errors,
          fields,
        );
      } else {
        res.json(report);
      }
    },
  );

  router.get('/consistency', 'audit:read', async (_req, res) => {
    res.json(await service.consistency());
  });

  return router;
}
