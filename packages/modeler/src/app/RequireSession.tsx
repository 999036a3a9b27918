/**
 * The gate of the signed-in area: without a session the user is sent to sign-in (and back to where
 * they were afterwards). A session that ends (the API answers 401, or its idle time runs out) leads
 * back to sign-in with a note saying so.
 */
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from '../api/client';
import { getSession, sessionKey, useSession } from '../features/auth/api/getSession';
import { sessionEnd, type SessionEndReason } from '../features/auth/sessionEnd';
import { Loading } from '../components/Loading';
import { ErrorMessage } from '../components/ErrorMessage';
import { paths } from './paths';

/** What the sign-in page learns about why it is shown. */
export interface SignInState {
  from?: string;
  reason?: SessionEndReason;
}

/** A little after the moment the session ends when unused, it is asked for again. */
const EXPIRY_MARGIN_MS = 5_000;

export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    onUnauthenticated(() => {
      sessionEnd.note('expired');
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, null);
    });
    return () => onUnauthenticated(undefined);
  }, [queryClient]);

  const idleExpiresAt = session.data?.idleExpiresAt;
  useEffect(() => {
    if (!idleExpiresAt) return;
    const delay = Math.max(1_000, new Date(idleExpiresAt).getTime() - Date.now() + EXPIRY_MARGIN_MS);
    const timer = setTimeout(() => {
      void queryClient.fetchQuery({ queryKey: sessionKey, queryFn: () => getSession(true), staleTime: 0 });
    }, delay);
    return () => clearTimeout(timer);
  }, [idleExpiresAt, queryClient]);

  if (session.isPending) return <Loading label={t('session.checking')} />;
  if (session.isError) {
    return (
      <main className="page page--narrow" id="main">
        <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  if (!session.data) {
    const reason = sessionEnd.get();
    const state: SignInState =
      reason === 'signedOut'
        ? { reason }
        : { from: location.pathname + location.search, ...(reason ? { reason } : {}) };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  return children;
}
