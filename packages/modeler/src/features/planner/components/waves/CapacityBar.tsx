/**
 * Demand against capacity of a wave: a bar (for the eye) and the same in words, with over-allocation
 * named in text ("Überbucht") and marked by a pattern, never by colour alone.
 */
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';

export interface CapacityBarProps {
  demand: number;
  capacity: number;
  ratio: number | null;
  overAllocated: boolean;
}

export function CapacityBar({ demand, capacity, ratio, overAllocated }: CapacityBarProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  // the bar's full width is the larger of demand and capacity; the capacity is marked by a line
  const scale = Math.max(demand, capacity, 1);
  const within = (Math.min(demand, capacity) / scale) * 100;
  const over = (Math.max(0, demand - capacity) / scale) * 100;
  const capacityAt = (capacity / scale) * 100;
  return (
    <div className="capacity" data-testid="capacity">
      <div className="capacity__bar" aria-hidden="true">
        <span className="capacity__within" style={{ width: `${within}%` }} />
        {over > 0 && <span className="capacity__over" style={{ left: `${within}%`, width: `${over}%` }} />}
        <span className="capacity__mark" style={{ left: `calc(${capacityAt}% - 1px)` }} />
      </div>
      <p className="capacity__text">
        {capacity > 0
          ? t('waves.capacityLine', {
              demand: format.number(demand),
              capacity: format.number(capacity),
              ratio: ratio === null ? t('common.none') : format.percent(ratio),
            })
          : t('waves.capacityNone', { demand: format.number(demand) })}{' '}
        {overAllocated ? (
          <strong className="flag flag--over" data-testid="over-allocated">
            <span aria-hidden="true">⚠ </span>
            {t('waves.overAllocated')}
          </strong>
        ) : (
          <span className="flag flag--ok">{t('waves.withinCapacity')}</span>
        )}
      </p>
    </div>
  );
}
