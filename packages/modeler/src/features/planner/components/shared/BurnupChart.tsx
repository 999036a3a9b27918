/**
 * The burn-up as an inline SVG: processes live and in progress at the end of each week, the processes
 * in scope, the forecast band from today to P50 and P85 (when every process in scope would be live),
 * and the target date. Lines differ in pattern as well as colour; the figure's table has every week.
 */
import { useId } from 'react';
import type { RolloutDashboard } from '@efile/schemas';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { dayDate, dayMs } from '../../plannerFormat';
import { ChartFigure, ChartLegend } from './ChartFigure';
import { PlannerTable } from './PlannerTable';

type Burnup = RolloutDashboard['burnup'];
type Forecast = RolloutDashboard['forecast'];

const WIDTH = 760;
const HEIGHT = 300;
const MARGIN = { top: 18, right: 20, bottom: 34, left: 52 };
const COLORS = { live: '#1e6b34', inProgress: '#0b5394', inScope: '#4a5562', band: '#8a5a00', target: '#a4262c' };

/** A round upper bound for the y axis and its step (1, 2 or 5 × 10^n). */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  return { top: Math.ceil(max / step) * step, step };
}

/** First days of months between two instants, thinned to at most `max` ticks. */
function monthTicks(from: number, to: number, max: number): number[] {
  const start = new Date(from);
  const months: number[] = [];
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); d.getTime() <= to;) {
    months.push(d.getTime());
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  const every = [1, 2, 3, 6, 12, 24].find((n) => months.length / n <= max) ?? 24;
  return months.filter((ms) => new Date(ms).getUTCMonth() % every === 0);
}

/** The forecast dates, when the forecast has both. */
export function forecastRange(forecast: Forecast): { p50: string; p85: string } | undefined {
  if (forecast.kind !== 'forecast' || !forecast.p50?.date || !forecast.p85?.date) return undefined;
  return { p50: forecast.p50.date, p85: forecast.p85.date };
}

export interface BurnupChartProps {
  burnup: Burnup;
  forecast: Forecast;
  targetDate: string;
  today: string;
  caption: string;
  tableAlwaysShown?: boolean;
}

export function BurnupChart({ burnup, forecast, targetDate, today, caption, tableAlwaysShown }: BurnupChartProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const rawId = useId();
  const id = rawId.replace(/[^a-zA-Z0-9_-]/g, '');
  const weeks = burnup.weeks;
  const last = weeks[weeks.length - 1];
  const first = weeks[0];
  if (!first || !last) return <p>{t('burnup.noWeeks')}</p>;

  const range = forecastRange(forecast);
  const todayMs = dayMs(today);
  const from = dayMs(first.start);
  const to = Math.max(todayMs, dayMs(targetDate), range ? dayMs(range.p85) : 0, range ? dayMs(range.p50) : 0);
  const maxValue = Math.max(...weeks.map((w) => Math.max(w.inScope, w.live + w.inProgress)), forecast.inScope);
  const { top, step } = niceScale(maxValue);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (ms: number) => MARGIN.left + ((ms - from) / Math.max(1, to - from)) * plotWidth;
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  // each week is drawn at its end, the current week at today
  const at = (index: number) => x(Math.min(dayMs(weeks[index]!.end), todayMs));
  const path = (value: (w: (typeof weeks)[number]) => number) =>
    weeks.map((w, i) => `${i === 0 ? 'M' : 'L'}${at(i).toFixed(1)},${y(value(w)).toFixed(1)}`).join(' ');

  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const xTicks = monthTicks(from, to, 8);
  const monthFormat = new Intl.DateTimeFormat(format.locale, { month: '2-digit', year: '2-digit', timeZone: 'UTC' });
  const targetX = x(dayMs(targetDate));
  const todayX = x(todayMs);

  const forecastText = range
    ? t('burnup.forecastRange', { p50: format.date(dayDate(range.p50)), p85: format.date(dayDate(range.p85)) })
    : t('burnup.forecastNone');
  const description = t('burnup.desc', {
    from: format.date(dayDate(first.start)),
    to: format.date(dayDate(today)),
    live: format.number(last.live),
    inScope: format.number(last.inScope),
    inProgress: format.number(last.inProgress),
    forecast: forecastText,
    target: format.date(dayDate(targetDate)),
  });

  const chart = (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="burnup-chart"
    >
      <title id={`${id}-title`}>{t('burnup.title')}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke={COLORS.band} strokeWidth="1.5" />
        </pattern>
      </defs>
      <g className="chart__grid">
        {yTicks.map((value) => (
          <g key={value}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} stroke="#d5dbe1" />
            <text x={MARGIN.left - 6} y={y(value)} dy="0.32em" textAnchor="end">
              {format.number(value)}
            </text>
          </g>
        ))}
        {xTicks.map((ms) => (
          <g key={ms}>
            <line x1={x(ms)} x2={x(ms)} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom + 5} stroke="#6b7785" />
            <text x={x(ms)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
              {monthFormat.format(new Date(ms))}
            </text>
          </g>
        ))}
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={HEIGHT - MARGIN.bottom}
          y2={HEIGHT - MARGIN.bottom}
          stroke="#6b7785"
        />
      </g>
      {range && (
        <polygon
          points={`${todayX},${y(last.live)} ${x(dayMs(range.p50))},${y(forecast.inScope)} ${x(dayMs(range.p85))},${y(forecast.inScope)}`}
          fill={`url(#${id}-hatch)`}
          stroke={COLORS.band}
          strokeWidth="1.5"
          data-testid="burnup-band"
        />
      )}
      <path d={path((w) => w.inScope)} fill="none" stroke={COLORS.inScope} strokeWidth="2" strokeDasharray="2 4" />
      <path
        d={path((w) => w.inProgress)}
        fill="none"
        stroke={COLORS.inProgress}
        strokeWidth="2.5"
        strokeDasharray="8 4"
      />
      <path d={path((w) => w.live)} fill="none" stroke={COLORS.live} strokeWidth="3" />
      <line x1={todayX} x2={todayX} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} stroke="#6b7785" strokeWidth="1" />
      <text x={todayX + 4} y={HEIGHT - MARGIN.bottom - 6}>
        {t('burnup.today')}
      </text>
      <line
        x1={targetX}
        x2={targetX}
        y1={MARGIN.top}
        y2={HEIGHT - MARGIN.bottom}
        stroke={COLORS.target}
        strokeWidth="2"
        strokeDasharray="6 3"
        data-testid="burnup-target"
      />
      <text x={targetX - 4} y={MARGIN.top + 24} textAnchor="end" fill={COLORS.target}>
        {t('burnup.targetShort')} {format.date(dayDate(targetDate))}
      </text>
    </svg>
  );

  const legend = (
    <ChartLegend
      items={[
        { name: t('burnup.live'), sample: <line x1="0" x2="28" y1="6" y2="6" stroke={COLORS.live} strokeWidth="3" /> },
        {
          name: t('burnup.inProgress'),
          sample: (
            <line x1="0" x2="28" y1="6" y2="6" stroke={COLORS.inProgress} strokeWidth="2.5" strokeDasharray="8 4" />
          ),
        },
        {
          name: t('burnup.inScope'),
          sample: <line x1="0" x2="28" y1="6" y2="6" stroke={COLORS.inScope} strokeWidth="2" strokeDasharray="2 4" />,
        },
        {
          name: t('burnup.band'),
          sample: <rect x="1" y="1" width="26" height="10" fill={`url(#${id}-hatch)`} stroke={COLORS.band} />,
        },
        {
          name: t('burnup.target'),
          sample: <line x1="14" x2="14" y1="0" y2="12" stroke={COLORS.target} strokeWidth="2" strokeDasharray="4 2" />,
        },
      ]}
    />
  );

  const table = (
    <PlannerTable
      caption={t('burnup.caption')}
      testId="burnup-table"
      head={
        <tr>
          <th scope="col">{t('burnup.week')}</th>
          <th scope="col">{t('burnup.start')}</th>
          <th scope="col" className="numeric">
            {t('burnup.live')}
          </th>
          <th scope="col" className="numeric">
            {t('burnup.inProgress')}
          </th>
          <th scope="col" className="numeric">
            {t('burnup.inScope')}
          </th>
          <th scope="col" className="numeric">
            {t('burnup.becameLive')}
          </th>
          <th scope="col" className="numeric">
            {t('burnup.wentBack')}
          </th>
          <th scope="col" className="numeric">
            {t('burnup.throughput')}
          </th>
        </tr>
      }
    >
      {weeks.map((w) => (
        <tr key={w.week}>
          <th scope="row" className="nowrap">
            {w.week}
          </th>
          <td className="nowrap">{format.date(dayDate(w.start))}</td>
          <td className="numeric">{format.number(w.live)}</td>
          <td className="numeric">{format.number(w.inProgress)}</td>
          <td className="numeric">{format.number(w.inScope)}</td>
          <td className="numeric">{format.number(w.becameLive)}</td>
          <td className="numeric">{format.number(w.wentBack)}</td>
          <td className="numeric">{format.number(w.throughput)}</td>
        </tr>
      ))}
    </PlannerTable>
  );

  return (
    <ChartFigure
      caption={caption}
      chart={chart}
      legend={legend}
      table={table}
      tableAlwaysShown={tableAlwaysShown ?? false}
      testId="burnup"
    />
  );
}
