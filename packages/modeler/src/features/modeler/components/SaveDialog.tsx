/**
 * Saving a new version: an optional change note, then save. The note field has the focus when
 * the dialog opens; Enter saves.
 */
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { useModelerTranslation } from '../i18n';

export interface SaveDialogProps {
  open: boolean;
  /** The version number the save will create (shown to the user). */
  nextVersion: number;
  /** Nothing changed since the version was opened or saved (saving still makes a new version). */
  unchanged: boolean;
  saving: boolean;
  onSave(message: string): void;
  onClose(): void;
}

export function SaveDialog({ open, nextVersion, unchanged, saving, onSave, onClose }: SaveDialogProps) {
  const { t } = useModelerTranslation();
  const [message, setMessage] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(message);
    setMessage('');
  };

  return (
    <Dialog
      open={open}
      title={t('save.title')}
      onClose={onClose}
      actions={
        <>
          <button type="submit" form={formId} className="button" disabled={saving}>
            {saving ? t('save.saving') : t('save.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('save.cancel')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="modeler-form">
        <p>{t('save.description', { version: nextVersion })}</p>
        {unchanged && <p>{t('save.unchanged')}</p>}
        <label htmlFor={fieldId}>{t('save.message')}</label>
        <input
          id={fieldId}
          type="text"
          maxLength={500}
          value={message}
          aria-describedby={hintId}
          onChange={(event) => setMessage(event.target.value)}
          autoFocus
        />
        <p id={hintId} className="modeler-form__hint">
          {t('save.messageHint')}
        </p>
      </form>
    </Dialog>
  );
}
