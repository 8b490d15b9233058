import type { AuthUser } from '@pnyx/api/core/graphql';
import type { VerifiedClaims } from './token-verifier';

/** Implemented by the identity module: creates or updates the user row from a token. */
export interface UserSync {
  fromClaims(claims: VerifiedClaims): Promise<AuthUser>;
}

export const USER_SYNC = Symbol('USER_SYNC');
