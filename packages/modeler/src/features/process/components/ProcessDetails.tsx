/**
 * The metadata section of the process page: read, or edit for those who may change the process.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Process } from '@efile/schemas';
import { ProcessEditForm } from './ProcessEditForm';
import { ProcessMetadata } from './ProcessMetadata';

export interface ProcessDetailsProps {
  process: Process;
  department: Department | undefined;
  canChange: boolean;
}

export function ProcessDetails({ process, department, canChange }: ProcessDetailsProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number>();
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    setTimeout(() => editButton.current?.focus(), 0);
  };
  return (
    <section className="section" aria-labelledby="metadata-heading">
      <div className="section__header">
        <h2 id="metadata-heading">{t('process.metadata')}</h2>
        {canChange && !editing && (
          <button
            type="button"
            ref={editButton}
            className="button button--secondary"
            onClick={() => {
              setSaved(undefined);
              setEditing(true);
            }}
          >
            {t('edit.start')}
          </button>
        )}
      </div>
      <div role="status">
        {saved !== undefined && !editing && (
          <p className="notice notice--success" data-testid="saved-notice">
            {t('edit.saved', { version: saved })}
          </p>
        )}
      </div>
      {editing ? (
        <ProcessEditForm
          process={process}
          onCancel={close}
          onSaved={(updated) => {
            setSaved(updated.version);
            close();
          }}
        />
      ) : (
        <ProcessMetadata process={process} department={department} />
      )}
    </section>
  );
}
