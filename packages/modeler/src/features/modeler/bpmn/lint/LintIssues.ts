/**
 * Keeps the latest bpmnlint findings of bpmn-js-bpmnlint as one flat list (element, message,
 * severity, rule) for the issues panel, and fires `lintIssues.changed` when it changes.
 */
import type EventBus from 'diagram-js/lib/core/EventBus';

/** bpmnlint's categories; `rule-error` means a rule itself failed. */
export type Severity = 'error' | 'warn' | 'info' | 'rule-error';

export interface LintIssue {
  /** The element the finding is shown on (a participant or the root for findings on a process). */
  elementId: string;
  /** The element the rule reported, when it differs from `elementId`. */
  reportedId?: string;
  message: string;
  severity: Severity;
  rule: string;
}

interface Report {
  id: string;
  message: string;
  category: Severity;
  rule: string;
  actualElementId?: string;
}

const ORDER: Record<Severity, number> = { 'rule-error': 0, error: 1, warn: 2, info: 3 };

/** The service `lintIssues`. */
export default class LintIssues {
  static $inject = ['eventBus'];

  private issues: LintIssue[] = [];

  constructor(private readonly eventBus: EventBus) {
    eventBus.on('linting.completed', (event: { issues: Record<string, Report[]> }) => {
      this.issues = Object.values(event.issues)
        .flat()
        .map((report) => ({
          elementId: report.id,
          ...(report.actualElementId && report.actualElementId !== report.id
            ? { reportedId: report.actualElementId }
            : {}),
          message: report.message,
          severity: report.category,
          rule: report.rule,
        }))
        .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
      this.eventBus.fire('lintIssues.changed', { issues: this.issues });
    });
    eventBus.on('diagram.clear', () => {
      this.issues = [];
      this.eventBus.fire('lintIssues.changed', { issues: this.issues });
    });
  }

  /** The findings of the latest lint run, errors first. */
  getIssues(): readonly LintIssue[] {
    return this.issues;
  }
}
