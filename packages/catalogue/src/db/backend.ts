/**
 * What the database behind a connection can do, asked once per connection.
 *
 * FerretDB 1.24 (SQLite backend), measured: (1) it pushes a filter down to SQL only when the
 * filter is exactly `{_id: <value>}` — every other filter, `{_id, version}` included, scans and
 * decodes the whole collection; (2) a filtered update reads and writes back in separate steps,
 * so two concurrent `findOneAndUpdate({_id, version: 1})` calls can both succeed.
 * MongoDB does neither: a filtered update on one document is atomic and indexes serve any filter.
 */
import type { Connection } from 'mongoose';

export interface Backend {
  /** True for FerretDB: address documents by `_id` alone, and serialise writes per document in this process. */
  ferretdb: boolean;
}

const cache = new WeakMap<Connection, Promise<Backend>>();

export function backendOf(connection: Connection): Promise<Backend> {
  let backend = cache.get(connection);
  if (!backend) {
    backend = (async () => {
      const info = await connection.db!.admin().command({ buildInfo: 1 });
      return { ferretdb: typeof info.ferretdbVersion === 'string' || typeof info.ferretdb === 'object' };
    })();
    backend.catch(() => cache.delete(connection));
    cache.set(connection, backend);
  }
  return backend;
}
