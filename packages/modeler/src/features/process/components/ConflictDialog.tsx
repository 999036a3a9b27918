/**
 * Shown when saving failed because someone else saved the process in between (412): which fields
 * they changed, which of those the user changed too, and the choice between the current version
 * and keeping one's own changes on top of it.
 */
import { useTranslation } from 'react-i18next';
import type { Process } from '@efile/schemas';
import { Dialog } from '../../../components/Dialog';
import { useFormat } from '../../../i18n/useFormat';
import { changedFields, EDITABLE_FIELDS, valuesOf, type FormValues } from '../processForm';

export interface ConflictDialogProps {
  /** The version the user's changes are based on. */
  base: Process;
  /** The version stored now. */
  current: Process;
  values: FormValues;
  onTakeCurrent: () => void;
  onKeepMine: () => void;
}

export function ConflictDialog({ base, current, values, onTakeCurrent, onKeepMine }: ConflictDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const theirs = changedFields(base, current);
  const original = valuesOf(base);
  const mine = EDITABLE_FIELDS.filter((field) => values[field] !== original[field]);
  const both = theirs.filter((field) => mine.includes(field));
  const names = (fields: readonly string[]) =>
    fields.map((field) => t(`process.fields.${field as (typeof EDITABLE_FIELDS)[number]}`)).join(', ');
  return (
    <Dialog
      open
      title={t('edit.conflict.title')}
      onClose={onKeepMine}
      actions={
        <>
          <button type="button" className="button" onClick={onKeepMine}>
            {t('edit.conflict.keepMine')}
          </button>
          <button type="button" className="button button--secondary" onClick={onTakeCurrent}>
            {t('edit.conflict.takeCurrent')}
          </button>
        </>
      }
    >
      <p>
        {t('edit.conflict.text', {
          version: current.version,
          date: format.dateTime(current.updatedAt),
        })}
      </p>
      <dl className="metadata metadata--compact">
        <dt>{t('edit.conflict.theirs')}</dt>
        <dd data-testid="conflict-theirs">{theirs.length > 0 ? names(theirs) : t('edit.conflict.noneVisible')}</dd>
        {both.length > 0 && (
          <>
            <dt>{t('edit.conflict.both')}</dt>
            <dd data-testid="conflict-both">{names(both)}</dd>
          </>
        )}
      </dl>
      <p>{t('edit.conflict.choice')}</p>
    </Dialog>
  );
}
