/**
 * Coverage: how much of the rollout is live, always returned with its numerator, denominator and the
 * counting rule, so that no number stands without saying what it counts.
 */
import { rolloutUnits, type PlannedProcess, type ProcessState } from './history.js';
import { SUPPORT_LEVELS, stageRank, type Label, type Stage, type SupportLevel } from './stages.js';

/** Live ÷ in scope, weighted by annual case volume. */
export interface WeightedCoverage {
  /** Sum of the case volumes of the processes live. */
  live: number;
  /** Sum of the case volumes of the processes in scope. */
  inScope: number;
  /** live ÷ inScope; null when inScope is 0. */
  ratio: number | null;
  /** How many processes in scope have no case volume (and so count with weight 0). */
  withoutVolume: number;
}

/** Live ÷ in scope for one set of processes. */
export interface CoverageCount {
  /** Processes live. */
  live: number;
  /** Processes in scope: all but those not applicable. */
  inScope: number;
  /** live ÷ inScope; null (not 0, not NaN) when nothing is in scope. */
  ratio: number | null;
  /** Processes not applicable, left out of the scope. */
  notApplicable: number;
  /** Present when weighting was asked for. */
  weighted?: WeightedCoverage;
}

/** City-wide coverage with its rule. */
export interface CityCoverage extends CoverageCount {
  rule: Label;
}

/** Coverage per key (department, group, support level), with the rule shared by all rows. */
export interface CoverageBreakdown<R> {
  rule: Label;
  rows: Array<CoverageCount & R>;
}

/** Options of the coverage functions. */
export interface CoverageOptions {
  /** Also weight by annual case volume (Fallzahl). */
  weighted?: boolean;
}

/** The counting rule of coverage. */
export const COVERAGE_RULE: Label = {
  de:
    'Abdeckung = Prozesse live ÷ Prozesse im Umfang. Im Umfang ist jeder Prozess außer den nicht anwendbaren; ' +
    'Basisprozess-Vorlagen zählen nicht, nur die Prozesse und Varianten der Ämter; ein Prozess ohne Ereignis ' +
    'gilt als nicht begonnen. Ohne Prozess im Umfang gibt es keine Quote (null).',
  en:
    'Coverage = processes live ÷ processes in scope. In scope is every process except those not applicable; ' +
    "base process templates do not count, only the departments' processes and variants; a process without an " +
    'event counts as not started. Without a process in scope there is no ratio (null).',
};

/** The counting rule added when coverage is weighted by annual case volume. */
export const WEIGHTED_COVERAGE_RULE: Label = {
  de:
    'Gewichtet: Summe der Fallzahlen der Prozesse live ÷ Summe der Fallzahlen der Prozesse im Umfang; ' +
    'ein Prozess ohne Fallzahl zählt mit Gewicht 0 und wird als „ohne Fallzahl“ ausgewiesen.',
  en:
    'Weighted: sum of the annual case volumes of the processes live ÷ that of the processes in scope; ' +
    'a process without a case volume counts with weight 0 and is reported as "without volume".',
};

const GROUP_RULE: Label = {
  de: 'Je Prozessgruppe; Prozesse ohne Gruppe stehen in der Zeile ohne Gruppe (null).',
  en: 'Per process group; processes without a group are in the row without a group (null).',
};

const DEPARTMENT_RULE: Label = {
  de: 'Je Amt (das Amt des Prozesses); ein Amt ohne Prozess im Umfang hat keine Quote (null).',
  en: "Per department (the process's department); a department without a process in scope has no ratio (null).",
};

const SUPPORT_RULE: Label = {
  de:
    'Je Unterstützungsart: die des letzten Ereignisses des Prozesses, bei einem Prozess live also die des ' +
    'Ereignisses, das ihn live setzte; Prozesse ohne Ereignis stehen in der Zeile ohne Unterstützungsart (null).',
  en:
    "Per support level: that of the process's latest event, so for a process live that of the event that made " +
    'it live; processes without an event are in the row without a support level (null).',
};

const MATRIX_RULE: Label = {
  de:
    'Je Basisprozess und Amt: die Variante des Amtes und ihre Stufe (bei mehreren Varianten die am weitesten ' +
    'fortgeschrittene). „Live in mindestens einem Amt“: in mindestens einem Amt ist eine Variante live. ' +
    '„Live in jedem Amt“: in jedem Amt im Umfang ist eine Variante live; ein Amt ohne Variante zählt als nicht ' +
    'live, ein Amt, dessen Variante nicht anwendbar ist, zählt nicht mit (und wird ausgewiesen).',
  en:
    "Per base process and department: the department's variant and its stage (with several variants the most " +
    'advanced). "Live in at least one department": a variant is live in at least one department. "Live in ' +
    'every department": a variant is live in every department in scope; a department without a variant counts ' +
    'as not live, a department whose variant is not applicable is left out (and reported).',
};

const SUPPORT_MIX_RULE: Label = {
  de:
    'Prozesse live je Unterstützungsart des Ereignisses, das sie live setzte; Anteil = Anzahl ÷ alle Prozesse ' +
    'live (null, wenn keiner live ist). Basisprozess-Vorlagen zählen nicht.',
  en:
    'Processes live per support level of the event that made them live; share = count ÷ all processes live ' +
    '(null when none is live). Base process templates do not count.',
};

function join(...labels: Label[]): Label {
  return { de: labels.map((l) => l.de).join(' '), en: labels.map((l) => l.en).join(' ') };
}

function ruleOf(options: CoverageOptions, ...extra: Label[]): Label {
  return options.weighted ? join(COVERAGE_RULE, ...extra, WEIGHTED_COVERAGE_RULE) : join(COVERAGE_RULE, ...extra);
}

/** A running count of live and in-scope processes. */
class Tally {
  live = 0;
  inScope = 0;
  notApplicable = 0;
  liveVolume = 0;
  inScopeVolume = 0;
  withoutVolume = 0;

  add(process: PlannedProcess, stage: Stage): void {
    if (stage === 'not_applicable') {
      this.notApplicable++;
      return;
    }
    const volume = process.annualCaseVolume;
    const known = typeof volume === 'number' && Number.isFinite(volume) && volume >= 0;
    this.inScope++;
    if (known) this.inScopeVolume += volume;
    else this.withoutVolume++;
    if (stage === 'live') {
      this.live++;
      if (known) this.liveVolume += volume;
    }
  }

  count(options: CoverageOptions): CoverageCount {
    const result: CoverageCount = {
      live: this.live,
      inScope: this.inScope,
      ratio: this.inScope === 0 ? null : this.live / this.inScope,
      notApplicable: this.notApplicable,
    };
    if (options.weighted) {
      result.weighted = {
        live: this.liveVolume,
        inScope: this.inScopeVolume,
        ratio: this.inScopeVolume === 0 ? null : this.liveVolume / this.inScopeVolume,
        withoutVolume: this.withoutVolume,
      };
    }
    return result;
  }
}

function stageOf(states: ReadonlyMap<string, ProcessState>, key: string): Stage {
  return states.get(key)?.stage ?? 'not_started';
}

/**
 * City-wide coverage: processes live ÷ processes in scope ({@link COVERAGE_RULE}), for the stages in
 * `states` (from `currentStages`, or `stageAt` for a past date).
 */
export function coverage(
  processes: readonly PlannedProcess[],
  states: ReadonlyMap<string, ProcessState>,
  options: CoverageOptions = {},
): CityCoverage {
  const tally = new Tally();
  for (const process of rolloutUnits(processes)) tally.add(process, stageOf(states, process.key));
  return { rule: ruleOf(options), ...tally.count(options) };
}

function breakdown<K>(
  processes: readonly PlannedProcess[],
  keyOf: (process: PlannedProcess) => K,
  keys: readonly K[],
  count: (process: PlannedProcess, tally: Tally) => void,
): Map<K, Tally> {
  const tallies = new Map<K, Tally>(keys.map((key) => [key, new Tally()]));
  for (const process of rolloutUnits(processes)) {
    const key = keyOf(process);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = new Tally()));
    count(process, tally);
  }
  return tallies;
}

/**
 * Coverage per department, one row per department in `departments` (in that order, so departments
 * without processes appear with ratio null), then any other department that has processes, by code.
 */
export function coverageByDepartment(
  processes: readonly PlannedProcess[],
  states: ReadonlyMap<string, ProcessState>,
  options: CoverageOptions & { departments?: readonly string[] } = {},
): CoverageBreakdown<{ department: string }> {
  const listed = options.departments ?? [];
  const tallies = breakdown(
    processes,
    (p) => p.department,
    listed,
    (p, tally) => tally.add(p, stageOf(states, p.key)),
  );
  const listedSet = new Set(listed);
  const others = [...tallies.keys()].filter((d) => !listedSet.has(d)).sort(compareCodes);
  const rows = [...listed, ...others].map((department) => ({
    department,
    ...(tallies.get(department) ?? new Tally()).count(options),
  }));
  return { rule: ruleOf(options, DEPARTMENT_RULE), rows };
}

/** Coverage per process group, ordered by group name; the row without a group (null) comes last. */
export function coverageByGroup(
  processes: readonly PlannedProcess[],
  states: ReadonlyMap<string, ProcessState>,
  options: CoverageOptions = {},
): CoverageBreakdown<{ group: string | null }> {
  const tallies = breakdown(
    processes,
    (p) => p.group ?? null,
    [],
    (p, tally) => tally.add(p, stageOf(states, p.key)),
  );
  const groups = [...tallies.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'de')));
  const rows = groups.map((group) => ({ group, ...(tallies.get(group) ?? new Tally()).count(options) }));
  return { rule: ruleOf(options, GROUP_RULE), rows };
}

/**
 * Coverage per support level: each process counts under the support level of its latest event (for a
 * live process, the event that made it live); one row per support level, always all four, then the row
 * of processes without an event (null).
 */
export function coverageBySupport(
  processes: readonly PlannedProcess[],
  states: ReadonlyMap<string, ProcessState>,
  options: CoverageOptions = {},
): CoverageBreakdown<{ support: SupportLevel | null }> {
  const keys: Array<SupportLevel | null> = [...SUPPORT_LEVELS, null];
  const tallies = breakdown(
    processes,
    (p) => states.get(p.key)?.support ?? null,
    keys,
    (p, tally) => tally.add(p, stageOf(states, p.key)),
  );
  const rows = keys.map((support) => ({ support, ...(tallies.get(support) ?? new Tally()).count(options) }));
  return { rule: ruleOf(options, SUPPORT_RULE), rows };
}

/** How many processes went live with each support level. */
export interface SupportMix {
  rule: Label;
  /** All processes live. */
  live: number;
  /** One row per support level, in the order of SUPPORT_LEVELS. */
  rows: Array<{ support: SupportLevel; live: number; share: number | null }>;
}

/** The support mix: processes live per support level of the event that made them live. */
export function supportMix(
  processes: readonly PlannedProcess[],
  states: ReadonlyMap<string, ProcessState>,
): SupportMix {
  const counts = new Map<SupportLevel, number>(SUPPORT_LEVELS.map((s) => [s, 0]));
  let live = 0;
  for (const process of rolloutUnits(processes)) {
    const state = states.get(process.key);
    if (state?.stage !== 'live') continue;
    live++;
    counts.set(state.support, (counts.get(state.support) ?? 0) + 1);
  }
  const rows = SUPPORT_LEVELS.map((support) => {
    const n = counts.get(support) ?? 0;
    return { support, live: n, share: live === 0 ? null : n / live };
  });
  return { rule: SUPPORT_MIX_RULE, live, rows };
}

/** A base process, as the matrix names it. */
export interface BaseProcessRef {
  key: string;
  name?: string;
}

/** One department's adoption of one base process. */
export interface MatrixCell {
  department: string;
  /** Whether the department has a variant of the base process. */
  adopted: boolean;
  /** The keys of the department's variants, usually one. */
  variants: string[];
  /** The variant's stage (the most advanced of several); null when not adopted. */
  stage: Stage | null;
}

/** One base process across the departments. */
export interface BaseProcessRow {
  baseProcess: string;
  name?: string;
  /** One cell per department, in the order of the matrix's departments. */
  cells: MatrixCell[];
  /** Departments with a variant. */
  adoptedBy: number;
  /** Departments in scope: all but those whose variant is not applicable. */
  inScope: number;
  /** Departments whose variant is not applicable. */
  notApplicable: number;
  /** Departments with a variant live. */
  live: number;
  /** live ÷ inScope; null when no department is in scope. */
  ratio: number | null;
  liveInAtLeastOne: boolean;
  /** Live in every department in scope (and at least one is in scope). */
  liveInEvery: boolean;
}

/** Departments × base processes. */
export interface BaseProcessMatrix {
  rule: Label;
  departments: string[];
  rows: BaseProcessRow[];
}

/** Of several variants in one department: the most advanced in scope; not applicable only if all are. */
function mostAdvanced(a: Stage, b: Stage): Stage {
  return stageRank(b) > stageRank(a) ? b : a;
}

/**
 * The base-process matrix: for each base process and each of `departments`, whether the department
 * adopted it (has a variant: a process whose `baseProcess` is its key) and the variant's stage; per base
 * process "live in at least one department" next to "live in every department" ({@link MATRIX_RULE}).
 * Variants in departments not listed are not shown.
 */
export function baseProcessMatrix(
  baseProcesses: readonly BaseProcessRef[],
  departments: readonly string[],
  processes: readonly PlannedProcess[],
  states: ReadonlyMap<string, ProcessState>,
): BaseProcessMatrix {
  // base process key → department → cell
  const cells = new Map<string, Map<string, MatrixCell>>(baseProcesses.map((b) => [b.key, new Map()]));
  const listed = new Set(departments);
  for (const process of rolloutUnits(processes)) {
    if (process.baseProcess === undefined || !listed.has(process.department)) continue;
    const byDepartment = cells.get(process.baseProcess);
    if (!byDepartment) continue;
    const stage = stageOf(states, process.key);
    const cell = byDepartment.get(process.department);
    if (cell) {
      cell.variants.push(process.key);
      cell.stage = mostAdvanced(cell.stage ?? stage, stage);
    } else {
      byDepartment.set(process.department, {
        department: process.department,
        adopted: true,
        variants: [process.key],
        stage,
      });
    }
  }

  const rows = baseProcesses.map((base): BaseProcessRow => {
    const byDepartment = cells.get(base.key) ?? new Map<string, MatrixCell>();
    const row = departments.map(
      (department): MatrixCell =>
        byDepartment.get(department) ?? { department, adopted: false, variants: [], stage: null },
    );
    const adoptedBy = row.filter((c) => c.adopted).length;
    const notApplicable = row.filter((c) => c.stage === 'not_applicable').length;
    const live = row.filter((c) => c.stage === 'live').length;
    const inScope = row.length - notApplicable;
    return {
      baseProcess: base.key,
      ...(base.name === undefined ? {} : { name: base.name }),
      cells: row,
      adoptedBy,
      inScope,
      notApplicable,
      live,
      ratio: inScope === 0 ? null : live / inScope,
      liveInAtLeastOne: live > 0,
      liveInEvery: inScope > 0 && live === inScope,
    };
  });
  return { rule: MATRIX_RULE, departments: [...departments], rows };
}

/** Orders department codes numerically where they are numbers ("2" before "10"), else as text. */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'de', { numeric: true });
}
