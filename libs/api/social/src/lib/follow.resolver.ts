import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { FollowService } from './follow.service';

@Resolver()
export class FollowResolver {
  constructor(private readonly service: FollowService) {}

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Watch a page (or other followable node) the caller may read' })
  follow(@CurrentUser() user: AuthUser, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<boolean> {
    return this.service.follow(user, subjectId);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Stop watching; true whether or not the caller was watching' })
  unfollow(@CurrentUser() user: AuthUser, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<boolean> {
    return this.service.unfollow(user, subjectId);
  }
}
