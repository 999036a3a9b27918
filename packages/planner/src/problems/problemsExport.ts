import type { ExportProducer } from '../exports/exportTable.js';
import type { ProblemStatus, Severity } from './problem.model.js';
import type { ProblemsService } from './problems.service.js';

/** The German label of each severity. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  low: 'niedrig',
  medium: 'mittel',
  high: 'hoch',
  critical: 'kritisch',
};

/** The German label of each status of a problem report. */
export const PROBLEM_STATUS_LABELS: Readonly<Record<ProblemStatus, string>> = {
  open: 'offen',
  in_progress: 'in Bearbeitung',
  resolved: 'gelöst',
};

/**
 * The export table `problems`: the problem reports the caller may see (of `department`, when given),
 * most severe first, then newest.
 */
export function problemsExport(service: ProblemsService, now: () => Date): ExportProducer {
  return async (scope, query) => {
    const reports = await service.all(scope, query.department ? { departments: query.department } : {});
    return {
      sheetName: 'Probleme',
      fileName: `probleme-${now().toISOString().slice(0, 10)}`,
      columns: [
        { key: 'id', title: 'Nr.', type: 'text', width: 20 },
        { key: 'title', title: 'Titel', type: 'text', width: 36 },
        { key: 'severity', title: 'Schweregrad', type: 'text', width: 13 },
        { key: 'status', title: 'Status', type: 'text', width: 16 },
        { key: 'department', title: 'Amt', type: 'text', width: 8 },
        { key: 'processKey', title: 'Prozess', type: 'text', width: 16 },
        { key: 'ownerId', title: 'Verantwortlich (Konto)', type: 'text', width: 24 },
        { key: 'createdAt', title: 'Gemeldet am (UTC)', type: 'datetime' },
        { key: 'createdBy', title: 'Gemeldet von (Konto)', type: 'text', width: 24 },
        { key: 'ageDays', title: 'Alter (Tage)', type: 'integer' },
        { key: 'resolvedAt', title: 'Gelöst am (UTC)', type: 'datetime' },
        { key: 'resolution', title: 'Lösung', type: 'text', width: 40 },
        { key: 'description', title: 'Beschreibung', type: 'text', width: 60 },
      ],
      rows: reports.map((r) => ({
        id: r.id,
        title: r.title,
        severity: SEVERITY_LABELS[r.severity],
        status: PROBLEM_STATUS_LABELS[r.status],
        department: r.department,
        processKey: r.processKey,
        ownerId: r.ownerId,
        createdAt: r.createdAt,
        createdBy: r.createdBy,
        ageDays: r.ageDays,
        resolvedAt: r.resolvedAt,
        resolution: r.resolution,
        description: r.description,
      })),
    };
  };
}
