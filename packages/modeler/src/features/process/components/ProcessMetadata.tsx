/**
 * A process's metadata for reading: filing plan, document types, retention, case volume and the rest.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Process } from '@efile/schemas';
import { useFormat } from '../../../i18n/useFormat';

export function ProcessMetadata({ process, department }: { process: Process; department: Department | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = <span className="muted">{t('process.none')}</span>;
  const rows: [string, ReactNode][] = [
    [t('process.fields.department'), department ? `${process.department} ${department.name}` : process.department],
    [t('process.fields.group'), process.group ?? none],
    [t('process.fields.leikaKey'), process.leikaKey ? <code>{process.leikaKey}</code> : none],
    [t('process.fields.filingPlanRef'), process.filingPlanRef ? <code>{process.filingPlanRef}</code> : none],
    [
      t('process.fields.documentTypes'),
      process.documentTypes.length > 0 ? (
        <ul className="plain-list">
          {process.documentTypes.map((type) => (
            <li key={type}>{type}</li>
          ))}
        </ul>
      ) : (
        none
      ),
    ],
    [
      t('process.fields.retentionYears'),
      process.retentionYears !== undefined ? t('process.years', { count: process.retentionYears }) : none,
    ],
    [t('process.fields.disposal'), process.disposal ? t(`process.disposal.${process.disposal}`) : none],
    [
      t('process.fields.annualCaseVolume'),
      process.annualCaseVolume !== undefined ? format.number(process.annualCaseVolume) : none,
    ],
    [t('process.fields.legalBasis'), process.legalBasis ?? none],
    [
      t('process.fields.tags'),
      process.tags.length > 0 ? (
        <ul className="tags">
          {process.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : (
        none
      ),
    ],
    [t('process.fields.description'), process.description ? <p className="prewrap">{process.description}</p> : none],
    [
      t('process.fields.version'),
      t('process.versionLine', {
        version: process.version,
        updated: format.dateTime(process.updatedAt),
        created: format.date(process.createdAt),
      }),
    ],
  ];
  return (
    <dl className="metadata" data-testid="process-metadata">
      {rows.map(([term, value]) => (
        <div className="metadata__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
