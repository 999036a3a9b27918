/**
 * Sign-in with username and password: the only page for anonymous users. Errors are announced
 * (missing fields, wrong credentials, a locked username with the time to wait); afterwards the
 * user returns to the page they wanted.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useErrorText } from '../../../components/ErrorMessage';
import { Header } from '../../../app/layout/Header';
import { usePageTitle } from '../../../app/usePageTitle';
import { paths } from '../../../app/paths';
import type { SignInState } from '../../../app/RequireSession';
import { useSession } from '../api/getSession';
import { useSignIn } from '../api/signIn';

type Field = 'username' | 'password';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const location = useLocation();
  const state = (location.state ?? {}) as SignInState;
  const session = useSession();
  const signIn = useSignIn();
  const errorText = useErrorText();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Field[]>([]);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const target = state.from && state.from !== paths.signIn ? state.from : paths.catalogue();
  if (session.data && !signIn.isPending) return <Navigate to={target} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty: Field[] = [];
    if (username.trim() === '') empty.push('username');
    if (password === '') empty.push('password');
    setMissing(empty);
    if (empty.length > 0) {
      (empty[0] === 'username' ? usernameRef : passwordRef).current?.focus();
      return;
    }
    signIn.mutate(
      { username: username.trim().toLowerCase(), password },
      {
        // on success the stored session leads on to the target (see above)
        onError: () => {
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  let failure: string | undefined;
  if (signIn.error instanceof ApiError && signIn.error.status === 401) failure = t('signIn.wrongCredentials');
  else if (signIn.error instanceof ApiError && signIn.error.status === 429) {
    const minutes = Math.max(1, Math.ceil((signIn.error.retryAfterSeconds ?? 60) / 60));
    failure = t('signIn.locked', { count: minutes });
  } else if (signIn.error) failure = errorText(signIn.error);

  const fieldError = (field: Field) =>
    missing.includes(field) ? t(field === 'username' ? 'signIn.usernameMissing' : 'signIn.passwordMissing') : undefined;

  return (
    <>
      <Header />
      <main id="main" className="page page--narrow">
        <h1>{t('signIn.title')}</h1>
        <p className="lead">{t('signIn.intro')}</p>
        {state.reason === 'expired' && !signIn.error && (
          <p className="notice notice--info" role="status">
            {t('signIn.expired')}
          </p>
        )}
        {state.reason === 'signedOut' && !signIn.error && (
          <p className="notice notice--info" role="status">
            {t('signIn.signedOut')}
          </p>
        )}
        <div aria-live="assertive" aria-atomic="true">
          {failure && (
            <p className="notice notice--error" data-testid="sign-in-error">
              {failure}
            </p>
          )}
        </div>
        <form className="form sign-in" onSubmit={submit} noValidate aria-busy={signIn.isPending}>
          {(['username', 'password'] as const).map((field) => {
            const error = fieldError(field);
            return (
              <div className={`field${error ? ' field--invalid' : ''}`} key={field}>
                <label htmlFor={`${id}-${field}`}>{t(`signIn.${field}`)}</label>
                <input
                  ref={field === 'username' ? usernameRef : passwordRef}
                  id={`${id}-${field}`}
                  name={field}
                  type={field === 'password' ? 'password' : 'text'}
                  autoComplete={field === 'password' ? 'current-password' : 'username'}
                  autoCapitalize="none"
                  spellCheck={false}
                  value={field === 'username' ? username : password}
                  onChange={(event) => (field === 'username' ? setUsername : setPassword)(event.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-${field}-error` : undefined}
                  required
                />
                {error && (
                  <p className="field__error" id={`${id}-${field}-error`} role="alert">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
