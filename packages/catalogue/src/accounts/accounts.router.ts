import type { AccountCreate, AccountUpdate, PasswordReset } from '@efile/schemas';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { validate } from '../http/validate.js';
import { expectedVersion, setVersion } from '../http/versioning.js';
import type { AccountsService } from './accounts.service.js';

const params = 'account-params.schema.json';

/** /api/v1/accounts (admins only): list, create, read, change (role, departments, deactivate), reset password. */
export function accountsRouter(service: AccountsService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'account:admin', async (_req, res) => {
    res.json({ items: await service.list() });
  });

  router.post('/', 'account:admin', validate({ body: 'account-create.schema.json' }), async (req, res) => {
    const created = await service.create(req.valid.body as AccountCreate);
    setVersion(res, created.version);
    res.status(201).location(`${req.baseUrl}/${created.id}`).json(created);
  });

  router.get('/:id', 'account:admin', validate({ params }), async (req, res) => {
    const account = await service.get((req.valid.params as { id: string }).id);
    setVersion(res, account.version);
    res.json(account);
  });

  router.patch('/:id', 'account:admin', validate({ params, body: 'account-update.schema.json' }), async (req, res) => {
    const { id } = req.valid.params as { id: string };
    const updated = await service.update(id, expectedVersion(req), req.valid.body as AccountUpdate, req.scope.actorId);
    setVersion(res, updated.version);
    res.json(updated);
  });

  router.put(
    '/:id/password',
    'account:admin',
    validate({ params, body: 'password-reset.schema.json' }),
    async (req, res) => {
      const { id } = req.valid.params as { id: string };
      const updated = await service.resetPassword(id, (req.valid.body as PasswordReset).password);
      setVersion(res, updated.version);
      res.status(204).end();
    },
  );

  return router;
}
