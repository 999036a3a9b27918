/**
 * A chart with its text alternatives: a caption, the chart itself (an SVG with role="img", <title>
 * and <desc>), a legend, and the same figures as a table, shown with "Als Tabelle anzeigen" (or
 * always, for print).
 */
import { useId, useState, type ReactNode } from 'react';
import { usePlannerTranslation } from '../../i18n';

export interface ChartFigureProps {
  caption: string;
  chart: ReactNode;
  legend?: ReactNode;
  table: ReactNode;
  /** Shows the table without a toggle (the printed report). */
  tableAlwaysShown?: boolean;
  testId?: string;
}

export function ChartFigure({ caption, chart, legend, table, tableAlwaysShown, testId }: ChartFigureProps) {
  const { t } = usePlannerTranslation();
  const [shown, setShown] = useState(false);
  const captionId = useId();
  const tableId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId} data-testid={testId}>
      <figcaption id={captionId} className="chart__caption">
        {caption}
      </figcaption>
      {chart}
      {legend}
      {tableAlwaysShown ? (
        table
      ) : (
        <>
          <p className="chart__toggle no-print">
            <button
              type="button"
              className="button button--small button--secondary"
              aria-expanded={shown}
              aria-controls={tableId}
              onClick={() => setShown((value) => !value)}
            >
              {shown ? t('chart.hideTable') : t('chart.showTable')}
            </button>
          </p>
          <div id={tableId} hidden={!shown}>
            {table}
          </div>
        </>
      )}
    </figure>
  );
}

/** One entry of a chart legend: a sample of the line or area and its name. */
export interface LegendItem {
  name: string;
  /** The sample, drawn in a 28 × 12 box. */
  sample: ReactNode;
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const { t } = usePlannerTranslation();
  return (
    <ul className="chart__legend" aria-label={t('chart.legend')}>
      {items.map((item) => (
        <li key={item.name}>
          <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
            {item.sample}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
