/**
 * The release status of a diagram version (Entwurf, In Prüfung, Freigegeben).
 */
import { useTranslation } from 'react-i18next';
import type { Diagram } from '@efile/schemas';

export function DiagramStatusBadge({ status }: { status: Diagram['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--status-${status}`}>{t(`diagram.status.${status}`)}</span>;
}
