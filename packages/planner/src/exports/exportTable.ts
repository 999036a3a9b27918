/**
 * Export tables: what a table export is (German column titles, typed columns, rows), and the registry
 * that names the tables GET /rollout/exports/{table} can produce. The planning modules register theirs;
 * the dashboard and the lead add more (coverage tables) with `registerExportTable`.
 */
import type { ExportQuery } from '@efile/schemas';
import type { Scope } from '@efile/catalogue';

/**
 * How a column's cells are typed: `text`; `integer` and `number`; `percent` (a share, 0.46 for 46 %);
 * `date` (a day: `YYYY-MM-DD` or a Date) and `datetime` (an instant: ISO 8601 or a Date, shown in UTC).
 */
export type ExportColumnType = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime';

/** One column of an export table. */
export interface ExportColumn {
  /** The property of each row the column shows. */
  key: string;
  /** The German column title. */
  title: string;
  type: ExportColumnType;
  /** Width in characters in XLSX; default from the type and title. */
  width?: number;
}

/** A cell value; null and undefined leave the cell empty. */
export type ExportValue = string | number | boolean | Date | null | undefined;

/** A table to export. */
export interface ExportTable {
  /** The sheet name in XLSX (at most 31 characters; characters Excel forbids are replaced). */
  sheetName: string;
  /** The file name without extension, e.g. `wellen-2026-11-26`. */
  fileName: string;
  columns: ExportColumn[];
  rows: Array<Record<string, ExportValue>>;
  /**
   * Lines below the table, after one empty line (the counting rule, what was counted, when): in CSV one
   * field per line, in XLSX in the first column, outside the auto-filter.
   */
  notes?: string[];
}

/**
 * Produces a table for the caller: `scope` (action `report:export`) limits it to the departments the
 * caller may see; `query` carries the optional period and departments of the request.
 */
export type ExportProducer = (scope: Scope, query: ExportQuery) => Promise<ExportTable>;

const NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** The tables that can be exported, by name (the `{table}` of the URL). */
export class ExportRegistry {
  private readonly producers = new Map<string, ExportProducer>();

  /** Adds a table; names are lower-case slugs and unique. */
  registerExportTable(name: string, producer: ExportProducer): void {
    if (!NAME.test(name)) throw new Error(`An export table name is a lower-case slug (a-z, 0-9, -): ${name}`);
    if (this.producers.has(name)) throw new Error(`The export table ${name} is registered already.`);
    this.producers.set(name, producer);
  }

  /** The producer of table `name`, if registered. */
  producer(name: string): ExportProducer | undefined {
    return this.producers.get(name);
  }

  /** The names of the registered tables, sorted. */
  names(): string[] {
    return [...this.producers.keys()].sort();
  }
}
