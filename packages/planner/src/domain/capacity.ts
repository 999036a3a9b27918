/**
 * Capacity: the effort of each process from its support level and complexity, the waves it falls in,
 * demand against central IT's consulting capacity per wave, what-if scenarios and a capacity-aware
 * forecast.
 */
import { addDays, formatDay, toMs, workingDays } from './calendar.js';
import { SUPPORT_LEVELS, type FieldError, type Label, type Stage, type SupportLevel } from './stages.js';

/** How hard a process is to roll out. */
export const COMPLEXITIES = ['low', 'medium', 'high'] as const;

/** A complexity class. */
export type Complexity = (typeof COMPLEXITIES)[number];

/** Central IT's effort per process, in person-days, by support level and complexity. */
export type EffortTable = Readonly<Record<SupportLevel, Readonly<Record<Complexity, number>>>>;

/**
 * The default effort table (person-days of central IT per process). Self-service still costs central
 * IT a little (introduction, review of the configuration); external partners cost it nothing.
 */
export const DEFAULT_EFFORT_TABLE: EffortTable = {
  self_service: { low: 0.5, medium: 1, high: 2 },
  consulting: { low: 2, medium: 4, high: 8 },
  full_service: { low: 5, medium: 10, high: 20 },
  external: { low: 0, medium: 0, high: 0 },
};

/** The effort of one process in person-days. */
export function effortOf(
  support: SupportLevel,
  complexity: Complexity,
  table: EffortTable = DEFAULT_EFFORT_TABLE,
): number {
  return table[support][complexity];
}

/** A rollout wave: a time box with departments, processes and central IT's consulting capacity. */
export interface Wave {
  id: string;
  name: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD` (included). */
  end: string;
  /** Departments whose processes are in the wave. */
  departments: string[];
  /** Processes in the wave individually, whatever their department. */
  processKeys: string[];
  /** Central IT's consulting capacity in the wave, in person-days. */
  capacityPersonDays: number;
}

/** A process as capacity planning sees it. */
export interface CapacityItem {
  key: string;
  department: string;
  /** The planned (or current) support level. */
  support: SupportLevel;
  complexity: Complexity;
  /** The current stage; live and not applicable processes need no more effort. Default not started. */
  stage?: Stage;
}

/** Demand against capacity in one wave. */
export interface WaveDemand {
  waveId: string;
  name: string;
  start: string;
  end: string;
  capacity: number;
  /** Person-days the wave's processes still need. */
  demand: number;
  /** Demand per support level. */
  demandBySupport: Record<SupportLevel, number>;
  /** Processes of the wave still needing work. */
  processes: number;
  /** demand ÷ capacity; null when the capacity is 0. */
  ratio: number | null;
  /** Demand above capacity: ratio > 1, or any demand with no capacity. */
  overAllocated: boolean;
}

/** Demand against capacity for all waves. */
export interface CapacityPlan {
  rule: Label;
  waves: WaveDemand[];
  /** Processes still needing work that are in no wave. */
  unassigned: { processes: number; demand: number };
}

/** The counting rule of demand against capacity. */
export const CAPACITY_RULE: Label = {
  de:
    'Bedarf = Summe des Aufwands (Personentage nach Unterstützungsart × Komplexität) der Prozesse einer Welle, ' +
    'die weder live noch nicht anwendbar sind. Ein Prozess gehört zu der Welle, die ihn einzeln nennt, sonst zur ' +
    'frühesten Welle, die sein Amt nennt; er zählt nur einmal. Überbucht: Bedarf ÷ Kapazität > 1 (oder Bedarf ' +
    'ohne Kapazität).',
  en:
    'Demand = sum of the effort (person-days by support level × complexity) of the processes of a wave that ' +
    'are neither live nor not applicable. A process belongs to the wave that lists it, else to the earliest ' +
    'wave that lists its department; it counts once. Over-allocated: demand ÷ capacity > 1 (or demand without ' +
    'capacity).',
};

function needsWork(item: CapacityItem): boolean {
  return item.stage !== 'live' && item.stage !== 'not_applicable';
}

/** Waves by start, then id: the order in which a department's processes are claimed. */
function byStart(waves: readonly Wave[]): Wave[] {
  return [...waves].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/**
 * The wave of each item: the earliest wave (by start, then id) listing its key, else the earliest
 * listing its department; items in no wave map to null.
 */
export function assignToWaves(waves: readonly Wave[], items: readonly CapacityItem[]): Map<string, string | null> {
  const byKey = new Map<string, string>();
  const byDepartment = new Map<string, string>();
  for (const wave of byStart(waves)) {
    for (const key of wave.processKeys) if (!byKey.has(key)) byKey.set(key, wave.id);
    for (const department of wave.departments) if (!byDepartment.has(department)) byDepartment.set(department, wave.id);
  }
  return new Map(items.map((item) => [item.key, byKey.get(item.key) ?? byDepartment.get(item.department) ?? null]));
}

/** Demand against capacity per wave, in the order of `waves` ({@link CAPACITY_RULE}). */
export function capacityPlan(
  waves: readonly Wave[],
  items: readonly CapacityItem[],
  table: EffortTable = DEFAULT_EFFORT_TABLE,
): CapacityPlan {
  const assignment = assignToWaves(waves, items);
  const demand = new Map<string, { processes: number; bySupport: Record<SupportLevel, number> }>();
  const unassigned = { processes: 0, demand: 0 };
  for (const wave of waves) demand.set(wave.id, { processes: 0, bySupport: zeroBySupport() });
  for (const item of items) {
    if (!needsWork(item)) continue;
    const effort = effortOf(item.support, item.complexity, table);
    const waveId = assignment.get(item.key);
    const entry = waveId == null ? undefined : demand.get(waveId);
    if (!entry) {
      unassigned.processes++;
      unassigned.demand += effort;
      continue;
    }
    entry.processes++;
    entry.bySupport[item.support] += effort;
  }
  const rows = waves.map((wave): WaveDemand => {
    const entry = demand.get(wave.id) ?? { processes: 0, bySupport: zeroBySupport() };
    const total = SUPPORT_LEVELS.reduce((sum, s) => sum + entry.bySupport[s], 0);
    const ratio = wave.capacityPersonDays > 0 ? total / wave.capacityPersonDays : null;
    return {
      waveId: wave.id,
      name: wave.name,
      start: wave.start,
      end: wave.end,
      capacity: wave.capacityPersonDays,
      demand: total,
      demandBySupport: entry.bySupport,
      processes: entry.processes,
      ratio,
      overAllocated: ratio === null ? total > 0 : ratio > 1,
    };
  });
  return { rule: CAPACITY_RULE, waves: rows, unassigned };
}

function zeroBySupport(): Record<SupportLevel, number> {
  return { self_service: 0, consulting: 0, full_service: 0, external: 0 };
}

/** A what-if: changes to the waves, computed but never saved. */
export interface Scenario {
  /** Consultants added to every wave (or those in `extraConsultantWaves`). */
  extraConsultants?: number;
  /** The waves the extra consultants work in; default all. */
  extraConsultantWaves?: string[];
  /** The share of a consultant's working days available for the rollout (0 < a ≤ 1, default 0.8). */
  availability?: number;
  /** Move these departments, with all their processes, to the wave `toWave`. */
  moveDepartments?: { departments: string[]; toWave: string };
}

/** The default availability of a consultant: 80 % of the working days (leave, training, other duties). */
export const DEFAULT_AVAILABILITY = 0.8;

/**
 * The waves after `scenario`, as new objects (the input is not changed):
 * - `extraConsultants: n` adds n × working days of the wave (Monday to Friday, start to end) ×
 *   availability person-days to each wave concerned, rounded to 0.01;
 * - `moveDepartments` takes the departments out of every wave, adds them to `toWave`, and takes the
 *   processes of those departments that other waves list individually out of those waves, so that all
 *   of the departments' processes land in `toWave`.
 * Invalid scenarios (unknown waves, negative numbers) give field errors.
 */
export function applyScenario(
  waves: readonly Wave[],
  items: readonly CapacityItem[],
  scenario: Scenario,
): { ok: true; waves: Wave[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const ids = new Set(waves.map((w) => w.id));
  const extra = scenario.extraConsultants ?? 0;
  const availability = scenario.availability ?? DEFAULT_AVAILABILITY;
  if (!Number.isFinite(extra) || extra < 0) {
    errors.push({ field: '/extraConsultants', message: 'must be a number of at least 0' });
  }
  if (!Number.isFinite(availability) || availability <= 0 || availability > 1) {
    errors.push({ field: '/availability', message: 'must be more than 0 and at most 1' });
  }
  (scenario.extraConsultantWaves ?? []).forEach((id, i) => {
    if (!ids.has(id)) errors.push({ field: `/extraConsultantWaves/${i}`, message: `is not a wave: ${id}` });
  });
  const move = scenario.moveDepartments;
  if (move) {
    if (!ids.has(move.toWave)) {
      errors.push({ field: '/moveDepartments/toWave', message: `is not a wave: ${move.toWave}` });
    }
    if (move.departments.length === 0) {
      errors.push({ field: '/moveDepartments/departments', message: 'must name at least one department' });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const staffed = new Set(scenario.extraConsultantWaves ?? waves.map((w) => w.id));
  const moved = new Set(move?.departments ?? []);
  const movedKeys = new Set(items.filter((item) => moved.has(item.department)).map((item) => item.key));
  const result = waves.map((wave): Wave => {
    let capacity = wave.capacityPersonDays;
    if (extra > 0 && staffed.has(wave.id)) {
      capacity = round2(capacity + extra * workingDays(wave.start, wave.end) * availability);
    }
    if (!move)
      return {
        ...wave,
        departments: [...wave.departments],
        processKeys: [...wave.processKeys],
        capacityPersonDays: capacity,
      };
    const departments = wave.departments.filter((d) => !moved.has(d));
    if (wave.id === move.toWave) departments.push(...move.departments.filter((d, i, all) => all.indexOf(d) === i));
    const processKeys =
      wave.id === move.toWave ? [...wave.processKeys] : wave.processKeys.filter((k) => !movedKeys.has(k));
    return { ...wave, departments, processKeys, capacityPersonDays: capacity };
  });
  return { ok: true, waves: result };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A what-if: demand against capacity before and after `scenario`, with the changed waves; nothing
 * given is changed.
 */
export function whatIf(
  waves: readonly Wave[],
  items: readonly CapacityItem[],
  scenario: Scenario,
  table: EffortTable = DEFAULT_EFFORT_TABLE,
): { ok: true; before: CapacityPlan; after: CapacityPlan; waves: Wave[] } | { ok: false; errors: FieldError[] } {
  const applied = applyScenario(waves, items, scenario);
  if (!applied.ok) return applied;
  return {
    ok: true,
    before: capacityPlan(waves, items, table),
    after: capacityPlan(applied.waves, items, table),
    waves: applied.waves,
  };
}

/** The outcome of {@link capacityForecast}. */
export interface CapacityForecast {
  rule: Label;
  /** Person-days still needed by the processes with the support levels considered. */
  remainingEffort: number;
  /** How many processes that is. */
  processes: number;
  personDaysPerWeek: number;
  /** Whole weeks to finish at that capacity; null when there is no capacity for remaining effort. */
  weeks: number | null;
  /** today + weeks × 7 days; null when weeks is null. */
  date: string | null;
  target: string | null;
  /** on_track: date ≤ target; off_track: later or no capacity; completed: nothing remains; null without target. */
  status: 'on_track' | 'off_track' | 'completed' | null;
}

/**
 * A capacity-aware forecast: the weeks central IT needs to finish the remaining effort of the processes
 * with the support levels it works on (default consulting and full service) at `personDaysPerWeek`.
 * Each process still needing work counts with its full effort, whatever stage it is in.
 */
export function capacityForecast(
  items: readonly CapacityItem[],
  options: {
    personDaysPerWeek: number;
    today: string;
    target?: string;
    supportLevels?: readonly SupportLevel[];
    table?: EffortTable;
  },
): CapacityForecast {
  const levels = options.supportLevels ?? ['consulting', 'full_service'];
  const table = options.table ?? DEFAULT_EFFORT_TABLE;
  let remainingEffort = 0;
  let processes = 0;
  for (const item of items) {
    if (!needsWork(item) || !levels.includes(item.support)) continue;
    remainingEffort += effortOf(item.support, item.complexity, table);
    processes++;
  }
  const perWeek = options.personDaysPerWeek;
  const weeks =
    remainingEffort === 0 ? 0 : perWeek > 0 && Number.isFinite(perWeek) ? Math.ceil(remainingEffort / perWeek) : null;
  const date = weeks === null ? null : addDays(options.today, weeks * 7);
  const target = options.target === undefined ? null : formatDay(toMs(options.target));
  const status =
    target === null
      ? null
      : remainingEffort === 0
        ? 'completed'
        : date !== null && date <= target
          ? 'on_track'
          : 'off_track';
  const names = levels.join(', ');
  return {
    rule: {
      de:
        `Restaufwand = Summe des Aufwands der Prozesse (Unterstützungsart ${names}), die weder live noch nicht ` +
        'anwendbar sind, jeder mit vollem Aufwand gleich welcher Stufe; Wochen = Restaufwand ÷ Kapazität je ' +
        'Woche, aufgerundet; Datum = heute + Wochen × 7 Tage.',
      en:
        `Remaining effort = sum of the effort of the processes (support level ${names}) neither live nor not ` +
        'applicable, each with its full effort whatever its stage; weeks = remaining effort ÷ capacity per week, ' +
        'rounded up; date = today + weeks × 7 days.',
    },
    remainingEffort,
    processes,
    personDaysPerWeek: perWeek,
    weeks,
    date,
    target,
    status,
  };
}
