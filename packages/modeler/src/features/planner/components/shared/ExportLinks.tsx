/**
 * Download links (CSV and XLSX) of one table, for accounts that may export. Each link names its
 * table and format for screen readers; the visible text is the format.
 */
import { useAccount } from '../../../auth/hooks/useAccount';
import { exportUrl, type ExportFormat, type ExportOptions, type ExportTableName } from '../../api/exportUrl';
import { usePlannerTranslation } from '../../i18n';
import { mayExport } from '../../plannerPolicy';

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export function ExportLinks({ table, options }: { table: ExportTableName; options?: ExportOptions }) {
  const { t } = usePlannerTranslation();
  const account = useAccount();
  if (!mayExport(account)) return null;
  const name = t(`exports.tables.${table}`);
  return (
    <p className="exports no-print" data-testid={`export-${table}`}>
      <span className="exports__label">{t('exports.label', { table: name })}</span>
      {FORMATS.map((format) => (
        <a
          key={format}
          className="button button--small button--secondary"
          href={exportUrl(table, format, options)}
          download
          aria-label={t('exports.name', { table: name, format: t(`exports.${format}`) })}
        >
          {t(`exports.${format}`)}
        </a>
      ))}
    </p>
  );
}
