/**
 * The capacity-aware forecast of GET /rollout/waves: when central IT finishes the remaining consulting and
 * full-service work at the waves' capacity per week, against the target date, with its counting rule.
 */
import type { WaveList } from '@efile/schemas';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { dayDate } from '../../plannerFormat';
import { CountingRule } from '../shared/CountingRule';

export function CapacityForecastSection({ forecast }: { forecast: WaveList['capacityForecast'] }) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="capacity-forecast-title" data-testid="capacity-forecast">
      <h2 id="capacity-forecast-title">{t('waves.forecast.title')}</h2>
      <dl className="metadata metadata--compact">
        <div className="metadata__row">
          <dt>{t('waves.forecast.remaining')}</dt>
          <dd data-testid="capacity-forecast-remaining">
            {t('waves.forecast.remainingValue', {
              count: forecast.processes,
              effort: format.number(forecast.remainingEffort),
            })}
          </dd>
        </div>
        <div className="metadata__row">
          <dt>{t('waves.forecast.perWeek')}</dt>
          <dd>{t('waves.forecast.perWeekValue', { value: format.number(forecast.personDaysPerWeek) })}</dd>
        </div>
        <div className="metadata__row">
          <dt>{t('waves.forecast.date')}</dt>
          <dd data-testid="capacity-forecast-date">
            {forecast.date === null || forecast.weeks === null
              ? t('waves.forecast.noCapacity')
              : t('waves.forecast.dateValue', {
                  date: format.date(dayDate(forecast.date)),
                  count: forecast.weeks,
                })}
          </dd>
        </div>
        {forecast.target && (
          <div className="metadata__row">
            <dt>{t('waves.forecast.target')}</dt>
            <dd>{format.date(dayDate(forecast.target))}</dd>
          </div>
        )}
        {forecast.status && (
          <div className="metadata__row">
            <dt>{t('waves.forecast.status')}</dt>
            <dd>
              <span className={`status-flag status-flag--${forecast.status}`} data-testid="capacity-forecast-status">
                {t(`targetStatus.${forecast.status}`)}
              </span>
            </dd>
          </div>
        )}
      </dl>
      <CountingRule rule={forecast.rule} />
    </section>
  );
}
