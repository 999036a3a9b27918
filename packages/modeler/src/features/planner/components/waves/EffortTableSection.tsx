/**
 * "Aufwandstabelle" on the wave board: the person-days of central IT per process by support level
 * (rows) and complexity (columns) that demand, what-if and forecast count with, for everyone who sees
 * the board; those who plan waves (admins) change it in a dialog (EditEffortTableDialog).
 */
import { useState } from 'react';
import type { EffortTableSetting } from '@efile/schemas';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useEffortTable } from '../../api/getEffortTable';
import { usePlannerTranslation } from '../../i18n';
import { COMPLEXITIES, SUPPORT_LEVELS } from '../../stages';
import { PlannerTable } from '../shared/PlannerTable';
import { EditEffortTableDialog } from './EditEffortTableDialog';

/** Person-days as the table shows them: up to two decimals, e.g. 0,5 or 12,25. */
const DECIMALS = 2;

export interface EffortTableSectionProps {
  /** The account may change the table (wave:write). */
  canEdit: boolean;
  /** Called after the table was saved (for the board's announcement). */
  onSaved: (setting: EffortTableSetting) => void;
}

export function EffortTableSection({ canEdit, onSaved }: EffortTableSectionProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const query = useEffortTable();
  const [editing, setEditing] = useState(false);

  let body;
  if (query.isPending) body = <Loading label={t('waves.effortTable.loading')} />;
  else if (query.isError) body = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  else {
    const { table, isDefault, updatedAt } = query.data;
    body = (
      <>
        <PlannerTable
          caption={t('waves.effortTable.caption')}
          testId="effort-table"
          head={
            <tr>
              <th scope="col">{t('waves.effortTable.support')}</th>
              {COMPLEXITIES.map((complexity) => (
                <th key={complexity} scope="col" className="numeric">
                  {t(`waves.effortTable.complexity.${complexity}`)}
                </th>
              ))}
            </tr>
          }
        >
          {SUPPORT_LEVELS.map((support) => (
            <tr key={support} data-support={support}>
              <th scope="row">{t(`support.${support}`)}</th>
              {COMPLEXITIES.map((complexity) => (
                <td key={complexity} className="numeric" data-complexity={complexity}>
                  {format.number(table[support][complexity], DECIMALS)}
                </td>
              ))}
            </tr>
          ))}
        </PlannerTable>
        <p className="muted" data-testid="effort-table-source">
          {isDefault || updatedAt === null
            ? t('waves.effortTable.isDefault')
            : t('waves.effortTable.changedAt', { date: format.dateTime(updatedAt) })}
        </p>
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="effort-table-title" data-testid="effort-table-section">
      <div className="section__header">
        <h2 id="effort-table-title">{t('waves.effortTable.title')}</h2>
        {canEdit && query.data && (
          <button
            type="button"
            className="button button--secondary no-print"
            aria-haspopup="dialog"
            onClick={() => setEditing(true)}
          >
            {t('waves.effortTable.edit')}
          </button>
        )}
      </div>
      <p>{t('waves.effortTable.intro')}</p>
      {body}
      {editing && query.data && (
        <EditEffortTableDialog
          setting={query.data}
          onSaved={(setting) => {
            setEditing(false);
            onSaved(setting);
          }}
          onClose={() => setEditing(false)}
        />
      )}
    </section>
  );
}
