import type { INestApplication } from '@nestjs/common';
import { BlogPostService } from '@pnyx/api/blog';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { CommentService, ReactionService } from '@pnyx/api/social';
import { SpaceRepository } from '@pnyx/api/spaces';
import { encodeId } from '@pnyx/shared/contracts';

interface SeedBlogPost {
  author: string;
  /** No space: a personal post. */
  space?: string;
  title: string;
  body: string;
  tags: string[];
  /** False: stays a draft only its author sees. */
  publish: boolean;
  comments?: [string, string][];
  reactions?: [string, string][];
}

const BLOG_POSTS: SeedBlogPost[] = [
  {
    author: 'alice', space: 'ENG', publish: true, tags: ['postgres', 'migration', 'lessons'],
    title: 'What we learned moving the claims database to PostgreSQL 17',
    body: [
      'Over three weekends we moved the claims database from the old cluster to PostgreSQL 17.',
      '',
      '## What went well',
      '',
      '- Logical replication kept the downtime under **12 minutes**.',
      '- The dry runs on staging caught two missing indexes.',
      '',
      '## What we would do differently',
      '',
      'Start the vendor certification earlier: it was the longest item on the critical path.',
    ].join('\n'),
    comments: [['bob', 'Great write-up. The index check script is worth putting in the runbook.']],
    reactions: [['bob', '🎉'], ['carol', '👍']],
  },
  {
    author: 'carol', space: 'HR', publish: true, tags: ['übergabe', 'onboarding'],
    title: 'Übergabe gut gemacht: fünf Tipps für den Wechsel ins neue Team',
    body: [
      'Ein Teamwechsel gelingt, wenn die **Übergabe** geplant ist. Fünf Dinge, die sich bei uns bewährt haben:',
      '',
      '1. Offene Vorgänge gemeinsam durchgehen, nicht nur eine Liste schicken.',
      '2. Ansprechpartnerinnen und Ansprechpartner im Wiki festhalten.',
      '3. Zugänge rechtzeitig beantragen.',
      '4. Eine Woche Überlappung einplanen.',
      '5. Nach vier Wochen kurz nachfragen, was gefehlt hat.',
    ].join('\n'),
    reactions: [['bob', '❤️']],
  },
  {
    author: 'bob', publish: true, tags: ['claims', 'automation'],
    title: 'Why I stopped writing claims reports by hand',
    body: 'A small script now builds the weekly claims report from the ledger. It saves me two hours every Friday — and the numbers match the ledger by construction.',
    reactions: [['alice', '👍']],
  },
  {
    author: 'carol', publish: false, tags: ['leadership'],
    title: 'Draft: how we decide in the open',
    body: 'Notes for a longer post on proposals, votes and why managers should not be the bottleneck. *Not finished yet.*',
  },
];

/** Demo blog posts (English and German, a draft, tags, a comment and reactions), through the same services as real use. */
export async function seedBlog(app: INestApplication, people: Map<string, AuthUser>): Promise<void> {
  const spaces = app.get(SpaceRepository, { strict: false });
  const blog = app.get(BlogPostService, { strict: false });
  const comments = app.get(CommentService, { strict: false });
  const reactions = app.get(ReactionService, { strict: false });
  const person = (username: string) => {
    const user = people.get(username);
    if (!user) throw new Error(`Seed: unknown user ${username}`);
    return user;
  };

  for (const seed of BLOG_POSTS) {
    let spaceId: string | null = null;
    if (seed.space) {
      const space = await spaces.findVisibleByKey(person('admin').id, seed.space);
      if (!space) throw new Error(`Seed: space ${seed.space} is missing`);
      spaceId = encodeId('Space', space.space.id);
    }
    const post = await blog.create(person(seed.author), { spaceId, title: seed.title, body: seed.body, tags: seed.tags, publish: seed.publish });
    const postId = encodeId('BlogPost', post.id);
    for (const [username, body] of seed.comments ?? []) await comments.add(person(username), { subjectId: postId, body });
    for (const [username, emoji] of seed.reactions ?? []) await reactions.react(person(username), { subjectId: postId, emoji });
  }
}
