import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { HashtagFollowService } from './hashtag-follow.service';

@Resolver()
export class HashtagFollowResolver {
  constructor(private readonly service: HashtagFollowService) {}

  @Authenticated()
  @Query(() => [String], { description: 'The hashtags the caller follows (normalised, without #), A to Z' })
  followedHashtags(@CurrentUser() user: AuthUser): Promise<string[]> {
    return this.service.followed(user);
  }

  @Authenticated()
  @Mutation(() => String, { description: 'Follow a hashtag (with or without #, any case): its posts and tagged blog posts join the Following feed. Returns the normalised tag.' })
  followHashtag(@CurrentUser() user: AuthUser, @Args('tag', { type: () => String }) tag: string): Promise<string> {
    return this.service.follow(user, tag);
  }

  @Authenticated()
  @Mutation(() => String, { description: 'Stop following a hashtag; returns the normalised tag whether or not it was followed' })
  unfollowHashtag(@CurrentUser() user: AuthUser, @Args('tag', { type: () => String }) tag: string): Promise<string> {
    return this.service.unfollow(user, tag);
  }
}
