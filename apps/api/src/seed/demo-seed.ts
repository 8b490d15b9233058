import type { INestApplication } from '@nestjs/common';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { UserRepository } from '@pnyx/api/identity';
import { DEMO_USERS } from '@pnyx/api/identity-provider';
import { SpaceRepository, SpaceService } from '@pnyx/api/spaces';
import { encodeId, rolesFromRealmRoles, type SpaceRole, type SpaceVisibility } from '@pnyx/shared/contracts';
import { seedDecisions } from './decisions-seed';
import { seedBlog } from './blog-seed';
import { seedFollows } from './feed-seed';
import { seedPosts } from './posts-seed';
import { seedWiki } from './wiki-seed';

interface SeedSpace {
  key: string;
  name: string;
  description: string;
  visibility: SpaceVisibility;
  owner: string;
  members: [string, SpaceRole][];
}

const SPACES: SeedSpace[] = [
  {
    key: 'ENG',
    name: 'Engineering',
    description: 'Architecture decisions, runbooks and how we build the platform.',
    visibility: 'PUBLIC',
    owner: 'alice',
    members: [['bob', 'MEMBER'], ['carol', 'MEMBER']],
  },
  {
    key: 'RISK',
    name: 'Risk & Compliance',
    description: 'Vertraulich: Risikoberichte, Prüfungsfeststellungen und Maßnahmen.',
    visibility: 'PRIVATE',
    owner: 'carol',
    members: [['admin', 'OWNER'], ['alice', 'MEMBER']],
  },
  {
    key: 'HR',
    name: 'People & Culture',
    description: 'Onboarding, Richtlinien und alles rund ums Arbeiten bei uns.',
    visibility: 'PUBLIC',
    owner: 'carol',
    members: [['bob', 'MEMBER']],
  },
  {
    key: 'CLAIMS',
    name: 'Claims Operations',
    description: 'How the claims team works: SLAs, playbooks and open questions.',
    visibility: 'PUBLIC',
    owner: 'bob',
    members: [['alice', 'MEMBER']],
  },
];

/**
 * Demo content for the all-in-one mode, written through the same services as
 * real use (so audit and events are recorded). Runs once: returns false when
 * the database already holds spaces.
 */
export async function seedDemo(app: INestApplication): Promise<boolean> {
  const spaces = app.get(SpaceRepository, { strict: false });
  const users = app.get(UserRepository, { strict: false });
  const service = app.get(SpaceService, { strict: false });

  const people = new Map<string, AuthUser>();
  for (const demo of DEMO_USERS) {
    const row = await users.upsert({
      subject: demo.sub,
      username: demo.username,
      displayName: demo.name,
      email: demo.email,
      roles: rolesFromRealmRoles(demo.realmRoles),
    });
    people.set(demo.username, { ...row });
  }
  const alice = people.get('alice') as AuthUser;
  if ((await spaces.listVisible(alice.id)).length > 0) return false;

  for (const seed of SPACES) {
    const owner = people.get(seed.owner) as AuthUser;
    const space = await service.create(owner, { key: seed.key, name: seed.name, description: seed.description, visibility: seed.visibility });
    for (const [username, role] of seed.members) {
      await service.addMember(owner, { spaceId: encodeId('Space', space.id), username, role });
    }
  }
  await seedWiki(app, people);
  await seedDecisions(app, people);
  await seedPosts(app, people);
  await seedBlog(app, people);
  await seedFollows(app, people);
  return true;
}
