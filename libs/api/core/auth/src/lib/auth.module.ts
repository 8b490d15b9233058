import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CONNECTION_AUTHENTICATOR } from '@pnyx/api/core/graphql';
import { AuthGuard } from './auth.guard';
import { BearerConnectionAuthenticator } from './connection-authenticator';
import { TokenVerifier } from './token-verifier';

@Global()
@Module({
  providers: [
    TokenVerifier,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: CONNECTION_AUTHENTICATOR, useClass: BearerConnectionAuthenticator },
  ],
  exports: [TokenVerifier, CONNECTION_AUTHENTICATOR],
})
export class AuthModule {}
