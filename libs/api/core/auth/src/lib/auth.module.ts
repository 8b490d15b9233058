import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CONNECTION_AUTHENTICATOR } from '@pnyx/api/core/graphql';
import { AuthGuard } from './auth.guard';
import { BearerConnectionAuthenticator } from './connection-authenticator';
import { TokenVerifier } from './token-verifier';
import { SyncedUsers } from './user-sync';

@Global()
@Module({
  providers: [
    TokenVerifier,
    SyncedUsers,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: CONNECTION_AUTHENTICATOR, useClass: BearerConnectionAuthenticator },
  ],
  exports: [TokenVerifier, SyncedUsers, CONNECTION_AUTHENTICATOR],
})
export class AuthModule {}
