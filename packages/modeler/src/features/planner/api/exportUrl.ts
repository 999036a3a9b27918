/**
 * GET /api/v1/rollout/exports/{table}?format=csv|xlsx: the address of a table's download. The API
 * answers it as an attachment, so a plain link (with the session cookie) downloads it.
 */
import { apiUrl } from '../../../api/client';

/** The tables the planner's screens offer for download (the API's export registry). */
export type ExportTableName =
  | 'coverage-departments'
  | 'coverage-groups'
  | 'coverage-support'
  | 'support-mix'
  | 'base-matrix'
  | 'burnup'
  | 'forecast'
  | 'problems'
  | 'status-reports'
  | 'waves';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportOptions {
  /** Only these departments (tables per department). */
  departments?: readonly string[];
  /** The month, for status reports. */
  period?: string;
}

export function exportUrl(table: ExportTableName, format: ExportFormat, options: ExportOptions = {}): string {
  return apiUrl(`/rollout/exports/${table}`, {
    format,
    department: options.departments,
    period: options.period,
  });
}
