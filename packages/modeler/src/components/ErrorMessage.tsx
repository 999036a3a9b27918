/**
 * An error box for a failed load or change: what went wrong in the user's language, the API's
 * own explanation where it gave one, and a way to try again.
 */
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../api/client';

/** The sentence for an error, in the UI language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof NetworkError) return t('errors.network');
    if (error instanceof ApiError) {
      switch (error.status) {
        case 403:
          return t('errors.forbidden');
        case 404:
          return t('errors.notFound');
        case 409:
          return t('errors.conflict');
        case 412:
          return t('errors.preconditionFailed');
        case 413:
          return t('errors.tooLarge');
        case 422:
        case 400:
          return t('errors.invalid');
        case 429:
          return t('errors.tooManyRequests');
        default:
          return error.status >= 500 ? t('errors.server') : t('errors.unexpected');
      }
    }
    return t('errors.unexpected');
  };
}

export function ErrorMessage({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const text = useErrorText()(error);
  const detail = error instanceof ApiError ? error.problem.detail : undefined;
  return (
    <div className="notice notice--error" role="alert">
      {title && <p className="notice__title">{title}</p>}
      <p>{text}</p>
      {detail && (
        <p className="notice__detail">
          {t('errors.serverSays')} <span lang="en">{detail}</span>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
