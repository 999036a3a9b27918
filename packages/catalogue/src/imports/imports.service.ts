/**
 * The rules of a process import: every row is checked against the create schema and the
 * catalogue (departments exist, keys are unique in the file, department and kind never change,
 * variants only take metadata), then new processes are inserted and changed ones updated,
 * conditionally on the version read. Idempotent by key: importing the same file twice changes nothing.
 */
import { validator, type FieldError, type ImportReport, type ProcessCreate } from '@efile/schemas';
import { derivedFields, newProcessDoc, type ProcessDoc } from '../processes/process.model.js';
import type { ResourceRef } from '../auth/policy.js';
import type { Scope } from '../auth/scope.js';
import { DomainError, ForbiddenError } from '../errors.js';
import { IMPORT_COLUMNS, LIST_FIELDS, type ImportField } from './importColumns.js';
import type { ExistingProcess, ImportsRepository, VersionedChange } from './imports.repository.js';
import { parseImportFile, type ImportFile, type ImportRow } from './parseImportFile.js';

export type ImportMode = ImportReport['mode'];

export interface ImportOptions {
  /** all: nothing is written when any row fails; valid: the valid rows are written. */
  mode: ImportMode;
  /** Validate and report, write nothing. */
  dryRun: boolean;
  /** The instant stamped on created and updated processes (defaults to now). */
  now?: Date;
}

/**
 * ok: imported (or, in a dry run, checked, whatever the outcome); rejected: nothing was written
 * because the file or, in mode=all, a row is invalid; conflict: mode=all, but some rows could not be written because
 * someone else changed those processes during the import (the other rows were written).
 */
export type ImportStatus = 'ok' | 'rejected' | 'conflict';

export interface ImportOutcome {
  status: ImportStatus;
  report: ImportReport;
}

const IMPORT_FIELDS: readonly ImportField[] = IMPORT_COLUMNS.map((c) => c.field);

/** Fields a variant of a base process takes from its base; an import may not change them. */
const VARIANT_FIXED: ReadonlySet<ImportField> = new Set(['name', 'description']);

const validateProcess = validator<ProcessCreate>('process-create.schema.json', 'row');

/** A row that passed every check, and what it does. */
type Plan = { action: 'create'; doc: ProcessDoc } | { action: 'update'; change: VersionedChange } | { action: 'none' };

/** Imports the processes of a file; see ImportOptions for the modes. */
export async function importProcesses(
  scope: Scope,
  repository: ImportsRepository,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const now = options.now ?? new Date();
  const parsed = parseImportFile(file);
  const report: ImportReport = {
    mode: options.mode,
    dryRun: options.dryRun,
    format: parsed.format,
    encoding: parsed.encoding,
    ...(parsed.separator ? { separator: parsed.separator } : {}),
    rows: parsed.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
  };
  const refused: ImportStatus = options.dryRun ? 'ok' : 'rejected';
  if (parsed.errors.length > 0) {
    return { status: refused, report: { ...report, rejected: parsed.rows.length, errors: parsed.errors } };
  }

  const rows = parsed.rows;
  markDuplicateKeys(rows);
  const keys = unique(rows.map((r) => r.values.key).filter((k): k is string => typeof k === 'string'));
  const codes = unique(rows.map((r) => r.values.department).filter((c): c is string => typeof c === 'string'));
  const [existing, departments] = await Promise.all([repository.existing(keys), repository.existingDepartments(codes)]);
  checkScope(scope, rows, existing);

  const plans = new Map<ImportRow, Plan>();
  for (const row of rows) {
    const plan = planRow(row, existing, departments, now);
    if (row.errors.length === 0) plans.set(row, plan);
  }
  const errors = rows.flatMap((r) => r.errors);
  const rejected = rows.length - plans.size;
  const creates: ProcessDoc[] = [];
  const changes: VersionedChange[] = [];
  let unchanged = 0;
  for (const plan of plans.values()) {
    if (plan.action === 'create') creates.push(plan.doc);
    else if (plan.action === 'update') changes.push(plan.change);
    else unchanged += 1;
  }

  if (options.mode === 'all' && rejected > 0) {
    return { status: refused, report: { ...report, rejected, errors } };
  }
  if (options.dryRun) {
    return {
      status: 'ok',
      report: { ...report, created: creates.length, updated: changes.length, unchanged, rejected, errors },
    };
  }

  const [inserted, updated] = await Promise.all([repository.insert(creates), repository.update(changes, now)]);
  const rowOfKey = new Map(rows.map((r) => [r.values.key, r.row]));
  const conflictErrors: FieldError[] = [
    ...inserted.conflicts.map((key) => conflict(rowOfKey.get(key), key, 'was created by someone else')),
    ...updated.conflicts.map((key) => conflict(rowOfKey.get(key), key, 'was changed by someone else')),
  ];
  const conflicts = conflictErrors.length;
  return {
    status: conflicts > 0 && options.mode === 'all' ? 'conflict' : 'ok',
    report: {
      ...report,
      created: inserted.written,
      updated: updated.written,
      unchanged,
      rejected: rejected + conflicts,
      errors: [...errors, ...conflictErrors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    },
  };
}

function conflict(row: number | undefined, key: string, what: string): FieldError {
  return {
    in: 'row',
    ...(row !== undefined ? { row } : {}),
    field: 'key',
    message: `process ${key} ${what} during the import, so this row was not written; import the file again to apply it`,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Every row whose key occurs more than once in the file gets an error naming the other rows. */
function markDuplicateKeys(rows: readonly ImportRow[]): void {
  const byKey = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const key = row.values.key;
    if (typeof key !== 'string') continue;
    const same = byKey.get(key);
    if (same) same.push(row);
    else byKey.set(key, [row]);
  }
  for (const [key, same] of byKey) {
    if (same.length < 2) continue;
    for (const row of same) {
      const others = same.filter((r) => r !== row).map((r) => r.row);
      row.errors.push({
        in: 'row',
        row: row.row,
        field: 'key',
        message: `${key} appears again in row ${others.join(', ')}; each key may appear once in a file`,
      });
    }
  }
}

/** Checks one row against the schema and the catalogue and decides what it does; errors go to row.errors. */
function planRow(
  row: ImportRow,
  existingByKey: ReadonlyMap<string, ExistingProcess>,
  departments: ReadonlySet<string>,
  now: Date,
): Plan {
  const { values, cleared } = row;
  const existing = typeof values.key === 'string' ? existingByKey.get(values.key) : undefined;
  const candidate: Record<string, unknown> = existing ? currentFields(existing) : {};
  for (const [field, value] of Object.entries(values)) candidate[field] = value;
  for (const field of cleared) delete candidate[field];
  addSchemaErrors(row, candidate);

  if (!existing) {
    const department = values.department;
    if (typeof department === 'string' && !departments.has(department)) {
      addError(row, 'department', `department ${department} does not exist (create it first)`);
    }
    if (row.errors.length > 0) return { action: 'none' };
    return { action: 'create', doc: newProcessDoc(candidate as unknown as ProcessCreate, now) };
  }

  for (const field of ['department', 'kind'] as const) {
    if (values[field] !== undefined && values[field] !== existing[field]) {
      addError(
        row,
        field,
        `cannot change by import: process ${existing.key} has ${field} ${existing[field]}, the file says ${String(values[field])}`,
      );
    }
  }
  const changed = IMPORT_FIELDS.filter((field) => differs(existing[field], candidate[field], field));
  if (existing.baseProcess) {
    for (const field of changed.filter((f) => VARIANT_FIXED.has(f))) {
      addError(
        row,
        field,
        `cannot change by import: ${existing.key} is a variant of base process ${existing.baseProcess}; an import may change only its metadata`,
      );
    }
  }
  if (row.errors.length > 0 || changed.length === 0) return { action: 'none' };

  const $set: Record<string, unknown> = {};
  const $unset: Record<string, ''> = {};
  for (const field of changed) {
    const value = candidate[field];
    if (value !== undefined) $set[field] = value;
    else if (LIST_FIELDS.has(field)) $set[field] = [];
    else $unset[field] = '';
  }
  Object.assign(
    $set,
    derivedFields({
      key: existing.key,
      name: candidate.name as string,
      description: candidate.description as string | undefined,
    }),
  );
  return { action: 'update', change: { key: existing.key, expectedVersion: existing.version, $set, $unset } };
}

/** The ProcessCreate fields of a stored process (for validating a partial row against the whole). */
function currentFields(existing: ExistingProcess): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of IMPORT_FIELDS) {
    const value = existing[field];
    if (value !== undefined && value !== null) fields[field] = value;
  }
  return fields;
}

/** True when a stored value and an imported one differ (absent and empty lists count as equal). */
function differs(stored: unknown, imported: unknown, field: ImportField): boolean {
  if (LIST_FIELDS.has(field)) {
    const a = (stored as string[] | undefined) ?? [];
    const b = (imported as string[] | undefined) ?? [];
    return a.length !== b.length || a.some((v, i) => v !== b[i]);
  }
  return (stored ?? undefined) !== imported;
}

/**
 * An import may only touch processes the caller may write: every row's department (the stored one for
 * an existing process) and no base process unless the caller is an admin. One row outside the scope
 * refuses the whole file (403, the rows listed), before anything is written.
 */
function checkScope(scope: Scope, rows: readonly ImportRow[], existing: ReadonlyMap<string, ExistingProcess>): void {
  const outside: FieldError[] = [];
  let first: ResourceRef | undefined;
  for (const row of rows) {
    const stored = typeof row.values.key === 'string' ? existing.get(row.values.key) : undefined;
    const department = stored?.department ?? row.values.department;
    if (typeof department !== 'string') continue;
    const kind = stored?.kind ?? (row.values.kind === 'base' ? 'base' : 'department');
    const resource: ResourceRef = { department, kind };
    if (scope.allows(resource)) continue;
    first ??= resource;
    outside.push({
      in: 'row',
      row: row.row,
      field: 'department',
      message:
        kind === 'base'
          ? 'is a base process; only central IT (admin) may import base processes'
          : `department ${department} is not among the departments you may change`,
    });
  }
  if (!first) return;
  try {
    scope.check(first, 'A row of the import');
  } catch (err) {
    if (err instanceof DomainError)
      throw new ForbiddenError(
        `${outside.length} rows of the file are outside your departments; nothing was imported.`,
        outside,
      );
    throw err;
  }
}

function addError(row: ImportRow, field: string, message: string): void {
  row.errors.push({ in: 'row', row: row.row, field, message });
}

/**
 * Validates the row (merged over the stored process, if any) with process-create.schema.json.
 * Errors name the top-level field; fields that already failed conversion are not reported twice.
 */
function addSchemaErrors(row: ImportRow, candidate: Record<string, unknown>): void {
  const result = validateProcess(candidate);
  if (result.ok) return;
  const failed = new Set(row.errors.map((e) => e.field));
  for (const error of result.errors) {
    const [field = '/', ...rest] = error.field.replace(/^\//, '').split('/');
    if (failed.has(field)) continue;
    const message = rest.length > 0 ? `item ${Number(rest[0]) + 1} ${error.message}` : error.message;
    addError(row, field || '/', message);
  }
}
