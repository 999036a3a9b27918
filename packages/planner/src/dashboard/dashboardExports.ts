/**
 * The dashboard's tables as export tables (GET /rollout/exports/{table}): coverage per department, per
 * process group and per support level, the support mix, the base-process matrix, the burn-up weeks and
 * the forecast. Each counts what the dashboard counts for the caller (a manager limited to departments
 * gets only theirs; `department` in the query narrows further) and carries its counting rule as notes
 * below the table.
 */
import type { Department } from '@efile/schemas';
import type { Burnup } from '../domain/burnup.js';
import {
  baseProcessMatrix,
  coverageByDepartment,
  coverageByGroup,
  coverageBySupport,
  supportMix,
  type CoverageCount,
} from '../domain/coverage.js';
import type { Forecast, TargetStatus } from '../domain/forecast.js';
import { STAGE_LABELS, SUPPORT_LEVEL_LABELS, type Label, type SupportLevel } from '../domain/stages.js';
import type { ExportColumn, ExportProducer, ExportRegistry, ExportTable, ExportValue } from '../exports/exportTable.js';
import type { DashboardSelection, DashboardService } from './dashboard.service.js';

/** The names of the dashboard's export tables, in the order of the dashboard. */
export const DASHBOARD_EXPORT_TABLES = [
  'coverage-departments',
  'coverage-groups',
  'coverage-support',
  'support-mix',
  'base-matrix',
  'burnup',
  'forecast',
] as const;

export type DashboardExportTable = (typeof DASHBOARD_EXPORT_TABLES)[number];

/** What a cell of the base-process matrix shows for a department that has not adopted the base process. */
export const NOT_ADOPTED = 'nicht übernommen';

/** The German label of each status against the target date. */
export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, string>> = {
  on_track: 'im Plan',
  at_risk: 'gefährdet',
  off_track: 'nicht im Plan',
  completed: 'abgeschlossen',
  unknown: 'unbekannt',
};

/** The German label of each kind of forecast. */
export const FORECAST_KIND_LABELS: Readonly<Record<Forecast['kind'], string>> = {
  forecast: 'Prognose',
  completed: 'Abgeschlossen',
  nothing_in_scope: 'Kein Prozess im Umfang',
  no_history: 'Keine Ereignisse',
  no_progress: 'Kein Fortschritt',
};

type Row = Record<string, ExportValue>;

/** The columns of a coverage row: in scope, live, coverage, not applicable. */
const COVERAGE_COLUMNS: ExportColumn[] = [
  { key: 'inScope', title: 'Prozesse im Umfang', type: 'integer' },
  { key: 'live', title: 'Live', type: 'integer' },
  { key: 'ratio', title: 'Abdeckung', type: 'percent', width: 12 },
  { key: 'notApplicable', title: 'Nicht anwendbar', type: 'integer' },
];

function coverageCells(row: CoverageCount): Row {
  return { inScope: row.inScope, live: row.live, ratio: row.ratio, notApplicable: row.notApplicable };
}

function supportLabel(support: SupportLevel | null): string {
  return support === null ? 'Ohne Unterstützungsart (kein Ereignis)' : SUPPORT_LEVEL_LABELS[support].de;
}

/** The day of an ISO instant, for file names. */
function dayOf(today: string): string {
  return today.slice(0, 10);
}

/** A day or instant as the German date `dd.mm.yyyy`. */
function germanDay(value: string): string {
  const [year, month, day] = value.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** The notes under every table: the counting rule, what was counted, and when. */
function notes(selection: DashboardSelection, ...rules: Label[]): string[] {
  return [
    ...rules.map((rule) => `Zählregel: ${rule.de}`),
    selection.scope.de,
    `Stand: ${germanDay(selection.today)} ${selection.today.slice(11, 16)} UTC.`,
  ];
}

function departmentName(departments: readonly Department[], code: string): string | undefined {
  return departments.find((d) => d.code === code)?.name;
}

function coverageDepartments(s: DashboardSelection): ExportTable {
  const codes = s.departments.map((d) => d.code);
  const coverage = coverageByDepartment(s.units, s.states, { departments: codes });
  return {
    sheetName: 'Abdeckung je Amt',
    fileName: `abdeckung-aemter-${dayOf(s.today)}`,
    columns: [
      { key: 'department', title: 'Amt', type: 'text', width: 8 },
      { key: 'name', title: 'Name', type: 'text', width: 40 },
      ...COVERAGE_COLUMNS,
    ],
    rows: coverage.rows.map((row) => ({
      department: row.department,
      name: departmentName(s.departments, row.department),
      ...coverageCells(row),
    })),
    notes: notes(s, coverage.rule),
  };
}

function coverageGroups(s: DashboardSelection): ExportTable {
  const coverage = coverageByGroup(s.units, s.states);
  return {
    sheetName: 'Abdeckung je Prozessgruppe',
    fileName: `abdeckung-prozessgruppen-${dayOf(s.today)}`,
    columns: [{ key: 'group', title: 'Prozessgruppe', type: 'text', width: 30 }, ...COVERAGE_COLUMNS],
    rows: coverage.rows.map((row) => ({ group: row.group ?? 'Ohne Gruppe', ...coverageCells(row) })),
    notes: notes(s, coverage.rule),
  };
}

function coverageSupport(s: DashboardSelection): ExportTable {
  const coverage = coverageBySupport(s.units, s.states);
  return {
    sheetName: 'Abdeckung je Unterstützung',
    fileName: `abdeckung-unterstuetzung-${dayOf(s.today)}`,
    columns: [{ key: 'support', title: 'Unterstützungsart', type: 'text', width: 38 }, ...COVERAGE_COLUMNS],
    rows: coverage.rows.map((row) => ({ support: supportLabel(row.support), ...coverageCells(row) })),
    notes: notes(s, coverage.rule),
  };
}

function supportMixTable(s: DashboardSelection): ExportTable {
  const mix = supportMix(s.units, s.states);
  return {
    sheetName: 'Unterstützungsmix',
    fileName: `unterstuetzungsmix-${dayOf(s.today)}`,
    columns: [
      { key: 'support', title: 'Unterstützungsart', type: 'text', width: 20 },
      { key: 'live', title: 'Prozesse live', type: 'integer', width: 14 },
      { key: 'share', title: 'Anteil', type: 'percent' },
    ],
    rows: mix.rows.map((row) => ({ support: supportLabel(row.support), live: row.live, share: row.share })),
    notes: notes(s, mix.rule),
  };
}

function baseMatrixTable(s: DashboardSelection): ExportTable {
  const codes = s.departments.map((d) => d.code);
  const matrix = baseProcessMatrix(
    s.baseProcesses.map((b) => ({ key: b.key, name: b.name })),
    codes,
    s.units,
    s.states,
  );
  // Department columns are keyed `amt:<code>`, which no other column's key can be.
  const departmentColumns: ExportColumn[] = s.departments.map((d) => ({
    key: `amt:${d.code}`,
    title: `${d.code} ${d.shortName}`.trim(),
    type: 'text',
    width: Math.max(18, d.code.length + d.shortName.length + 3),
  }));
  return {
    sheetName: 'Basisprozess-Matrix',
    fileName: `basisprozess-matrix-${dayOf(s.today)}`,
    columns: [
      { key: 'baseProcess', title: 'Basisprozess', type: 'text', width: 16 },
      { key: 'name', title: 'Name', type: 'text', width: 32 },
      ...departmentColumns,
      { key: 'adoptedBy', title: 'Übernommen (Ämter)', type: 'integer', width: 19 },
      { key: 'inScope', title: 'Im Umfang (Ämter)', type: 'integer', width: 18 },
      { key: 'live', title: 'Live (Ämter)', type: 'integer', width: 13 },
      { key: 'ratio', title: 'Live-Quote', type: 'percent', width: 12 },
      { key: 'liveInAtLeastOne', title: 'Live in mindestens einem Amt', type: 'text', width: 16 },
      { key: 'liveInEvery', title: 'Live in jedem Amt', type: 'text', width: 16 },
    ],
    rows: matrix.rows.map((row) => {
      const cells: Row = {};
      for (const cell of row.cells) {
        cells[`amt:${cell.department}`] =
          cell.adopted && cell.stage !== null ? STAGE_LABELS[cell.stage].de : NOT_ADOPTED;
      }
      return {
        baseProcess: row.baseProcess,
        name: row.name,
        ...cells,
        adoptedBy: row.adoptedBy,
        inScope: row.inScope,
        live: row.live,
        ratio: row.ratio,
        liveInAtLeastOne: row.liveInAtLeastOne,
        liveInEvery: row.liveInEvery,
      };
    }),
    notes: notes(s, matrix.rule),
  };
}

function burnupTable(s: DashboardSelection): ExportTable {
  const history: Burnup = s.burnup();
  return {
    sheetName: 'Burn-up',
    fileName: `burn-up-${dayOf(s.today)}`,
    columns: [
      { key: 'week', title: 'Woche', type: 'text', width: 10 },
      { key: 'start', title: 'Beginn', type: 'date' },
      { key: 'end', title: 'Ende', type: 'date' },
      { key: 'live', title: 'Live', type: 'integer' },
      { key: 'inProgress', title: 'In Arbeit', type: 'integer' },
      { key: 'notStarted', title: 'Nicht begonnen', type: 'integer', width: 16 },
      { key: 'notApplicable', title: 'Nicht anwendbar', type: 'integer', width: 17 },
      { key: 'inScope', title: 'Im Umfang', type: 'integer' },
      { key: 'becameLive', title: 'Live gegangen', type: 'integer', width: 15 },
      { key: 'wentBack', title: 'Von live zurück', type: 'integer', width: 17 },
      { key: 'throughput', title: 'Durchsatz', type: 'integer', width: 11 },
    ],
    rows: history.weeks.map((w) => ({
      week: w.week,
      start: w.start,
      end: w.end,
      live: w.live,
      inProgress: w.inProgress,
      notStarted: w.notStarted,
      notApplicable: w.notApplicable,
      inScope: w.inScope,
      becameLive: w.becameLive,
      wentBack: w.wentBack,
      throughput: w.throughput,
    })),
    notes: notes(s, history.rule),
  };
}

/** One row of the forecast table. */
function forecastRow(area: string, name: string | undefined, forecast: Forecast): Row {
  const row: Row = {
    area,
    name,
    inScope: forecast.inScope,
    live: forecast.live,
    remaining: forecast.remaining,
    kind: FORECAST_KIND_LABELS[forecast.kind],
    target: forecast.target,
    status: forecast.status === null ? undefined : TARGET_STATUS_LABELS[forecast.status],
  };
  if (forecast.kind === 'forecast') {
    Object.assign(row, {
      p50: forecast.p50.date,
      p50Weeks: forecast.p50.weeks,
      p85: forecast.p85.date,
      p85Weeks: forecast.p85.weeks,
    });
    if (forecast.p85.date === null) row.note = 'Nach dem Horizont der Simulation (520 Wochen) nicht abgeschlossen.';
  } else if (forecast.kind === 'completed') {
    if (forecast.completedAt !== null) row.note = `Zuletzt live gegangen am ${germanDay(forecast.completedAt)}.`;
  } else {
    row.note = forecast.message.de;
  }
  return row;
}

function forecastTable(s: DashboardSelection): ExportTable {
  const city = s.forecast();
  return {
    sheetName: 'Prognose',
    fileName: `prognose-${dayOf(s.today)}`,
    columns: [
      { key: 'area', title: 'Bereich', type: 'text', width: 14 },
      { key: 'name', title: 'Name', type: 'text', width: 40 },
      { key: 'inScope', title: 'Prozesse im Umfang', type: 'integer' },
      { key: 'live', title: 'Live', type: 'integer' },
      { key: 'remaining', title: 'Offen', type: 'integer' },
      { key: 'kind', title: 'Ergebnis', type: 'text', width: 22 },
      { key: 'p50', title: 'P50', type: 'date' },
      { key: 'p50Weeks', title: 'P50 (Wochen)', type: 'integer', width: 13 },
      { key: 'p85', title: 'P85', type: 'date' },
      { key: 'p85Weeks', title: 'P85 (Wochen)', type: 'integer', width: 13 },
      { key: 'target', title: 'Zieldatum', type: 'date' },
      { key: 'status', title: 'Status zum Ziel', type: 'text', width: 16 },
      { key: 'note', title: 'Hinweis', type: 'text', width: 60 },
    ],
    rows: [
      s.cityWide
        ? forecastRow('Stadt', 'Stadtweit', city)
        : forecastRow('Gesamt', `Ämter ${s.departments.map((d) => d.code).join(', ') || 'keine'}`, city),
      ...s
        .forecastsByDepartment()
        .map(({ department, forecast }) =>
          forecastRow(department, departmentName(s.departments, department), forecast),
        ),
    ],
    notes: notes(s, city.rule),
  };
}

const TABLES: Readonly<Record<DashboardExportTable, (selection: DashboardSelection) => ExportTable>> = {
  'coverage-departments': coverageDepartments,
  'coverage-groups': coverageGroups,
  'coverage-support': coverageSupport,
  'support-mix': supportMixTable,
  'base-matrix': baseMatrixTable,
  burnup: burnupTable,
  forecast: forecastTable,
};

/** The producer of one of the dashboard's export tables. */
export function dashboardExport(service: DashboardService, table: DashboardExportTable): ExportProducer {
  return async (scope, query) => TABLES[table](await service.selection(scope, query.department));
}

/** Registers every table of {@link DASHBOARD_EXPORT_TABLES} in `registry`. */
export function registerDashboardExports(registry: ExportRegistry, service: DashboardService): void {
  for (const table of DASHBOARD_EXPORT_TABLES) registry.registerExportTable(table, dashboardExport(service, table));
}
