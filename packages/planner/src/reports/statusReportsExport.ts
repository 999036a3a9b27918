import type { ExportProducer } from '../exports/exportTable.js';
import type { Light } from './statusReport.model.js';
import type { ReportsService } from './reports.service.js';

/** The German label of each traffic light. */
export const LIGHT_LABELS: Readonly<Record<Light, string>> = { green: 'Grün', yellow: 'Gelb', red: 'Rot' };

/**
 * The export table `status-reports`: the latest Ampel of every department the caller may see for
 * `period` (default the current month), with a row "kein Bericht" for each department that has not
 * reported, by department code.
 */
export function statusReportsExport(service: ReportsService): ExportProducer {
  return async (scope, query) => {
    const list = await service.latest(scope, query.period, query.department);
    const rows: Array<Record<string, string | number | undefined>> = list.items.map((r) => ({
      department: r.department,
      period: r.period,
      light: LIGHT_LABELS[r.light],
      text: r.text,
      version: r.version,
      updatedAt: r.updatedAt,
      updatedBy: r.updatedBy,
    }));
    for (const department of list.missing) {
      rows.push({ department, period: list.period, light: 'kein Bericht' });
    }
    rows.sort((a, b) => String(a.department).localeCompare(String(b.department), 'de', { numeric: true }));
    return {
      sheetName: `Statusberichte ${list.period}`,
      fileName: `statusberichte-${list.period}`,
      columns: [
        { key: 'department', title: 'Amt', type: 'text', width: 8 },
        { key: 'period', title: 'Monat', type: 'text', width: 9 },
        { key: 'light', title: 'Ampel', type: 'text', width: 13 },
        { key: 'text', title: 'Bericht', type: 'text', width: 60 },
        { key: 'version', title: 'Revision', type: 'integer' },
        { key: 'updatedAt', title: 'Stand (UTC)', type: 'datetime' },
        { key: 'updatedBy', title: 'Geändert von (Konto)', type: 'text', width: 24 },
      ],
      rows,
    };
  };
}
