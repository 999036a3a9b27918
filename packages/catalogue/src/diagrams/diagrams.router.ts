import type { RequestHandler } from 'express';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import type { DiagramParams, DiagramStatusChange, DiagramUploadQuery } from '@efile/schemas';
import { requireJson } from '../http/mediaType.js';
import { validate } from '../http/validate.js';
import { expectedVersion, setVersion } from '../http/versioning.js';
import { readBpmnUpload } from './readBpmnUpload.js';
import { versionRef, type DiagramsService } from './diagrams.service.js';

const params = 'diagram-params.schema.json';

export interface DiagramsRouterOptions {
  /** Largest BPMN upload in bytes. */
  maxBytes: number;
  /** The app's JSON body parser (for the status change). */
  json: RequestHandler;
}

/**
 * /api/v1/processes/{key}/diagrams: upload a version, list versions, read one (metadata or
 * the exact bytes), move it through the release workflow. Mounted with the process key in the path.
 */
export function diagramsRouter(service: DiagramsService, options: DiagramsRouterOptions): GuardedRouter {
  const router = guardedRouter({ mergeParams: true });

  router.get('/', 'process:read', validate({ params }), async (req, res) => {
    const { key } = req.valid.params as DiagramParams;
    const items = await service.list(req.scope, key);
    res.json({ items, total: items.length });
  });

  router.post(
    '/',
    'process:write',
    validate({ params, query: 'diagram-upload-query.schema.json' }),
    async (req, res) => {
      const { key } = req.valid.params as DiagramParams;
      const query = req.valid.query as DiagramUploadQuery;
      const upload = await readBpmnUpload(req, res, options.maxBytes);
      const message = upload.message ?? query.message;
      const created = await service.upload(req.scope, key, {
        bytes: upload.bytes,
        ...(message !== undefined ? { message } : {}),
      });
      setVersion(res, created.revision);
      res.status(201).location(`${req.baseUrl}/${created.version}`).json(created);
    },
  );

  router.get('/:version', 'process:read', validate({ params }), async (req, res) => {
    const { key, version } = req.valid.params as Required<DiagramParams>;
    const diagram = await service.get(req.scope, key, versionRef(version));
    setVersion(res, diagram.revision);
    res.json(diagram);
  });

  router.get('/:version/content', 'process:read', validate({ params }), async (req, res) => {
    const { key, version } = req.valid.params as Required<DiagramParams>;
    const { metadata, content } = await service.content(req.scope, key, versionRef(version));
    res
      .status(200)
      .type('application/xml')
      .set({
        'Content-Disposition': `attachment; filename="${metadata.processKey}-v${metadata.version}.bpmn"`,
        'X-Content-Type-Options': 'nosniff',
      })
      .send(content);
  });

  router.patch(
    '/:version',
    'process:write',
    requireJson,
    options.json,
    validate({ params, body: 'diagram-status-change.schema.json' }),
    async (req, res) => {
      const { key, version } = req.valid.params as Required<DiagramParams>;
      const updated = await service.changeStatus(
        req.scope,
        key,
        versionRef(version),
        expectedVersion(req),
        req.valid.body as DiagramStatusChange,
      );
      setVersion(res, updated.revision);
      res.json(updated);
    },
  );

  return router;
}
