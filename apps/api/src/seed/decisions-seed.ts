import type { INestApplication } from '@nestjs/common';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { ProposalCloser, ProposalService, VoteService } from '@pnyx/api/decisions';
import { FollowService } from '@pnyx/api/social';
import { SpaceRepository } from '@pnyx/api/spaces';
import { PageService } from '@pnyx/api/wiki';
import { encodeId } from '@pnyx/shared/contracts';
import { DataSource } from 'typeorm';

type Process = 'MAJORITY' | 'CONSENT' | 'ADVICE' | 'RANKED_CHOICE';

interface SeedProposal {
  space: string;
  author: string;
  title: string;
  description: string;
  process: Process;
  options?: string[];
  advisors?: string[];
  quorumPercent?: number;
  hideTally?: boolean;
  /** Open: closes this many hours from now. Closed: opened and closed this many days ago. */
  closesInHours?: number;
  closed?: { openedDaysAgo: number; closedDaysAgo: number; by: string; outcome?: 'ACCEPTED' | 'REJECTED'; statement?: string };
  votes?: [string, string, string?][];
  /** RANKED_CHOICE: [voter, labels in order]. */
  rankings?: [string, string[]][];
  arguments?: [string, 'PRO' | 'CON', string][];
  dissents?: [string, string][];
  followers?: string[];
  /** A wiki page in the same space that links to the proposal: [author, title, body with {link}]. */
  linkedFrom?: [string, string, string];
}

const DAY_MS = 24 * 3600_000;

const PROPOSALS: SeedProposal[] = [
  // ------------------------------------------------------------- ENG (English)
  {
    space: 'ENG', author: 'alice', process: 'CONSENT', closesInHours: 72, followers: ['carol'],
    linkedFrom: ['bob', 'Platform roadmap 2027', '## Q1\n\n- Database: PostgreSQL 17 for new services, if [the proposal]({link}) passes.\n- Event bus: naming vote running.\n'],
    title: 'Adopt PostgreSQL 17 for all new services',
    description: 'New services start on **PostgreSQL 17**; existing ones move at their next major release.\n\n- Logical replication of sequences removes our failover workaround.\n- The platform team offers the managed image from January.\n\nSee [Runbook: Rotating TLS certificates](/s/ENG/runbook-rotating-tls-certificates) for how rollouts are staged.',
    arguments: [
      ['bob', 'PRO', 'One version to support instead of three; our backup tooling is already tested against 17.'],
      ['carol', 'CON', 'Two vendor products we run are certified for 15 only. We need their statement first.'],
    ],
    votes: [['bob', 'consent'], ['carol', 'concern', 'Vendor certification for the claims engine is open.']],
  },
  {
    space: 'ENG', author: 'bob', process: 'RANKED_CHOICE', closesInHours: 24 * 7,
    title: 'Name for the new event bus',
    description: 'Rank the names you could live with. Instant runoff decides.',
    options: ['Hermes', 'Relay', 'Agora', 'Courier'],
    rankings: [['alice', ['Agora', 'Relay']], ['carol', ['Relay', 'Courier', 'Agora']]],
  },
  {
    space: 'ENG', author: 'carol', process: 'MAJORITY', closed: { openedDaysAgo: 66, closedDaysAgo: 62, by: 'carol' },
    title: 'Move the weekly architecture review to Thursdays',
    description: 'Mondays collide with the release train. Thursday 14:00, same length.',
    votes: [['alice', 'yes'], ['bob', 'yes'], ['carol', 'abstain']],
    arguments: [['bob', 'PRO', 'Release train is on Mondays; half the reviewers are in the go/no-go call.']],
  },
  {
    space: 'ENG', author: 'bob', process: 'CONSENT', closed: { openedDaysAgo: 35, closedDaysAgo: 31, by: 'bob' },
    title: 'Drop support for Internet Explorer mode in the intranet',
    description: 'Edge IE mode costs us two days per release in testing.',
    votes: [['alice', 'object', 'The branch terminals still run the old claims viewer in IE mode until Q2.'], ['carol', 'consent']],
    arguments: [['alice', 'CON', 'Branch terminals depend on it until the claims viewer is replaced.']],
    dissents: [['alice', 'Agreed to revisit in Q2 once the new claims viewer is live in all branches.']],
  },
  // -------------------------------------------------------- RISK (German, private)
  {
    space: 'RISK', author: 'carol', process: 'ADVICE', advisors: ['admin', 'alice'], closesInHours: 24 * 3, followers: ['admin'],
    title: 'Vier-Augen-Prinzip für Produktionsfreigaben',
    description: 'Jede Produktionsfreigabe braucht künftig eine zweite, unabhängige Bestätigung im Change-Tool.\n\nBitte um Rat bis Donnerstag.',
    votes: [['alice', 'support'], ['admin', 'concern', 'Für Notfall-Changes brauchen wir eine Ausnahme mit nachträglicher Prüfung.']],
    arguments: [['admin', 'CON', 'Nachts ist oft nur eine Person in Rufbereitschaft.'], ['alice', 'PRO', 'Entspricht der Feststellung F-07 der Innenrevision.']],
  },
  {
    space: 'RISK', author: 'carol', process: 'MAJORITY', closed: { openedDaysAgo: 95, closedDaysAgo: 90, by: 'carol' },
    title: 'Jährliche Notfallübung im Oktober',
    description: 'Die BCM-Übung findet jedes Jahr in der zweiten Oktoberwoche statt.',
    votes: [['alice', 'yes'], ['admin', 'yes'], ['carol', 'yes']],
  },
  // ------------------------------------------------------------ HR (German)
  {
    space: 'HR', author: 'carol', process: 'MAJORITY', closesInHours: 20, hideTally: true, quorumPercent: 50,
    title: 'Vier-Tage-Woche als Pilot im ersten Quartal',
    description: 'Ein Team testet drei Monate lang die Vier-Tage-Woche bei gleichem Gehalt. Danach entscheiden wir neu.',
    votes: [['bob', 'yes']],
    arguments: [['bob', 'PRO', 'Andere Versicherer berichten von weniger Krankheitstagen.']],
  },
  {
    space: 'HR', author: 'carol', process: 'ADVICE', advisors: ['bob'],
    closed: { openedDaysAgo: 40, closedDaysAgo: 33, by: 'carol', outcome: 'ACCEPTED', statement: 'Wir führen die Richtlinie ein; Überprüfung nach sechs Monaten.' },
    title: 'Neue Richtlinie für mobiles Arbeiten',
    description: 'Bis zu drei Tage pro Woche mobil, Kernzeit 10–15 Uhr.',
    votes: [['bob', 'support']],
  },
  // ------------------------------------------------------------ CLAIMS (English)
  {
    space: 'CLAIMS', author: 'bob', process: 'CONSENT', closesInHours: 24 * 6, quorumPercent: 100,
    title: 'Auto-approve motor claims under 500 EUR',
    description: 'Claims under 500 EUR with a photo and no injury are paid without manual review; 5 % are sampled afterwards.',
    arguments: [['alice', 'PRO', 'Cuts the median handling time for small claims from 6 days to 1.']],
    votes: [['alice', 'consent']],
  },
  {
    space: 'CLAIMS', author: 'alice', process: 'MAJORITY', quorumPercent: 100, closed: { openedDaysAgo: 12, closedDaysAgo: 8, by: 'alice' },
    title: 'Switch the claims hotline to a callback queue',
    description: 'Callers leave their number; we call back within 30 minutes.',
    votes: [['alice', 'yes']],
  },
];

/**
 * Decisions demo content, in English and German, written through the same
 * services as real use (records, audit and events included). Closed ones are
 * dated back: their opening time is set in the database before they close
 * with the closing time given, so the dashboard's charts have months to show.
 */
export async function seedDecisions(app: INestApplication, people: Map<string, AuthUser>): Promise<void> {
  const spaces = app.get(SpaceRepository, { strict: false });
  const proposals = app.get(ProposalService, { strict: false });
  const votes = app.get(VoteService, { strict: false });
  const closer = app.get(ProposalCloser, { strict: false });
  const follows = app.get(FollowService, { strict: false });
  const db = app.get(DataSource, { strict: false });
  const pages = app.get(PageService, { strict: false });
  const person = (username: string) => {
    const user = people.get(username);
    if (!user) throw new Error(`Seed: unknown user ${username}`);
    return user;
  };

  for (const seed of PROPOSALS) {
    const space = await spaces.findVisibleByKey(person('admin').id, seed.space);
    if (!space) throw new Error(`Seed: space ${seed.space} is missing`);
    const now = new Date();
    const closedAt = seed.closed ? new Date(now.getTime() - seed.closed.closedDaysAgo * DAY_MS) : null;
    const closesAt = closedAt ? new Date(now.getTime() + DAY_MS) : new Date(now.getTime() + (seed.closesInHours ?? 72) * 3600_000);
    const proposal = await proposals.create(person(seed.author), space.space.id, {
      spaceId: encodeId('Space', space.space.id),
      title: seed.title,
      description: seed.description,
      process: seed.process,
      options: seed.options ?? null,
      closesAt,
      quorumPercent: seed.quorumPercent ?? 0,
      advisorUsernames: seed.advisors ?? null,
      hideTally: seed.hideTally ?? false,
    });
    if (seed.closed) {
      await db.query('UPDATE proposal SET created_at = $2 WHERE id = $1', [proposal.id, new Date(now.getTime() - seed.closed.openedDaysAgo * DAY_MS)]);
    }
    const [withOptions] = await db.query('SELECT json_agg(json_build_object($2::text, id, $3::text, code, $4::text, label) ORDER BY position) AS options FROM proposal_option WHERE proposal_id = $1', [
      proposal.id,
      'id',
      'code',
      'label',
    ]);
    const options = withOptions.options as { id: string; code: string | null; label: string }[];
    const optionOf = (codeOrLabel: string) => {
      const found = options.find((o) => o.code === codeOrLabel || o.label === codeOrLabel);
      if (!found) throw new Error(`Seed: no option ${codeOrLabel} in ${seed.title}`);
      return encodeId('ProposalOption', found.id);
    };
    for (const [by, side, body] of seed.arguments ?? []) await votes.addArgument(person(by), proposal.id, { proposalId: '', side, body });
    for (const [by, code, reason] of seed.votes ?? []) {
      await votes.cast(person(by), proposal.id, { proposalId: '', optionId: optionOf(code), reason: reason ?? null }, closedAt ?? now);
    }
    for (const [by, labels] of seed.rankings ?? []) {
      await votes.cast(person(by), proposal.id, { proposalId: '', ranking: labels.map(optionOf) }, now);
    }
    for (const username of seed.followers ?? []) await follows.follow(person(username), encodeId('Proposal', proposal.id));
    if (seed.linkedFrom) {
      const [by, title, body] = seed.linkedFrom;
      await pages.create(person(by), { spaceId: encodeId('Space', space.space.id), title, body: body.replace('{link}', `/decisions/${encodeId('Proposal', proposal.id)}`), labels: ['roadmap'] });
    }
    if (seed.closed && closedAt) {
      await closer.close(person(seed.closed.by), proposal.id, { id: '', outcome: seed.closed.outcome ?? null, statement: seed.closed.statement ?? null }, closedAt);
      for (const [by, body] of seed.dissents ?? []) await votes.addDissent(person(by), proposal.id, body);
    }
  }
}
