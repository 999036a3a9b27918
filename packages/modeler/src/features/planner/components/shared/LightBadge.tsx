/**
 * A traffic light (Ampel) as a coloured dot and its name, so it never depends on colour alone.
 */
import type { StatusReport } from '@efile/schemas';
import { usePlannerTranslation } from '../../i18n';

export function LightBadge({ light }: { light: StatusReport['light'] }) {
  const { t } = usePlannerTranslation();
  return (
    <span className={`light light--${light}`}>
      <span className="light__dot" aria-hidden="true" />
      {t(`lights.${light}`)}
    </span>
  );
}
