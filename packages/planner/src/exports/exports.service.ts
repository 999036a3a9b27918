import type { ExportQuery } from '@efile/schemas';
import { NotFoundError, type Scope } from '@efile/catalogue';
import type { ExportRegistry, ExportTable } from './exportTable.js';

/** Produces the registered tables; an unknown table is 404. */
export class ExportsService {
  constructor(private readonly registry: ExportRegistry) {}

  async table(scope: Scope, name: string, query: ExportQuery): Promise<ExportTable> {
    const producer = this.registry.producer(name);
    if (!producer) {
      throw new NotFoundError(`There is no export table ${name}; there are: ${this.registry.names().join(', ')}.`);
    }
    return producer(scope, query);
  }
}
