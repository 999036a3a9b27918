/**
 * The completion forecast held against the target date: P50 and P85 (dates and weeks from today),
 * the target, the status against it, with the counting rule. Other kinds of forecast (completed, no
 * history, no progress) say so in words.
 */
import type { RolloutDashboard } from '@efile/schemas';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { dayDate } from '../../plannerFormat';
import { CountingRule } from './CountingRule';

type Forecast = RolloutDashboard['forecast'];
type ForecastPoint = NonNullable<Forecast['p50']>;

export function ForecastSummary({ forecast, targetDate }: { forecast: Forecast; targetDate: string }) {
  const { t, label } = usePlannerTranslation();
  const format = useFormat();
  const point = (value: ForecastPoint | undefined) =>
    value?.date && value.weeks !== null
      ? t('forecast.weeksFromToday', {
          date: format.date(dayDate(value.date)),
          weeks: t('common.weeks', { count: value.weeks }),
        })
      : t('forecast.beyondHorizon');
  const target = forecast.target ?? targetDate;
  return (
    <div className="forecast" data-testid="forecast">
      <dl className="metadata metadata--compact">
        <div className="metadata__row">
          <dt>{t('forecast.result')}</dt>
          <dd data-testid="forecast-kind">{t(`forecast.kinds.${forecast.kind}`)}</dd>
        </div>
        {forecast.kind === 'forecast' && (
          <>
            <div className="metadata__row">
              <dt>{t('forecast.p50')}</dt>
              <dd data-testid="forecast-p50">{point(forecast.p50)}</dd>
            </div>
            <div className="metadata__row">
              <dt>{t('forecast.p85')}</dt>
              <dd data-testid="forecast-p85">{point(forecast.p85)}</dd>
            </div>
          </>
        )}
        {forecast.kind === 'completed' && forecast.completedAt && (
          <div className="metadata__row">
            <dt>{t('forecast.kinds.completed')}</dt>
            <dd>{t('forecast.completedAt', { date: format.date(forecast.completedAt) })}</dd>
          </div>
        )}
        {forecast.message && forecast.kind !== 'forecast' && forecast.kind !== 'completed' && (
          <div className="metadata__row">
            <dt>{t('forecast.message')}</dt>
            <dd>{label(forecast.message)}</dd>
          </div>
        )}
        <div className="metadata__row">
          <dt>{t('forecast.target')}</dt>
          <dd data-testid="forecast-target">{format.date(dayDate(target))}</dd>
        </div>
        {forecast.status && (
          <div className="metadata__row">
            <dt>{t('forecast.status')}</dt>
            <dd>
              <span className={`status-flag status-flag--${forecast.status}`} data-testid="forecast-status">
                {t(`targetStatus.${forecast.status}`)}
              </span>
            </dd>
          </div>
        )}
        <div className="metadata__row">
          <dt>{t('forecast.remaining')}</dt>
          <dd>{t('common.of', { part: format.number(forecast.remaining), whole: format.number(forecast.inScope) })}</dd>
        </div>
      </dl>
      <CountingRule rule={forecast.rule} />
    </div>
  );
}
