import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@pnyx/shared/contracts';
import type { AuthUser, GraphqlContext } from '@pnyx/api/core/graphql';

export const REQUIRED_ROLES = 'pnyx:roles';

/**
 * Declares that an operation needs a signed-in user with all of `roles`
 * (none: any employee). Operations without this or @Public are refused.
 */
export const Authenticated = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles.length ? roles : ['EMPLOYEE']);

/** The signed-in caller of a GraphQL operation. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = GqlExecutionContext.create(context).getContext<GraphqlContext>().req.user;
  if (!user) throw new Error('CurrentUser used on an operation without @Authenticated');
  return user;
});
