import { Module } from '@nestjs/common';
import { SocialModule } from '@pnyx/api/social';
import { SpacesModule } from '@pnyx/api/spaces';
import { FeedConsumer } from './feed.consumer';
import { FeedRepository } from './feed.repository';
import { FeedResolver } from './feed.resolver';
import { FeedService } from './feed.service';
import { HashtagFollowRepository } from './hashtag-follow.repository';
import { HashtagFollowResolver } from './hashtag-follow.resolver';
import { HashtagFollowService } from './hashtag-follow.service';
import { FollowerCounts, PeopleFollows, SpaceFollowFieldsResolver, UserFollowFieldsResolver } from './people-follows';

/**
 * The activity feed and what it follows: people, spaces and hashtags. It reads
 * the content modules (their node loaders and models); they never read it.
 */
@Module({
  imports: [SpacesModule, SocialModule],
  providers: [
    FeedRepository,
    FeedService,
    FeedConsumer,
    FeedResolver,
    HashtagFollowRepository,
    HashtagFollowService,
    HashtagFollowResolver,
    PeopleFollows,
    FollowerCounts,
    UserFollowFieldsResolver,
    SpaceFollowFieldsResolver,
  ],
})
export class FeedModule {}
