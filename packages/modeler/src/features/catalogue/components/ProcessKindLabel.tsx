/**
 * What kind of process this is: a base process (Basisprozess), a department's variant of one,
 * or a department's own process (Fachprozess).
 */
import { useTranslation } from 'react-i18next';
import type { Process } from '@efile/schemas';

export function ProcessKindLabel({ process }: { process: Pick<Process, 'kind' | 'baseProcess'> }) {
  const { t } = useTranslation();
  if (process.kind === 'base') return <span className="badge badge--base">{t('process.kinds.base')}</span>;
  if (process.baseProcess) return <span className="badge badge--variant">{t('process.kinds.variant')}</span>;
  return <span className="badge">{t('process.kinds.own')}</span>;
}
