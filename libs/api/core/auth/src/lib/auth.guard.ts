import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainException, type GraphqlContext, type RequestWithUser } from '@pnyx/api/core/graphql';
import { REQUIRED_ROLES } from './auth.decorators';
import { IS_PUBLIC } from './public.decorator';
import { TokenVerifier } from './token-verifier';
import { SyncedUsers } from './user-sync';

/** The token of an `Authorization: Bearer …` value (HTTP header or graphql-ws connection parameter), or null. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header.trim());
  return match ? match[1] : null;
}

/**
 * Global guard: denies by default. An operation is open only with @Public;
 * otherwise it must declare @Authenticated(...roles), the caller must bring a
 * valid token, and hold every role named.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly users: SyncedUsers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES, targets);
    if (!roles) throw DomainException.forbidden('This operation is not open to anyone');

    const req = this.request(context);
    if (!req.user) {
      const token = bearerToken(req.headers?.authorization);
      if (!token) throw DomainException.unauthenticated();
      req.user = await this.users.forClaims(await this.verifier.verify(token));
    }
    const missing = roles.filter((role) => !req.user?.roles.includes(role));
    if (missing.length) throw DomainException.forbidden(`This needs the role ${missing.join(', ')}`);
    return true;
  }

  private request(context: ExecutionContext): RequestWithUser {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
    }
    return context.switchToHttp().getRequest<RequestWithUser>();
  }
}
