/**
 * What a page shows when it fails to render (a bug, or a chunk that cannot be loaded after an update).
 */
import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle';

export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('routeError.title'));
  return (
    <main id="main" className="page page--narrow">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      {error instanceof Error && <pre className="route-error__detail">{error.message}</pre>}
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
    </main>
  );
}
