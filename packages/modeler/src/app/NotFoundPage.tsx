/**
 * An address the app does not know.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle';
import { paths } from './paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={paths.catalogue()}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}
