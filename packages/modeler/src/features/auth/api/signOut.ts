/**
 * DELETE /api/v1/session: signs out (ends the session on the server and clears its cookie).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../../../api/client';
import { sessionKey } from './getSession';
import { sessionEnd } from '../sessionEnd';

export async function signOut(): Promise<void> {
  try {
    await api<void>('/session', { method: 'DELETE', anonymous: true });
  } catch (err) {
    // Already ended (expired, or ended elsewhere): signed out all the same.
    if (!(err instanceof ApiError && (err.status === 401 || err.status === 404))) throw err;
  }
  setCsrfToken(undefined);
}

/** Signs out and forgets every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      sessionEnd.note('signedOut');
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
