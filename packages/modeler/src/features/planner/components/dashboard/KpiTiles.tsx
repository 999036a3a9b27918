/**
 * The key figures as tiles: in scope, live, coverage (with its counting rule next to the number), in
 * progress, not applicable; and the base processes live in at least one department next to those live
 * in every department, so that neither number misleads.
 */
import type { RolloutDashboard } from '@efile/schemas';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { CountingRule } from '../shared/CountingRule';

export interface KpiTilesProps {
  kpis: RolloutDashboard['kpis'];
  baseProcesses: RolloutDashboard['baseProcesses'];
}

export function KpiTiles({ kpis, baseProcesses }: KpiTilesProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const { coverage } = kpis;
  const tile = (id: string, term: string, value: string, note?: string) => (
    <div className="kpi" data-testid={`kpi-${id}`}>
      <dt className="kpi__term">{term}</dt>
      <dd className="kpi__value">{value}</dd>
      {note && <dd className="kpi__note">{note}</dd>}
    </div>
  );
  return (
    <>
      <dl className="kpis">
        {tile(
          'inScope',
          t('dashboard.kpis.inScope'),
          format.number(kpis.inScope),
          t('dashboard.kpis.inScopeNote', { processes: format.number(kpis.processes) }),
        )}
        {tile('live', t('dashboard.kpis.live'), format.number(kpis.live))}
        <div className="kpi kpi--wide" data-testid="kpi-coverage">
          <dt className="kpi__term">{t('dashboard.kpis.coverage')}</dt>
          <dd className="kpi__value">
            {coverage.ratio === null ? t('dashboard.kpis.noRatio') : format.percent(coverage.ratio, 1)}
          </dd>
          <dd className="kpi__note">
            {t('dashboard.kpis.coverageNote', {
              live: format.number(coverage.live),
              inScope: format.number(coverage.inScope),
            })}
          </dd>
          <dd className="kpi__rule">
            <CountingRule rule={coverage.rule} />
          </dd>
        </div>
        {tile(
          'inProgress',
          t('dashboard.kpis.inProgress'),
          format.number(kpis.inProgress),
          t('dashboard.kpis.inProgressNote'),
        )}
        {tile(
          'notApplicable',
          t('dashboard.kpis.notApplicable'),
          format.number(kpis.notApplicable),
          t('dashboard.kpis.notApplicableNote'),
        )}
      </dl>
      <div className="base-kpis" data-testid="base-kpis">
        <h3>{t('dashboard.base.title')}</h3>
        <dl className="kpis kpis--small">
          {tile(
            'baseAtLeastOne',
            t('dashboard.base.atLeastOne'),
            t('common.of', {
              part: format.number(baseProcesses.liveInAtLeastOne),
              whole: format.number(baseProcesses.total),
            }),
          )}
          {tile(
            'baseEvery',
            t('dashboard.base.every'),
            t('common.of', {
              part: format.number(baseProcesses.liveInEvery),
              whole: format.number(baseProcesses.total),
            }),
          )}
        </dl>
        <CountingRule rule={baseProcesses.rule} />
      </div>
    </>
  );
}
