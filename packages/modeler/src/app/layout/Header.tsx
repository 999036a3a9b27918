/**
 * The page header: the app's name, its sections, who is signed in (name, role, departments), the
 * language switch and signing out.
 */
import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Account } from '@efile/schemas';
import { useSignOut } from '../../features/auth/api/signOut';
import { useErrorText } from '../../components/ErrorMessage';
import { LanguageSwitch } from './LanguageSwitch';
import { paths } from '../paths';

function AccountSummary({ account }: { account: Account }) {
  const { t } = useTranslation();
  const departments = account.allDepartments
    ? t('account.allDepartments')
    : account.departments.length > 0
      ? t('account.departments', { codes: account.departments.join(', ') })
      : t('account.noDepartments');
  return (
    <div className="account" data-testid="account">
      <span className="account__name">{account.displayName}</span>
      <span className="account__meta">
        {t(`roles.${account.role}`)} · {departments}
      </span>
    </div>
  );
}

export function Header({ account }: { account?: Account }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const errorText = useErrorText();
  return (
    <header className="header">
      <div className="header__inner">
        <Link className="header__brand" to={account ? paths.catalogue() : paths.signIn}>
          <span className="header__city">{t('app.city')}</span>
          <span className="header__name">{t('app.name')}</span>
        </Link>
        {account && (
          <nav className="header__nav" aria-label={t('nav.label')}>
            <NavLink to={paths.catalogue()} className="header__link">
              {t('nav.catalogue')}
            </NavLink>
            <NavLink to={paths.rollout()} className="header__link">
              {t('nav.rollout')}
            </NavLink>
          </nav>
        )}
        <div className="header__tools">
          {account && <AccountSummary account={account} />}
          <LanguageSwitch />
          {account && (
            <button
              type="button"
              className="button button--secondary"
              disabled={signOut.isPending}
              // Once signed out, the signed-in area's gate leads to sign-in (saying so).
              onClick={() => signOut.mutate()}
            >
              {t('actions.signOut')}
            </button>
          )}
        </div>
      </div>
      {signOut.isError && (
        <p className="header__error" role="alert">
          {t('session.signOutFailed')} {errorText(signOut.error)}
        </p>
      )}
    </header>
  );
}
