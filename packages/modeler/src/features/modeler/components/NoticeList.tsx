/**
 * What the user should know about the diagram on the canvas (opened without layout, import
 * warnings, saved, conflicts resolved), each dismissible. Errors are alerts, the rest status.
 */
import { useModelerTranslation } from '../i18n';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'warning' | 'error';
  text: string;
}

export function NoticeList({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const { t } = useModelerTranslation();
  return (
    <div className="modeler-notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.tone} modeler-notice`}
          role={notice.tone === 'error' ? 'alert' : undefined}
        >
          <p>{notice.text}</p>
          <button
            type="button"
            className="button button--secondary modeler-notice__dismiss"
            onClick={() => onDismiss(notice.id)}
          >
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
