/**
 * The steps of the diagram as a table next to the canvas, in flow order, with their lane: what a
 * screen reader user reads instead of the drawing. Each step is renamed in its own text field
 * (Enter or leaving the field applies, Escape reverts); the rename goes through the modeling API,
 * so it can be undone like any change on the canvas. Read-only (the viewer), the names are text.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { Shape } from 'bpmn-js/lib/model/Types';
import { orderSteps, type Step } from '../diagram/orderSteps';
import { useModelerEvent } from '../hooks/useModelerEvent';
import { useModelerTranslation } from '../i18n';

interface ElementRegistry {
  getAll(): Shape[];
}
interface Modeling {
  updateLabel(element: Shape, name: string): void;
}
interface Selection {
  select(element: Shape): void;
}
interface Canvas {
  scrollToElement(element: Shape): void;
}

function StepName({ modeler, step, label }: { modeler: Modeler; step: Step; label: string }) {
  const [draft, setDraft] = useState(step.name);
  // an undo or a rename on the canvas changes the name under the field
  useEffect(() => setDraft(step.name), [step.name]);

  const apply = () => {
    if (draft.trim() === step.name) return;
    modeler.get<Modeling>('modeling').updateLabel(step.element, draft.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(step.name);
    }
  };
  const show = () => {
    // only elements on the canvas being shown can be selected (not those of a collapsed sub-process)
    try {
      modeler.get<Selection>('selection').select(step.element);
      modeler.get<Canvas>('canvas').scrollToElement(step.element);
    } catch {
      // the element lives on another plane: nothing to show
    }
  };

  return (
    <input
      type="text"
      className="modeler-steps__name"
      value={draft}
      aria-label={label}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={apply}
      onFocus={show}
      data-step-id={step.id}
    />
  );
}

export interface StepListProps {
  /** The modeler, or the viewer when `readOnly`. */
  modeler: BaseViewer | null;
  /** Names are shown, not offered for renaming. */
  readOnly?: boolean;
}

export function StepList({ modeler, readOnly = false }: StepListProps) {
  const { t, term } = useModelerTranslation();
  const headingId = useId();
  const [steps, setSteps] = useState<Step[]>([]);

  const refresh = () => {
    if (modeler) setSteps(orderSteps(modeler.get<ElementRegistry>('elementRegistry').getAll()));
  };
  useModelerEvent(modeler, ['import.done', 'elements.changed', 'diagram.clear'], refresh);
  useEffect(() => refresh(), [modeler]);

  const typeOf = (type: string) => term('types', type) ?? term('types', 'other') ?? type;

  return (
    <section className="modeler-steps" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('steps.heading')}</h2>
      <p className="modeler-panel__description">{readOnly ? t('steps.descriptionReadOnly') : t('steps.description')}</p>
      {steps.length === 0 ? (
        <p>{t('steps.empty')}</p>
      ) : (
        <table className="modeler-table">
          <thead>
            <tr>
              <th scope="col">{t('steps.number')}</th>
              <th scope="col">{t('steps.name')}</th>
              <th scope="col">{t('steps.type')}</th>
              <th scope="col">{t('steps.lane')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, index) => (
              <tr key={step.id} data-step-row={step.id}>
                <th scope="row">{index + 1}</th>
                <td>
                  {readOnly ? (
                    <span className="modeler-steps__text" data-step-id={step.id}>
                      {step.name}
                    </span>
                  ) : (
                    <StepName
                      modeler={modeler as Modeler}
                      step={step}
                      label={t('steps.rename', { number: index + 1, type: typeOf(step.type) })}
                    />
                  )}
                </td>
                <td>
                  {typeOf(step.type)}
                  {!step.reachable && <span className="modeler-steps__unreachable"> ({t('steps.unreachable')})</span>}
                </td>
                <td>{step.lane ?? t('steps.noLane')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
