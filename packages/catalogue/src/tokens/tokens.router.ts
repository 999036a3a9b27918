import type { ApiTokenCreate } from '@efile/schemas';
import { guardedRouter, type GuardedRouter } from '../auth/authorize.js';
import { validate } from '../http/validate.js';
import type { TokensService } from './tokens.service.js';

const params = 'token-params.schema.json';

/** /api/v1/tokens (admins only): create (the secret is in this one answer), list, read, revoke. */
export function tokensRouter(service: TokensService): GuardedRouter {
  const router = guardedRouter();

  router.get('/', 'account:admin', async (_req, res) => {
    res.json({ items: await service.list() });
  });

  router.post('/', 'account:admin', validate({ body: 'token-create.schema.json' }), async (req, res) => {
    const created = await service.create(req.valid.body as ApiTokenCreate, req.scope.actorId);
    res.status(201).location(`${req.baseUrl}/${created.token.id}`).set('Cache-Control', 'no-store').json(created);
  });

  router.get('/:id', 'account:admin', validate({ params }), async (req, res) => {
    res.json(await service.get((req.valid.params as { id: string }).id));
  });

  router.delete('/:id', 'account:admin', validate({ params }), async (req, res) => {
    res.json(await service.revoke((req.valid.params as { id: string }).id));
  });

  return router;
}
