/**
 * Someone saved a newer version while this one was being edited. Neither side is lost silently:
 * the user loads theirs (discarding the edits, after offering to keep them as a file) or saves
 * theirs over with a new version on top (theirs stays in the history).
 */
import type { Diagram } from '@efile/schemas';
import { Dialog } from '../../../components/Dialog';
import { useModelerTranslation } from '../i18n';

export interface Conflict {
  /** The version the edits started from (none for a new diagram). */
  mine: number | undefined;
  /** The newest stored version. */
  theirs: number;
  /** The note the user wrote for the save that ran into the conflict. */
  message: string;
}

export interface ConflictDialogProps {
  conflict: Conflict | null;
  /** The newer version's metadata, once read. */
  theirs: Diagram | undefined;
  busy: boolean;
  onReloadTheirs(): void;
  onKeepMine(): void;
  onDownloadMine(): void;
  onClose(): void;
}

export function ConflictDialog({ conflict, theirs, busy, ...actions }: ConflictDialogProps) {
  const { t, i18n } = useModelerTranslation();
  if (!conflict) return null;
  const at = theirs
    ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date(theirs.createdAt))
    : undefined;
  return (
    <Dialog
      open
      title={t('conflict.title')}
      onClose={actions.onClose}
      actions={
        <>
          <button type="button" className="button" onClick={actions.onKeepMine} disabled={busy}>
            {t('conflict.keepMine')}
          </button>
          <button type="button" className="button button--secondary" onClick={actions.onReloadTheirs} disabled={busy}>
            {t('conflict.reloadTheirs', { theirs: conflict.theirs })}
          </button>
          <button type="button" className="button button--secondary" onClick={actions.onDownloadMine}>
            {t('conflict.downloadMine')}
          </button>
          <button type="button" className="button button--secondary" onClick={actions.onClose}>
            {t('conflict.cancel')}
          </button>
        </>
      }
    >
      <p>{t('conflict.description', { mine: conflict.mine ?? '–', theirs: conflict.theirs })}</p>
      {theirs && at && (
        <p>
          {theirs.message
            ? t('conflict.theirNote', { version: theirs.version, at, message: theirs.message })
            : t('conflict.theirNoNote', { version: theirs.version, at })}
        </p>
      )}
    </Dialog>
  );
}
