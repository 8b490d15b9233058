import { Inject, Injectable } from '@nestjs/common';
import { DomainException, type AuthenticatedConnection, type ConnectionAuthenticator } from '@pnyx/api/core/graphql';
import { bearerToken } from './auth.guard';
import { TokenVerifier } from './token-verifier';
import { USER_SYNC, type UserSync } from './user-sync';

/** GraphQL over WebSocket: the same token check as HTTP (AuthGuard), once per connection. */
@Injectable()
export class BearerConnectionAuthenticator implements ConnectionAuthenticator {
  constructor(
    private readonly verifier: TokenVerifier,
    @Inject(USER_SYNC) private readonly users: UserSync,
  ) {}

  async authenticate(authorization: unknown): Promise<AuthenticatedConnection> {
    const token = bearerToken(authorization);
    if (!token) throw DomainException.unauthenticated();
    const claims = await this.verifier.verify(token);
    return { user: await this.users.fromClaims(claims), expiresAt: claims.expiresAt };
  }
}
