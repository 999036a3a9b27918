/**
 * POST /api/v1/session: signs in with username and password; the session cookie is set by the answer.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session, SessionCreate } from '@efile/schemas';
import { api, setCsrfToken } from '../../../api/client';
import { sessionKey } from './getSession';
import { sessionEnd } from '../sessionEnd';

export async function signIn(credentials: SessionCreate): Promise<Session> {
  const session = await api<Session>('/session', { method: 'POST', json: credentials, anonymous: true });
  setCsrfToken(session.csrfToken);
  return session;
}

/** Signs in; on success every cached answer of a previous user is dropped and the new session stored. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      sessionEnd.clear();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, session);
    },
  });
}
