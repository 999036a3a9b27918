/**
 * What the dashboard figures are computed from: one look at the catalogue (processes, departments) and
 * at the rollout history (current stages, events), and the choice of processes a view counts.
 */
import type { Department } from '@efile/schemas';
import type { ProcessState, StageEvent } from '../domain/history.js';
import type { CatalogueProcess } from '../rollout/rollout.repository.js';

/** The inputs of every dashboard figure. */
export interface DashboardInput {
  /** Every process of the catalogue (base processes and archived ones included). */
  processes: readonly CatalogueProcess[];
  /** Every department, by code. */
  departments: readonly Department[];
  /** The current state of every process with events. */
  states: ReadonlyMap<string, ProcessState>;
  /** Every stage event, ordered by `at` then `seq`. */
  events: readonly StageEvent[];
  /** Changes whenever the history changes (see RolloutState#version). */
  version: number;
}

/** Which processes a view counts. */
export interface ProcessSelection {
  /** The departments visible to the caller: `all` or a list. */
  visible: 'all' | readonly string[];
  /** Only this department. */
  department?: string | undefined;
  /** Only this process group. */
  group?: string | undefined;
}

/**
 * The processes a view counts: the departments' processes and variants (no base process templates,
 * nothing archived) in the visible departments, of the department and group asked for.
 */
export function selectUnits(processes: readonly CatalogueProcess[], selection: ProcessSelection): CatalogueProcess[] {
  const visible = selection.visible === 'all' ? undefined : new Set(selection.visible);
  return processes.filter(
    (p) =>
      p.kind !== 'base' &&
      !p.archived &&
      (visible === undefined || visible.has(p.department)) &&
      (selection.department === undefined || p.department === selection.department) &&
      (selection.group === undefined || p.group === selection.group),
  );
}

/** The base processes (not archived) of a group, or all; ordered by key. */
export function selectBaseProcesses(processes: readonly CatalogueProcess[], group?: string): CatalogueProcess[] {
  return processes
    .filter((p) => p.kind === 'base' && !p.archived && (group === undefined || p.group === group))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The department codes a view lists: the visible ones (all departments, by code), or the one asked for. */
export function listedDepartments(
  departments: readonly Department[],
  visible: 'all' | readonly string[],
  department?: string,
): string[] {
  if (department !== undefined) return [department];
  const codes = departments.map((d) => d.code);
  if (visible === 'all') return codes;
  const allowed = new Set(visible);
  return codes.filter((code) => allowed.has(code));
}

/**
 * A key of the set of processes a burn-up counts: FNV-1a over their keys in order. Equal keys mean (all
 * but certainly) the same processes; a different order only costs a cache miss.
 */
export function processSetKey(processes: readonly { key: string }[]): string {
  let h = 0x811c9dc5;
  for (const { key } of processes) {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return `${processes.length}:${(h >>> 0).toString(36)}`;
}
