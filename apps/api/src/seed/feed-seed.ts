import type { INestApplication } from '@nestjs/common';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { HashtagFollowService } from '@pnyx/api/feed';
import { FollowService } from '@pnyx/api/social';
import { SpaceRepository } from '@pnyx/api/spaces';
import { encodeId } from '@pnyx/shared/contracts';

/** Who follows whom and what, so each demo user's "Following" tab has more than their own spaces. */
const FOLLOWS: { who: string; people?: string[]; spaces?: string[]; hashtags?: string[] }[] = [
  { who: 'alice', people: ['bob'], hashtags: ['release', 'compliance'] },
  { who: 'bob', people: ['carol', 'alice'], spaces: ['CLAIMS'], hashtags: ['übergabe'] },
  { who: 'carol', people: ['alice'], hashtags: ['sturm'] },
];

/** The demo follows (the feed itself fills from the seed's own events, like any other write). */
export async function seedFollows(app: INestApplication, people: Map<string, AuthUser>): Promise<void> {
  const follows = app.get(FollowService, { strict: false });
  const hashtags = app.get(HashtagFollowService, { strict: false });
  const spaces = app.get(SpaceRepository, { strict: false });
  const person = (username: string) => {
    const user = people.get(username);
    if (!user) throw new Error(`Seed: unknown user ${username}`);
    return user;
  };
  for (const seed of FOLLOWS) {
    const who = person(seed.who);
    for (const username of seed.people ?? []) await follows.follow(who, encodeId('User', person(username).id));
    for (const key of seed.spaces ?? []) {
      const space = await spaces.findVisibleByKey(who.id, key);
      if (!space) throw new Error(`Seed: space ${key} is missing`);
      await follows.follow(who, encodeId('Space', space.space.id));
    }
    for (const tag of seed.hashtags ?? []) await hashtags.follow(who, tag);
  }
}
