/**
 * The panel next to the canvas, as tabs: properties (the bpmn-js properties panel, always mounted
 * because the modeler renders into it), steps, issues. Arrow keys move between the tabs.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useModelerTranslation } from '../i18n';

export type SideTab = 'properties' | 'steps' | 'issues';

export interface SidePanelProps {
  /** Where the properties panel renders. */
  propertiesRef: RefObject<HTMLDivElement | null>;
  steps: ReactNode;
  issues: ReactNode;
  issueCount: number;
}

const TABS: SideTab[] = ['properties', 'steps', 'issues'];

export function SidePanel({ propertiesRef, steps, issues, issueCount }: SidePanelProps) {
  const { t } = useModelerTranslation();
  const [active, setActive] = useState<SideTab>('properties');
  const baseId = useId();
  const tabRefs = useRef<Record<SideTab, HTMLButtonElement | null>>({ properties: null, steps: null, issues: null });

  const label = (tab: SideTab) =>
    tab === 'issues' ? t('tabs.issues', { count: issueCount }) : t(tab === 'steps' ? 'tabs.steps' : 'tabs.properties');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(active);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setActive(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <aside className="modeler-side" aria-label={t('page.sidePanel')}>
      <div role="tablist" aria-label={t('page.sidePanel')} className="modeler-tabs" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab}`}
            aria-selected={active === tab}
            aria-controls={`${baseId}-panel-${tab}`}
            tabIndex={active === tab ? 0 : -1}
            className="modeler-tabs__tab"
            onClick={() => setActive(tab)}
          >
            {label(tab)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel-properties`}
        aria-labelledby={`${baseId}-tab-properties`}
        hidden={active !== 'properties'}
        className="modeler-side__panel modeler-side__properties"
        ref={propertiesRef}
      />
      <div
        role="tabpanel"
        id={`${baseId}-panel-steps`}
        aria-labelledby={`${baseId}-tab-steps`}
        hidden={active !== 'steps'}
        className="modeler-side__panel"
      >
        {active === 'steps' && steps}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel-issues`}
        aria-labelledby={`${baseId}-tab-issues`}
        hidden={active !== 'issues'}
        className="modeler-side__panel"
      >
        {active === 'issues' && issues}
      </div>
    </aside>
  );
}
