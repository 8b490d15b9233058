import type { IncomingMessage } from 'node:http';
import type { LoginAttempt, LoginThrottle } from '@pnyx/api/core/rate-limit';
import { DEMO_USERS } from '../accounts/demo-users';

/** What both password checks (login form, password grant) need of the throttle. */
export type SignInThrottle = Pick<LoginThrottle, 'attempt'>;

const UNLIMITED: SignInThrottle = {
  attempt: async () => ({ allowed: true, delayedMs: 0, succeeded: async () => undefined }),
};

/**
 * Counts a sign-in attempt for the account `login` names: a known user's
 * username and email count as one account, anything else as typed
 * (case-insensitive), so that nobody learns which logins exist.
 */
export function signInAttempt(throttle: SignInThrottle | undefined, login: string, request: IncomingMessage): Promise<LoginAttempt> {
  const typed = login.trim().toLowerCase();
  const account = DEMO_USERS.find((user) => user.username === typed || user.email === typed)?.username ?? typed;
  return (throttle ?? UNLIMITED).attempt(account, request);
}
