import type { EffortTableSetting, EffortTableUpdate } from '@efile/schemas';
import type { Scope } from '@efile/catalogue';
import type { EffortTable } from '../domain/capacity.js';
import type { EffortTableDoc } from './effortTable.model.js';
import type { EffortTableRepository } from './effortTable.repository.js';

/** Where capacity planning gets the effort table it counts with. */
export interface EffortTableSource {
  /** The table in force now: the stored one, else the configured default. */
  current(): Promise<EffortTable>;
}

/**
 * The effort table (person-days of central IT per process, support level × complexity) that demand,
 * what-if and the capacity forecast of the waves count with:
 * - until central IT stores one, the configured default applies (`plannerModules({ effortTable })`,
 *   else DEFAULT_EFFORT_TABLE), at version 0;
 * - it is replaced whole, naming the version it was read at (If-Match; 412 when someone changed it);
 * - it is read per request by an exact `_id` lookup, so a change is counted at once, by every server.
 */
export class EffortTableService implements EffortTableSource {
  constructor(
    private readonly repository: EffortTableRepository,
    private readonly defaultTable: EffortTable,
  ) {}

  async current(): Promise<EffortTable> {
    return (await this.repository.find())?.table ?? this.defaultTable;
  }

  /** The table in force with its version (0 and no author for the default table). */
  async get(_scope: Scope): Promise<EffortTableSetting> {
    return this.toSetting(await this.repository.find());
  }

  /** Replaces the table if it is still at version `expected` (0: the default, nothing stored yet). */
  async put(scope: Scope, expected: number, table: EffortTableUpdate): Promise<EffortTableSetting> {
    return this.toSetting(await this.repository.replace(expected, table, scope.actorId));
  }

  private toSetting(doc: EffortTableDoc | undefined): EffortTableSetting {
    if (!doc) return { table: this.defaultTable, isDefault: true, version: 0, updatedAt: null, updatedBy: null };
    return {
      table: doc.table,
      isDefault: false,
      version: doc.version,
      updatedAt: doc.updatedAt.toISOString(),
      updatedBy: doc.updatedBy,
    };
  }
}
