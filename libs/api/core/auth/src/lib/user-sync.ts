import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@pnyx/api/core/graphql';
import type { VerifiedClaims } from './token-verifier';

/** Implemented by the identity module: creates or updates the user row from a token. */
export interface UserSync {
  fromClaims(claims: VerifiedClaims): Promise<AuthUser>;
}

export const USER_SYNC = Symbol('USER_SYNC');

/**
 * The synced user of each verified token, asked of UserSync once per token:
 * TokenVerifier hands back the same claims object for as long as it remembers
 * the token (until it expires, or the realm's keys change), and the user is
 * remembered exactly that long. A new token — new claims, perhaps changed
 * ones — is synced again. A failed sync is not remembered.
 */
@Injectable()
export class SyncedUsers {
  private readonly byClaims = new WeakMap<VerifiedClaims, Promise<AuthUser>>();

  constructor(@Inject(USER_SYNC) private readonly sync: UserSync) {}

  forClaims(claims: VerifiedClaims): Promise<AuthUser> {
    let user = this.byClaims.get(claims);
    if (!user) {
      user = this.sync.fromClaims(claims);
      this.byClaims.set(claims, user);
      user.catch(() => this.byClaims.delete(claims));
    }
    return user;
  }
}
