/**
 * A change sent with a missing or stale CSRF token (the session was renewed in another tab, or the
 * token was never read) is refused with 403 `csrf-token-invalid`: read the session's token once
 * (GET /api/v1/session) and send the change again.
 */
import type { Session } from '@efile/schemas';
import { ApiError, api, setCsrfToken } from '../../../api/client';

function isCsrfProblem(err: unknown): boolean {
  return err instanceof ApiError && err.status === 403 && err.problem.type.endsWith('csrf-token-invalid');
}

/** Runs the change; on a CSRF refusal refreshes the token from the session and runs it once more. */
export async function withCsrfRetry<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (err) {
    if (!isCsrfProblem(err)) throw err;
    const session = await api<Session>('/session');
    setCsrfToken(session.csrfToken);
    return change();
  }
}
