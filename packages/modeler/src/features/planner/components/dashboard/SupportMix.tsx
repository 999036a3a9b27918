/**
 * The support mix: processes live per support level of the event that made them live, as bars (each
 * labelled with its number and share) with the table alternative; and coverage per support level.
 */
import { useId } from 'react';
import type { RolloutDashboard } from '@efile/schemas';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { ChartFigure } from '../shared/ChartFigure';
import { CountingRule } from '../shared/CountingRule';
import { CoverageTable } from '../shared/CoverageTable';
import { PlannerTable } from '../shared/PlannerTable';

const WIDTH = 600;
const ROW = 34;
const LABEL = 130;
const VALUE = 110;
const COLORS = ['#1e6b34', '#0b5394', '#5b3f8c', '#8a5a00'];

export interface SupportMixProps {
  mix: RolloutDashboard['supportMix'];
  bySupport: RolloutDashboard['coverage']['bySupport'];
}

export function SupportMix({ mix, bySupport }: SupportMixProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const rawId = useId();
  const id = rawId.replace(/[^a-zA-Z0-9_-]/g, '');
  const max = Math.max(1, ...mix.rows.map((r) => r.live));
  const share = (value: number | null) => (value === null ? t('common.none') : format.percent(value));
  const height = mix.rows.length * ROW + 8;
  const parts = mix.rows
    .map((r) => `${t(`support.${r.support}`)}: ${format.number(r.live)} (${share(r.share)})`)
    .join('; ');

  const chart = (
    <svg
      className="chart__svg chart__svg--bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="support-chart"
    >
      <title id={`${id}-title`}>{t('dashboard.supportChartTitle')}</title>
      <desc id={`${id}-desc`}>{t('dashboard.supportChartDesc', { parts })}</desc>
      {mix.rows.map((row, index) => {
        const y = 4 + index * ROW;
        const width = ((WIDTH - LABEL - VALUE) * row.live) / max;
        return (
          <g key={row.support}>
            <text x={LABEL - 8} y={y + ROW / 2 - 2} dy="0.32em" textAnchor="end">
              {t(`support.${row.support}`)}
            </text>
            <rect
              x={LABEL}
              y={y + 4}
              width={Math.max(width, 1)}
              height={ROW - 14}
              fill={COLORS[index % COLORS.length]}
            />
            <text x={LABEL + width + 6} y={y + ROW / 2 - 2} dy="0.32em">
              {format.number(row.live)} ({share(row.share)})
            </text>
          </g>
        );
      })}
    </svg>
  );

  const table = (
    <PlannerTable
      caption={t('dashboard.supportCaption')}
      testId="support-table"
      head={
        <tr>
          <th scope="col">{t('department.support')}</th>
          <th scope="col" className="numeric">
            {t('burnup.live')}
          </th>
          <th scope="col" className="numeric">
            {t('dashboard.share')}
          </th>
        </tr>
      }
    >
      {mix.rows.map((row) => (
        <tr key={row.support}>
          <th scope="row">{t(`support.${row.support}`)}</th>
          <td className="numeric">{format.number(row.live)}</td>
          <td className="numeric">{share(row.share)}</td>
        </tr>
      ))}
    </PlannerTable>
  );

  return (
    <>
      <ChartFigure caption={t('dashboard.supportCaption')} chart={chart} table={table} testId="support-mix" />
      <CountingRule rule={mix.rule} />
      <CoverageTable
        caption={t('dashboard.supportCoverageCaption')}
        labelHeader={t('department.support')}
        rows={bySupport.rows.map((row) => ({
          key: row.support ?? 'none',
          label: row.support ? t(`support.${row.support}`) : t('support.none'),
          inScope: row.inScope,
          live: row.live,
          ratio: row.ratio,
        }))}
      />
      <CountingRule rule={bySupport.rule} />
    </>
  );
}
