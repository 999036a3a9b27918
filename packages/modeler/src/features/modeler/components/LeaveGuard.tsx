/**
 * Asks before the router leaves the modeler while there are unsaved changes (closing or reloading
 * the tab is covered by beforeunload). Needs the app's data router.
 */
import { useBlocker } from 'react-router';
import { Dialog } from '../../../components/Dialog';
import { useModelerTranslation } from '../i18n';

export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useModelerTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );
  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog
      open
      title={t('page.unsaved')}
      onClose={() => blocker.reset()}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={() => blocker.reset()}>
            {t('leave.stay')}
          </button>
          <button type="button" className="button button--danger" onClick={() => blocker.proceed()}>
            {t('leave.leave')}
          </button>
        </>
      }
    >
      <p>{t('page.leaveWarning')}</p>
    </Dialog>
  );
}
