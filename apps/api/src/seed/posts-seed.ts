import type { INestApplication } from '@nestjs/common';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { PostService } from '@pnyx/api/posts';
import { ReactionService } from '@pnyx/api/social';
import { SpaceRepository } from '@pnyx/api/spaces';
import { encodeId } from '@pnyx/shared/contracts';

interface SeedPost {
  author: string;
  /** No space: a post to everyone. */
  space?: string;
  body: string;
  reactions?: [string, string][];
  replies?: [string, string][];
  /** Pinned as the space's announcement by this manager. */
  pinnedBy?: string;
}

const POSTS: SeedPost[] = [
  {
    author: 'carol', body: 'Welcome to **Pnyx**! Post short updates here; longer things belong in the wiki. #welcome',
    reactions: [['alice', '🎉'], ['bob', '🎉'], ['admin', '👍']],
    replies: [['bob', 'Found my way around already. Thanks @carol!']],
  },
  {
    author: 'alice', space: 'ENG', pinnedBy: 'carol',
    body: 'Release freeze from Friday 18:00 until the migration window closes on Sunday. #release #freeze',
    reactions: [['bob', '👀'], ['carol', '👍']],
  },
  {
    author: 'bob', space: 'ENG',
    body: 'PostgreSQL 17 staging cluster is up. @alice can you run the replication checks? #postgres',
    reactions: [['alice', '👍']],
    replies: [['alice', 'On it, results by tomorrow.'], ['carol', 'Please note the vendor certification question in the proposal 🤔']],
  },
  {
    author: 'carol', space: 'HR',
    body: 'Die #Übergabe-Checkliste für neue Kolleginnen und Kollegen ist aktualisiert. Feedback gern an @bob.',
    reactions: [['bob', '❤️']],
  },
  {
    author: 'bob', space: 'CLAIMS',
    body: 'Schadenmeldungen aus dem Sturm am Wochenende: 412 neue Fälle, Bearbeitungszeit im Schnitt 2,3 Tage. #sturm #kpi',
    reactions: [['alice', '👀'], ['carol', '👍']],
    replies: [['alice', 'Danke! Ich nehme die Fälle über 50.000 € in die Risiko-Runde mit.']],
  },
  {
    author: 'alice', body: 'Brown-bag session Thursday 12:30: "Reading an audit trail in five minutes". Bring lunch, questions welcome. #learning',
    reactions: [['bob', '🎉'], ['carol', '😄']],
  },
  {
    author: 'carol', body: 'Reminder: the quarterly access review closes on Friday. Managers, please confirm your teams in the IAM tool. #compliance',
    reactions: [['admin', '👍']],
    replies: [['admin', 'Already 83 % confirmed, thanks everyone.']],
  },
  {
    author: 'admin', body: 'Wartungsfenster heute 22:00–23:00: Pnyx bleibt lesbar, Schreiben ist kurz pausiert. #wartung',
  },
];

/** Demo micro-posts with replies, reactions and a pinned announcement, through the same services as real use. */
export async function seedPosts(app: INestApplication, people: Map<string, AuthUser>): Promise<void> {
  const spaces = app.get(SpaceRepository, { strict: false });
  const posts = app.get(PostService, { strict: false });
  const reactions = app.get(ReactionService, { strict: false });
  const person = (username: string) => {
    const user = people.get(username);
    if (!user) throw new Error(`Seed: unknown user ${username}`);
    return user;
  };

  for (const seed of POSTS) {
    let spaceId: string | null = null;
    if (seed.space) {
      const space = await spaces.findVisibleByKey(person('admin').id, seed.space);
      if (!space) throw new Error(`Seed: space ${seed.space} is missing`);
      spaceId = encodeId('Space', space.space.id);
    }
    const post = await posts.create(person(seed.author), { body: seed.body, spaceId });
    const postId = encodeId('Post', post.id);
    for (const [username, body] of seed.replies ?? []) await posts.create(person(username), { body, replyToId: postId });
    for (const [username, emoji] of seed.reactions ?? []) await reactions.react(person(username), { subjectId: postId, emoji });
    if (seed.pinnedBy) await posts.setPinned(person(seed.pinnedBy), postId, true);
  }
}
