import { Injectable } from '@nestjs/common';
import { DomainException, type AuthenticatedConnection, type ConnectionAuthenticator } from '@pnyx/api/core/graphql';
import { bearerToken } from './auth.guard';
import { TokenVerifier } from './token-verifier';
import { SyncedUsers } from './user-sync';

/** GraphQL over WebSocket: the same token check as HTTP (AuthGuard), once per connection. */
@Injectable()
export class BearerConnectionAuthenticator implements ConnectionAuthenticator {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly users: SyncedUsers,
  ) {}

  async authenticate(authorization: unknown): Promise<AuthenticatedConnection> {
    const token = bearerToken(authorization);
    if (!token) throw DomainException.unauthenticated();
    const claims = await this.verifier.verify(token);
    return { user: await this.users.forClaims(claims), expiresAt: claims.expiresAt };
  }
}
