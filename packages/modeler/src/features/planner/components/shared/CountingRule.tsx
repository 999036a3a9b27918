/**
 * The counting rule of a figure, shown next to it (never only in a tooltip): "Zählregel: …".
 */
import type { BilingualLabel } from '../../i18n/usePlannerTranslation';
import { usePlannerTranslation } from '../../i18n';

export function CountingRule({ rule, id }: { rule: BilingualLabel; id?: string }) {
  const { t, label } = usePlannerTranslation();
  return (
    <p className="counting-rule" id={id}>
      <span className="counting-rule__term">{t('common.rule')}</span> {label(rule)}
    </p>
  );
}
