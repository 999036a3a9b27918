/**
 * Why the last session ended (it expired, or the user signed out), so that the sign-in page can say so.
 * Kept outside React: the session ends in one place (a 401, the sign-out button) and is explained in another.
 */
export type SessionEndReason = 'expired' | 'signedOut';

let reason: SessionEndReason | undefined;

export const sessionEnd = {
  note(why: SessionEndReason): void {
    reason = why;
  },
  get(): SessionEndReason | undefined {
    return reason;
  },
  clear(): void {
    reason = undefined;
  },
};
