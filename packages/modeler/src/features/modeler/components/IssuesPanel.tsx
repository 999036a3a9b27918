/**
 * The bpmnlint findings as a table next to the canvas: element, message, severity. The element
 * is a button that selects it on the canvas.
 */
import { useId, useState } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { Shape } from 'bpmn-js/lib/model/Types';
import type LintIssues from '../bpmn/lint/LintIssues';
import type { LintIssue } from '../bpmn/lint/LintIssues';
import { useModelerEvent } from '../hooks/useModelerEvent';
import { useModelerTranslation } from '../i18n';

interface ElementRegistry {
  get(id: string): Shape | undefined;
}
interface Selection {
  select(element: Shape): void;
}
interface Canvas {
  scrollToElement(element: Shape): void;
}

/** The findings of the latest lint run, kept current. */
export function useLintIssues(modeler: Modeler | null): readonly LintIssue[] {
  const [issues, setIssues] = useState<readonly LintIssue[]>(() =>
    modeler ? modeler.get<LintIssues>('lintIssues').getIssues() : [],
  );
  useModelerEvent(modeler, 'lintIssues.changed', (event) => setIssues((event as { issues: LintIssue[] }).issues));
  return issues;
}

export function IssuesPanel({ modeler, issues }: { modeler: Modeler | null; issues: readonly LintIssue[] }) {
  const { t, term } = useModelerTranslation();
  const headingId = useId();

  const elementOf = (issue: LintIssue) => modeler?.get<ElementRegistry>('elementRegistry').get(issue.elementId);
  const labelOf = (issue: LintIssue) => {
    const element = elementOf(issue);
    const name = (element?.businessObject as { name?: string } | undefined)?.name;
    const type = element ? (term('types', element.type) ?? element.type) : '';
    return name ? `${name} (${type})` : `${type} ${issue.reportedId ?? issue.elementId}`.trim();
  };
  const select = (issue: LintIssue) => {
    const element = elementOf(issue);
    if (!modeler || !element) return;
    // the root (a process without pool) cannot be selected, only shown
    if (element.parent) modeler.get<Selection>('selection').select(element);
    modeler.get<Canvas>('canvas').scrollToElement(element);
  };

  return (
    <section className="modeler-issues" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('issues.heading')}</h2>
      <p className="modeler-panel__description">{t('issues.description')}</p>
      {issues.length === 0 ? (
        <p>{t('issues.none')}</p>
      ) : (
        <table className="modeler-table">
          <thead>
            <tr>
              <th scope="col">{t('issues.element')}</th>
              <th scope="col">{t('issues.message')}</th>
              <th scope="col">{t('issues.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => {
              const label = labelOf(issue);
              return (
                <tr key={`${issue.elementId}-${issue.rule}-${index}`} className={`modeler-issue--${issue.severity}`}>
                  <td>
                    <button
                      type="button"
                      className="modeler-link-button"
                      onClick={() => select(issue)}
                      aria-label={t('issues.show', { element: label })}
                      data-element-id={issue.elementId}
                    >
                      {label}
                    </button>
                  </td>
                  <td>{term('lint', issue.message) ?? issue.message}</td>
                  <td>{t(`severity.${issue.severity}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
