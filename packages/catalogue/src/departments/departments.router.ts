import type { DepartmentCreate, DepartmentUpdate } from '@efile/schemas';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { validate } from '../http/validate.js';
import { expectedVersion, setVersion } from '../http/versioning.js';
import type { DepartmentsService } from './departments.service.js';

const params = 'department-params.schema.json';

/** /api/v1/departments: list, create, read, update. */
export function departmentsRouter(service: DepartmentsService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'department:read', async (_req, res) => {
    const items = await service.list();
    res.json({ items, total: items.length });
  });

  router.post('/', 'department:write', validate({ body: 'department-create.schema.json' }), async (req, res) => {
    const created = await service.create(req.valid.body as DepartmentCreate);
    setVersion(res, created.version);
    res
      .status(201)
      .location(`${req.baseUrl}/${encodeURIComponent(created.code)}`)
      .json(created);
  });

  router.get('/:code', 'department:read', validate({ params }), async (req, res) => {
    const { code } = req.valid.params as { code: string };
    const department = await service.get(code);
    setVersion(res, department.version);
    res.json(department);
  });

  router.patch(
    '/:code',
    'department:write',
    validate({ params, body: 'department-update.schema.json' }),
    async (req, res) => {
      const { code } = req.valid.params as { code: string };
      const updated = await service.update(code, expectedVersion(req), req.valid.body as DepartmentUpdate);
      setVersion(res, updated.version);
      res.json(updated);
    },
  );

  return router;
}
