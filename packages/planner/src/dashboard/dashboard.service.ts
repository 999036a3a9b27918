/**
 * The dashboard's figures, computed on each request from the rollout history in memory with the
 * domain's pure functions (coverage, burn-up, forecast, base-process matrix), each with its counting
 * rule. `today` is the time of the request; the forecast is held against the target date asked for or
 * the configured one. A manager limited to departments sees only theirs: their processes are counted,
 * other departments answer 404.
 */
import { NotFoundError, type Scope } from '@efile/catalogue';
import type {
  Department,
  RolloutBaseMatrix,
  RolloutDashboard,
  RolloutDashboardQuery,
  RolloutDepartment,
} from '@efile/schemas';
import { burnup, type Burnup } from '../domain/burnup.js';
import { isoWeekLabel, toMs } from '../domain/calendar.js';
import {
  baseProcessMatrix,
  coverage,
  coverageByDepartment,
  coverageByGroup,
  coverageBySupport,
  supportMix,
  type BaseProcessMatrix,
} from '../domain/coverage.js';
import { forecastByDepartment, forecastCompletion, type Forecast } from '../domain/forecast.js';
import type { PlannedProcess, ProcessState, StageEvent } from '../domain/history.js';
import { STAGE_LABELS, STAGES, type Label, type Stage } from '../domain/stages.js';
import type { CatalogueProcess } from '../rollout/rollout.repository.js';
import { listedDepartments, processSetKey, selectBaseProcesses, selectUnits } from './dashboard.model.js';
import type { DashboardRepository } from './dashboard.repository.js';

/** Weeks of throughput the forecast samples (the domain's default). */
const THROUGHPUT_WINDOW = 12;
/** Burn-ups kept for unchanged histories (one per filter asked for). */
const BURNUP_CACHE_SIZE = 64;

const THROUGHPUT_RULE: Label = {
  de:
    'Netto-Durchsatz je Woche = Wechsel nach live minus Wechsel von live zurück (wie im Burn-up). Mittelwert über ' +
    'die letzten bis zu 12 Wochen einschließlich der laufenden, die bis heute zählt; diese Wochen zieht auch die Prognose.',
  en:
    'Net throughput per week = moves to live minus moves back from live (as in the burn-up). Mean over the last up ' +
    'to 12 weeks including the current one, counted up to today; the forecast draws from the same weeks.',
};

export interface DashboardOptions {
  /** The rollout target date (YYYY-MM-DD) when a request names none. */
  targetDate: string;
  now: () => Date;
}

/** Processes per stage, every stage listed. */
function stageCounts(units: readonly CatalogueProcess[], states: ReadonlyMap<string, ProcessState>) {
  const counts = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  for (const process of units) {
    const stage = states.get(process.key)?.stage ?? 'not_started';
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return STAGES.map((stage) => ({ stage, label: STAGE_LABELS[stage], count: counts.get(stage) ?? 0 }));
}

/**
 * Processes per stage of each of `departments` (every stage listed), in that order: the dashboard's
 * heatmap, counted like {@link stageCounts}.
 */
export function stageCountsByDepartment(
  units: readonly CatalogueProcess[],
  states: ReadonlyMap<string, ProcessState>,
  departments: readonly string[],
): RolloutDashboard['stagesByDepartment'] {
  const rows = new Map(
    departments.map((department) => [
      department,
      Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>,
    ]),
  );
  for (const process of units) {
    const counts = rows.get(process.department);
    if (counts) counts[states.get(process.key)?.stage ?? 'not_started']++;
  }
  return [...rows].map(([department, counts]) => ({ department, counts }));
}

/** The throughput summary of a burn-up. */
function throughputOf(history: Burnup): RolloutDashboard['throughput'] {
  const weeks = history.weeks.slice(-THROUGHPUT_WINDOW);
  const sum = weeks.reduce((s, w) => s + w.throughput, 0);
  return {
    rule: THROUGHPUT_RULE,
    window: weeks.length,
    mean: weeks.length === 0 ? null : sum / weeks.length,
    lastWeek: weeks.length === 0 ? null : weeks[weeks.length - 1]!.throughput,
    total: history.weeks.reduce((s, w) => s + w.throughput, 0),
  };
}

/** What the figures count, in words. */
function scopeLabel(options: {
  department?: string;
  departments?: readonly string[];
  group?: string;
  limitedTo?: readonly string[];
}): Label {
  const de = [
    'Gezählt: die Prozesse und Varianten der Ämter, ohne Basisprozess-Vorlagen und ohne archivierte Prozesse',
  ];
  const en = ["Counted: the departments' processes and variants, without base process templates or archived processes"];
  if (options.department !== undefined) {
    de.push(`nur Amt ${options.department}`);
    en.push(`department ${options.department} only`);
  }
  if (options.departments !== undefined) {
    de.push(`nur die Ämter ${options.departments.join(', ')}`);
    en.push(`departments ${options.departments.join(', ')} only`);
  }
  if (options.group !== undefined) {
    de.push(`nur Prozessgruppe „${options.group}“`);
    en.push(`process group "${options.group}" only`);
  }
  if (options.limitedTo !== undefined) {
    de.push(`nur die Ämter Ihres Kontos (${options.limitedTo.join(', ') || 'keine'})`);
    en.push(`only your account's departments (${options.limitedTo.join(', ') || 'none'})`);
  }
  return { de: `${de.join('; ')}.`, en: `${en.join('; ')}.` };
}

/** The matrix without its cells: one summary row per base process. */
function matrixSummary(matrix: BaseProcessMatrix): RolloutDashboard['baseProcesses'] {
  return {
    rule: matrix.rule,
    departments: matrix.departments.length,
    total: matrix.rows.length,
    liveInAtLeastOne: matrix.rows.filter((r) => r.liveInAtLeastOne).length,
    liveInEvery: matrix.rows.filter((r) => r.liveInEvery).length,
    rows: matrix.rows.map(({ cells: _cells, ...row }) => row),
  };
}

/**
 * What the dashboard's export tables count: the processes of the departments the caller may see (of
 * those asked for), with the figures computed on demand.
 */
export interface DashboardSelection {
  /** The time of the request (ISO 8601). */
  today: string;
  /** The target date the forecasts are held against (the configured one). */
  targetDate: string;
  /** What is counted, in words. */
  scope: Label;
  /** Whether every department is counted (the caller sees all and asked for no departments). */
  cityWide: boolean;
  /** The departments listed, by code: those the caller may see, of those asked for. */
  departments: Department[];
  /** The processes counted (no base process templates, nothing archived). */
  units: CatalogueProcess[];
  /** The base processes (not archived), by key. */
  baseProcesses: CatalogueProcess[];
  /** The current state of every process with events. */
  states: ReadonlyMap<string, ProcessState>;
  /** The burn-up of `units` up to today (the dashboard's, from its cache). */
  burnup(): Burnup;
  /** The completion forecast of `units`, as on the dashboard. */
  forecast(): Forecast;
  /**
   * The forecast of each listed department (then of any other department with processes counted), as in
   * its department view.
   */
  forecastsByDepartment(): Array<{ department: string; forecast: Forecast }>;
}

export class DashboardService {
  /** Burn-ups by history version, process set and ISO week of today (see #burnupOf). */
  private readonly burnups = new Map<string, Burnup>();
  private burnupsVersion = -1;

  constructor(
    private readonly repository: DashboardRepository,
    private readonly options: DashboardOptions,
  ) {}

  /**
   * The burn-up of `units` up to `today`, computed once per history version: it is the one figure that
   * reads every event (100 000 at the city's scale), and it does not change while the history and the
   * processes counted stay the same, within the week of today (events are never dated after the time
   * they are recorded, so a later `today` in the same week adds nothing). Every change of the history
   * (a new version) drops all burn-ups.
   */
  private burnupOf(
    input: { events: readonly StageEvent[]; version: number },
    units: readonly PlannedProcess[],
    today: string,
  ): Burnup {
    if (this.burnupsVersion !== input.version) {
      this.burnups.clear();
      this.burnupsVersion = input.version;
    }
    const key = `${processSetKey(units)}|${isoWeekLabel(toMs(today))}`;
    let history = this.burnups.get(key);
    if (!history) {
      history = burnup(input.events, units, today);
      if (this.burnups.size >= BURNUP_CACHE_SIZE) this.burnups.delete(this.burnups.keys().next().value as string);
      this.burnups.set(key, history);
    }
    return history;
  }

  /** The dashboard for the caller's departments, filtered by department and group. */
  async dashboard(scope: Scope, query: RolloutDashboardQuery): Promise<RolloutDashboard> {
    const visible = scope.visibleDepartments();
    if (query.department !== undefined) await this.visibleDepartment(scope, query.department);
    const input = await this.repository.input();
    const now = this.options.now();
    const today = now.toISOString();
    const weighted = query.weighted ?? false;
    const targetDate = query.targetDate ?? this.options.targetDate;
    const units = selectUnits(input.processes, { visible, department: query.department, group: query.group });
    const departments = listedDepartments(input.departments, visible, query.department);
    const { states } = input;

    const city = coverage(units, states, { weighted });
    const stages = stageCounts(units, states);
    const count = (stage: Stage) => stages.find((s) => s.stage === stage)?.count ?? 0;
    const byDepartment = coverageByDepartment(units, states, { weighted, departments });
    const history = this.burnupOf(input, units, today);
    const matrix = baseProcessMatrix(
      selectBaseProcesses(input.processes, query.group).map((b) => ({ key: b.key, name: b.name })),
      departments,
      units,
      states,
    );
    return {
      generatedAt: today,
      today: today.slice(0, 10),
      filter: { department: query.department ?? null, group: query.group ?? null, weighted, targetDate },
      scope: scopeLabel({
        ...(query.department !== undefined ? { department: query.department } : {}),
        ...(query.group !== undefined ? { group: query.group } : {}),
        ...(visible === 'all' ? {} : { limitedTo: visible }),
      }),
      kpis: {
        processes: units.length,
        inScope: city.inScope,
        live: city.live,
        coverage: city,
        inProgress: count('analysis') + count('modelled') + count('efile_configured') + count('pilot'),
        notStarted: count('not_started'),
        notApplicable: count('not_applicable'),
      },
      stages,
      stagesByDepartment: stageCountsByDepartment(
        units,
        states,
        byDepartment.rows.map((row) => row.department),
      ),
      coverage: {
        byDepartment,
        byGroup: coverageByGroup(units, states, { weighted }),
        bySupport: coverageBySupport(units, states, { weighted }),
      },
      supportMix: supportMix(units, states),
      burnup: history,
      throughput: throughputOf(history),
      forecast: forecastCompletion(history, { today, target: targetDate, window: THROUGHPUT_WINDOW }),
      baseProcesses: matrixSummary(matrix),
    };
  }

  /** One department: its processes by stage, its coverage and its forecast. */
  async department(
    scope: Scope,
    code: string,
    query: Pick<RolloutDashboardQuery, 'weighted' | 'targetDate'>,
  ): Promise<RolloutDepartment> {
    const department = await this.visibleDepartment(scope, code);
    const input = await this.repository.input();
    const now = this.options.now();
    const today = now.toISOString();
    const weighted = query.weighted ?? false;
    const targetDate = query.targetDate ?? this.options.targetDate;
    const units = selectUnits(input.processes, { visible: [code], department: code }).sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
    const { states } = input;
    const byStage = new Map<Stage, RolloutDepartment['stages'][number]['processes']>(STAGES.map((s) => [s, []]));
    for (const process of units) {
      const state = states.get(process.key);
      byStage.get(state?.stage ?? 'not_started')!.push({
        key: process.key,
        name: process.name,
        ...(process.group !== undefined ? { group: process.group } : {}),
        ...(process.baseProcess !== undefined ? { baseProcess: process.baseProcess } : {}),
        support: state?.support ?? null,
        since: state?.since ?? null,
        events: state?.seq ?? 0,
      });
    }
    return {
      generatedAt: today,
      today: today.slice(0, 10),
      department: { code: department.code, name: department.name, shortName: department.shortName },
      weighted,
      targetDate,
      processes: units.length,
      stages: STAGES.map((stage) => {
        const processes = byStage.get(stage) ?? [];
        return { stage, label: STAGE_LABELS[stage], count: processes.length, processes };
      }),
      coverage: coverage(units, states, { weighted }),
      forecast: forecastCompletion(this.burnupOf(input, units, today), {
        today,
        target: targetDate,
        window: THROUGHPUT_WINDOW,
      }),
    };
  }

  /** Departments × base processes, for the departments the caller may see. */
  async baseMatrix(scope: Scope): Promise<RolloutBaseMatrix> {
    const visible = scope.visibleDepartments();
    const input = await this.repository.input();
    const departments = listedDepartments(input.departments, visible);
    const units = selectUnits(input.processes, { visible });
    const matrix = baseProcessMatrix(
      selectBaseProcesses(input.processes).map((b) => ({ key: b.key, name: b.name })),
      departments,
      units,
      input.states,
    );
    return {
      generatedAt: this.options.now().toISOString(),
      rule: matrix.rule,
      departments: matrix.departments,
      liveInAtLeastOne: matrix.rows.filter((r) => r.liveInAtLeastOne).length,
      liveInEvery: matrix.rows.filter((r) => r.liveInEvery).length,
      rows: matrix.rows,
    };
  }

  /**
   * The selection the export tables count: the departments the caller may see, limited to `departments`
   * when given (departments the caller may not see are left out, as in the other exports).
   */
  async selection(scope: Scope, departments?: readonly string[]): Promise<DashboardSelection> {
    const visible = scope.visibleDepartments();
    const asked = departments === undefined ? undefined : [...new Set(departments)];
    const counted: 'all' | readonly string[] =
      asked === undefined ? visible : visible === 'all' ? asked : asked.filter((d) => visible.includes(d));
    const input = await this.repository.input();
    const today = this.options.now().toISOString();
    const targetDate = this.options.targetDate;
    const units = selectUnits(input.processes, { visible: counted });
    const codes = new Set(listedDepartments(input.departments, counted));
    const listed = input.departments.filter((d) => codes.has(d.code));
    const forecastOptions = { today, target: targetDate, window: THROUGHPUT_WINDOW };
    let history: Burnup | undefined;
    const burnupOfUnits = () => (history ??= this.burnupOf(input, units, today));
    return {
      today,
      targetDate,
      scope: scopeLabel({
        ...(asked !== undefined ? { departments: asked } : {}),
        ...(visible === 'all' ? {} : { limitedTo: visible }),
      }),
      cityWide: counted === 'all',
      departments: listed,
      units,
      baseProcesses: selectBaseProcesses(input.processes),
      states: input.states,
      burnup: burnupOfUnits,
      forecast: () => forecastCompletion(burnupOfUnits(), forecastOptions),
      forecastsByDepartment: () =>
        forecastByDepartment(input.events, units, { ...forecastOptions, departments: listed.map((d) => d.code) }),
    };
  }

  /** A department that exists and the caller may see: 404 otherwise (hidden ones recorded as denials). */
  private async visibleDepartment(scope: Scope, code: string) {
    const department = await this.repository.department(code);
    if (!department) throw new NotFoundError(`Department ${code} does not exist.`);
    scope.check({ department: code }, `Department ${code}`);
    return department;
  }
}
