/**
 * "Welle löschen" (admins), confirmed in a modal dialog. The API deletes only an empty wave: one that
 * still lists departments or processes is refused (409) and nothing changes, so the dialog says what
 * the wave holds and offers no deletion until it is empty. Deleting an empty wave removes only the
 * wave; no department or process is touched. A refusal because the wave changed meanwhile (409, 412)
 * is explained, and the waves are read again.
 */
import type { Wave } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { Dialog } from '../../../../components/Dialog';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { useDeleteWave } from '../../api/deleteWave';
import { usePlannerTranslation } from '../../i18n';

export interface DeleteWaveDialogProps {
  /** The wave as the board shows it now. */
  wave: Wave;
  onDeleted: () => void;
  onClose: () => void;
}

export function DeleteWaveDialog({ wave, onDeleted, onClose }: DeleteWaveDialogProps) {
  const { t } = usePlannerTranslation();
  const remove = useDeleteWave();
  const empty = wave.departments.length === 0 && wave.processKeys.length === 0;
  const error = remove.error;

  return (
    <Dialog
      open
      title={t('waves.delete.title', { name: wave.name })}
      onClose={onClose}
      actions={
        <>
          {empty && (
            <button
              type="button"
              className="button"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ waveId: wave.id, version: wave.version }, { onSuccess: onDeleted })}
            >
              {remove.isPending ? t('waves.delete.deleting') : t('waves.delete.confirm')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onClose} disabled={remove.isPending}>
            {empty ? t('common.cancel') : t('waves.delete.close')}
          </button>
        </>
      }
    >
      <div data-testid="delete-wave">
        {empty ? (
          <p>{t('waves.delete.emptyText', { name: wave.name })}</p>
        ) : (
          <>
            <p>
              {t('waves.delete.notEmpty', {
                departments: t('waves.delete.departmentCount', { count: wave.departments.length }),
                processes: t('waves.delete.processCount', { count: wave.processKeys.length }),
              })}
            </p>
            <p>{t('waves.delete.moveFirst')}</p>
          </>
        )}
        {error &&
          (error instanceof ApiError && (error.status === 409 || error.status === 412) ? (
            <p className="notice notice--error" role="alert">
              {t('waves.delete.changedMeanwhile')}
            </p>
          ) : (
            <ErrorMessage error={error} />
          ))}
      </div>
    </Dialog>
  );
}
