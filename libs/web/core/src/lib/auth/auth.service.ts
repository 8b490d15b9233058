import { Injectable, InjectionToken, inject } from '@angular/core';
import type Keycloak from 'keycloak-js';
import { MIN_TOKEN_VALIDITY_SECONDS } from './keycloak';

/** The signed-in keycloak-js instance, created before bootstrap (see `authenticate`). */
export const KEYCLOAK = new InjectionToken<Keycloak>('KEYCLOAK');

export class SessionExpiredError extends Error {
  constructor() {
    super('The session has expired; signing in again.');
    this.name = 'SessionExpiredError';
  }
}

const REAUTH_KEY = 'pnyx.reauthAt';
/** A second forced sign-in within this time means the API rejects fresh tokens: stop, don't loop. */
const REAUTH_QUIET_MS = 30_000;

/** The app's view of the OIDC session: fresh tokens, sign-in again, sign-out. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly keycloak = inject(KEYCLOAK);
  private redirecting = false;

  /** A token valid for at least 30 more seconds; refreshes silently, else goes to sign-in. */
  async accessToken(): Promise<string> {
    try {
      await this.keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
    } catch {
      this.login();
      throw new SessionExpiredError();
    }
    const token = this.keycloak.token;
    if (!token) {
      this.login();
      throw new SessionExpiredError();
    }
    return token;
  }

  /**
   * Sends the browser to the identity provider (once, however many requests fail).
   * Returns false, and stays, when it did so moments ago: the server then refuses even
   * fresh tokens (e.g. a misconfigured audience), and redirecting again would loop.
   */
  login(): boolean {
    if (this.redirecting) return true;
    const now = Date.now();
    try {
      const last = Number(sessionStorage.getItem(REAUTH_KEY) ?? 0);
      if (now - last < REAUTH_QUIET_MS) return false;
      sessionStorage.setItem(REAUTH_KEY, String(now));
    } catch {
      // No session storage: redirect anyway.
    }
    this.redirecting = true;
    void this.keycloak.login();
    return true;
  }

  logout(): void {
    this.redirecting = true;
    void this.keycloak.logout({ redirectUri: location.origin });
  }
}
