/**
 * GET /api/v1/session: who is signed in, and the CSRF token for changes. Answers null when nobody is.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '@efile/schemas';
import { api, ApiError, setCsrfToken } from '../../../api/client';

export const sessionKey = ['session'] as const;

/**
 * Asks who is signed in. With `reportExpiry`, a 401 also reaches the client's unauthenticated
 * listener (the check that runs when the session should have ended).
 */
export async function getSession(reportExpiry = false): Promise<Session | null> {
  try {
    const session = await api<Session>('/session', { anonymous: !reportExpiry });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 404)) {
      setCsrfToken(undefined);
      return null;
    }
    throw err;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionKey,
  queryFn: () => getSession(),
  staleTime: Infinity,
  refetchOnWindowFocus: false,
  retry: false,
});

/** The current session (null: signed out; undefined: not known yet). */
export function useSession() {
  return useQuery(sessionQueryOptions);
}
