import { createHash } from 'node:crypto';
import { canonicalJson, auditHash } from '@pnyx/api/audit';
import { OutboxRelay } from '@pnyx/api/core/events';
import { JobQueue } from '@pnyx/api/core/jobs';
import { PubSub } from '@pnyx/api/core/realtime';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildSpace, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';
import { CLOSE, asUser, inHours, propose, vote, type As, type Proposal } from './decision-factories';

const WAIT = { timeout: 10_000, interval: 20 };
const OPEN = `query($filter: DecisionFilter) { openDecisions(filter: $filter) { id title process participation quorumPercent objectionCount concernCount leadingOption { code } space { key } } }`;

describe('decisions: the managers’ view, the decision log, exports and live updates', () => {
  let api: TestApi;
  let as: As;
  let team: BuiltSpace;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    as = asUser(api);
    team = await buildSpace(api, { owner: 'carol', members: ['alice', 'bob'] });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api?.close();
  });

  it('seeds living decisions in English and German on first start', async () => {
    const eng = await as<{ proposals: { nodes: (Proposal & { linkedFrom: { title: string }[] })[] } }>('bob', '{ proposals(spaceKey: "ENG") { nodes { title status process voteCount linkedFrom { title } } } }');
    const pg17 = eng.data?.proposals.nodes.find((p) => p.title === 'Adopt PostgreSQL 17 for all new services');
    expect(pg17).toMatchObject({ status: 'OPEN', process: 'CONSENT', voteCount: 2, linkedFrom: [{ title: 'Platform roadmap 2027' }] });
    const log = await as<{ proposals: { nodes: Proposal[] } }>('bob', '{ proposals(spaceKey: "HR", closed: true) { nodes { title outcome outcomeStatement } } }');
    expect(log.data?.proposals.nodes).toContainEqual({
      title: 'Neue Richtlinie für mobiles Arbeiten',
      outcome: 'ACCEPTED',
      outcomeStatement: 'Wir führen die Richtlinie ein; Überprüfung nach sechs Monaten.',
    });
    const stats = await as<{ decisionStats: { decided: number; perMonth: { month: string }[] } }>('carol', '{ decisionStats { decided perMonth { month } } }');
    expect(stats.data?.decisionStats.decided).toBeGreaterThanOrEqual(5);
    expect(stats.data?.decisionStats.perMonth.length).toBeGreaterThanOrEqual(3);
  });

  it('lists open decisions across readable spaces, with filters, and counts objections and concerns', async () => {
    const soon = await propose(as, 'carol', team.id, { title: 'Closing soon', closesAt: inHours(5) });
    const later = await propose(as, 'carol', team.id, { title: 'Closing later', closesAt: inHours(24 * 5) });
    await vote(as, 'alice', soon, 'object', 'No budget');
    await vote(as, 'bob', soon, 'concern', 'Timing');
    const all = await as<{ openDecisions: { id: string; title: string; objectionCount: number; concernCount: number; participation: number }[] }>('bob', OPEN);
    const ids = all.data!.openDecisions.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([soon.id, later.id]));
    expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(later.id));
    expect(all.data!.openDecisions.find((p) => p.id === soon.id)).toMatchObject({ objectionCount: 1, concernCount: 1, participation: 2 / soon.eligibleVoterCount });
    const within24 = await as<{ openDecisions: { id: string }[] }>('bob', OPEN, { filter: { closingWithinHours: 24 } });
    expect(within24.data!.openDecisions.map((p) => p.id)).toContain(soon.id);
    expect(within24.data!.openDecisions.map((p) => p.id)).not.toContain(later.id);
    const bySpace = await as<{ openDecisions: { space: { key: string } }[] }>('bob', OPEN, { filter: { spaceIds: [team.id] } });
    expect(new Set(bySpace.data!.openDecisions.map((p) => p.space.key))).toEqual(new Set([team.key]));
    expect(await as('bob', 'mutation($id: ID!) { follow(subjectId: $id) }', { id: later.id })).toMatchObject({ data: { follow: true } });
    const followed = await as<{ openDecisions: { id: string }[] }>('bob', OPEN, { filter: { followedOnly: true } });
    expect(followed.data!.openDecisions.map((p) => p.id)).toEqual([later.id]);
    expect(errorOf(await as('bob', OPEN, { filter: { closingWithinHours: 0 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closingWithinHours' });
    expect(errorOf(await as('bob', 'query { openDecisions(first: 201) { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('counts the dashboard in a constant number of statements, whatever the number of proposals', async () => {
    const cost = async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.token('carol')}`, 'x-debug-statements': '1' },
        body: JSON.stringify({ query: '{ openDecisions { id process participation leadingOption { code } objectionCount concernCount author { username } space { key } options { code } } }' }),
      });
      expect(response.status).toBe(200);
      return Number(response.headers.get('x-db-statements'));
    };
    const before = await cost();
    for (let i = 0; i < 5; i++) await propose(as, 'carol', team.id, { title: `More ${i}` });
    expect(await cost()).toBe(before);
  });

  it('exports the decision log’s records in a constant number of statements, whatever their number', async () => {
    const space = await buildSpace(api, { owner: 'carol', members: ['alice'] });
    const closeOne = async (title: string) => {
      const p = await propose(as, 'carol', space.id, { title });
      await vote(as, 'alice', p, 'consent');
      await as('carol', CLOSE, { input: { id: p.id } });
    };
    const cost = async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.token('alice')}`, 'x-debug-statements': '1' },
        body: JSON.stringify({ query: `{ proposals(spaceKey: "${space.key}", closed: true) { nodes { record { json ballotsCsv } } } }` }),
      });
      const body = (await response.json()) as { data: { proposals: { nodes: { record: { json: string } }[] } } };
      for (const node of body.data.proposals.nodes) expect(JSON.parse(node.record.json).auditEntries.length).toBeGreaterThan(0);
      return { statements: Number(response.headers.get('x-db-statements')), records: body.data.proposals.nodes.length };
    };
    await closeOne('First');
    const one = await cost();
    for (const title of ['Second', 'Third', 'Fourth']) await closeOne(title);
    const four = await cost();
    expect([one.records, four.records]).toEqual([1, 4]);
    expect(four.statements).toBe(one.statements);
  });

  it('lets a manager nudge the non-voters once a day; nobody else', async () => {
    const p = await propose(as, 'alice', team.id);
    await vote(as, 'bob', p, 'consent');
    const NUDGE = 'mutation($id: ID!) { nudgeVoters(proposalId: $id) }';
    expect(errorOf(await as('bob', NUDGE, { id: p.id })).code).toBe('FORBIDDEN');
    const nudged = await as<{ nudgeVoters: number }>('carol', NUDGE, { id: p.id });
    expect(nudged.errors).toBeUndefined();
    expect(nudged.data?.nudgeVoters).toBe(p.eligibleVoterCount - 1);
    const again = await as('carol', NUDGE, { id: p.id });
    expect(errorOf(again).code).toBe('RATE_LIMITED');
    expect(again.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(86_000);
  });

  it('exports a closed decision as Markdown, CSV and JSON an auditor can check offline against the audit chain', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'MAJORITY', title: 'Export me' });
    await vote(as, 'alice', p, 'yes');
    await vote(as, 'bob', p, 'no');
    await as('carol', CLOSE, { input: { id: p.id } });
    const result = await as<{ proposal: { record: { hash: string; json: string; markdown: string; ballotsCsv: string; ballotsBlt: string | null } } }>(
      'bob',
      'query($id: ID!) { proposal(id: $id) { record { hash json markdown ballotsCsv ballotsBlt } } }',
      { id: p.id },
    );
    const record = result.data!.proposal.record;
    expect(record.ballotsBlt).toBeNull();
    expect(record.ballotsCsv.trim().split('\r\n')).toHaveLength(3);
    expect(record.markdown).toContain(`Record hash (sha256): \`${record.hash}\``);
    const exported = JSON.parse(record.json);
    // Offline check 1: the record hashes to its hash.
    expect(createHash('sha256').update(canonicalJson(exported.record)).digest('hex')).toBe(record.hash);
    // Offline check 2: the close's audit entry carries that hash, and each entry hashes to its own hash.
    const closeEntry = exported.auditEntries.find((a: { action: string }) => a.action === 'proposal.closed');
    expect(closeEntry.data.recordHash).toBe(record.hash);
    for (const entry of exported.auditEntries) expect(auditHash(entry.prevHash, { ...entry, occurredAt: new Date(entry.occurredAt) })).toBe(entry.hash);
    // A changed record no longer matches.
    exported.record.outcome = 'ACCEPTED';
    expect(createHash('sha256').update(canonicalJson(exported.record)).digest('hex')).not.toBe(record.hash);
  });

  it('keeps the space’s decision log, also as Markdown', async () => {
    const p = await propose(as, 'carol', team.id, { title: 'Logged decision' });
    await as('carol', CLOSE, { input: { id: p.id } });
    const log = await as<{ proposals: { nodes: { title: string }[] }; decisionLogMarkdown: string }>(
      'alice',
      'query($key: String!) { proposals(spaceKey: $key, closed: true, first: 100) { nodes { title } } decisionLogMarkdown(spaceKey: $key) }',
      { key: team.key },
    );
    expect(log.data?.proposals.nodes[0].title).toBe('Logged decision');
    expect(log.data?.decisionLogMarkdown).toMatch(/\| \d{4}-\d{2}-\d{2} \| \[Logged decision\]\(\/decisions\/[A-Za-z0-9_-]+\) \| CONSENT \| ACCEPTED \|/);
    // The space's wiki page "Decision log" follows, written by the job queue after the close.
    await api.app.get(OutboxRelay).drain();
    await api.app.get(JobQueue).settle();
    const page = await as<{ pageBySlug: { title: string; body: string; labels: string[] } }>(
      'alice',
      'query($key: String!) { pageBySlug(spaceKey: $key, slug: "decision-log") { title body labels } }',
      { key: team.key },
    );
    expect(page.data?.pageBySlug).toMatchObject({ title: 'Decision log', labels: ['decisions'] });
    const dead = await as<{ deadLetters: { nodes: { consumer: string }[] } }>('admin', '{ deadLetters { nodes { consumer } } }');
    expect(dead.data?.deadLetters.nodes.filter((d) => d.consumer === 'decision-log-page')).toEqual([]);
    expect(page.data?.pageBySlug.body).toContain('[Logged decision]');
    const stranger = await buildSpace(api, { owner: 'bob', visibility: 'PRIVATE' });
    expect(errorOf(await as('alice', 'query($key: String!) { decisionLogMarkdown(spaceKey: $key) }', { key: stranger.key })).code).toBe('NOT_FOUND');
  });

  it('keeps one decision log page per space when several proposals close at once', async () => {
    const space = await buildSpace(api, { owner: 'carol', members: ['alice'] });
    const proposals = await Promise.all([1, 2, 3].map((i) => propose(as, 'carol', space.id, { title: `Burst ${i}` })));
    await Promise.all(proposals.map((p) => as('carol', CLOSE, { input: { id: p.id } })));
    await api.app.get(OutboxRelay).drain();
    await api.app.get(JobQueue).settle();
    const rows = await api.dataSource.query(`SELECT title, body FROM page WHERE space_id = $1 AND title = 'Decision log' AND deleted_at IS NULL`, [
      Buffer.from(space.id, 'base64url').toString().split(':')[1],
    ]);
    expect(rows).toHaveLength(1);
    for (const i of [1, 2, 3]) expect(rows[0].body).toContain(`[Burst ${i}]`);
  });

  it('shows the wiki pages that link to a proposal, only from spaces the reader may see', async () => {
    const p = await propose(as, 'carol', team.id, { title: 'Linked proposal' });
    const CREATE_PAGE = 'mutation($input: CreatePageInput!) { createPage(input: $input) { id version } }';
    const open = await as<{ createPage: { id: string; version: number } }>('alice', CREATE_PAGE, {
      input: { spaceId: team.id, title: 'Why we vote on this', body: `Background for [the proposal](/decisions/${p.id}).` },
    });
    const hiddenSpace = await buildSpace(api, { owner: 'bob', visibility: 'PRIVATE' });
    await as('bob', CREATE_PAGE, { input: { spaceId: hiddenSpace.id, title: 'Private notes on it', body: `http://localhost:3000/decisions/${p.id}` } });
    const LINKED = 'query($id: ID!) { proposal(id: $id) { linkedFrom { type title path } } }';
    const forAlice = await as<{ proposal: { linkedFrom: { type: string; title: string; path: string }[] } }>('alice', LINKED, { id: p.id });
    expect(forAlice.data?.proposal.linkedFrom).toEqual([{ type: 'Page', title: 'Why we vote on this', path: `/s/${team.key}/why-we-vote-on-this` }]);
    const forBob = await as<{ proposal: { linkedFrom: { title: string }[] } }>('bob', LINKED, { id: p.id });
    expect(forBob.data?.proposal.linkedFrom.map((l) => l.title)).toEqual(['Private notes on it', 'Why we vote on this']);
    // An edit that keeps the link keeps it (and its new title); one that removes it removes it.
    await as('alice', 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { id } }', {
      input: { id: open.data!.createPage.id, baseVersion: 1, title: 'Why we vote', body: `Still about [it](/decisions/${p.id}).` },
    });
    expect((await as<{ proposal: { linkedFrom: { title: string }[] } }>('alice', LINKED, { id: p.id })).data?.proposal.linkedFrom.map((l) => l.title)).toEqual(['Why we vote']);
    await as('alice', 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { id } }', { input: { id: open.data!.createPage.id, baseVersion: 2, body: 'No link any more.' } });
    expect((await as<{ proposal: { linkedFrom: unknown[] } }>('alice', LINKED, { id: p.id })).data?.proposal.linkedFrom).toEqual([]);
  });

  it('sends proposalUpdated to watchers who may see it; a hidden tally carries no counts before close', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'MAJORITY', hideTally: true });
    const client = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { Authorization: `Bearer ${await api.token('bob')}` },
    });
    clients.push(client);
    const results: ExecutionResult<{ proposalUpdated: { status: string; voteCount: number; tally: { votes: number }[] } }>[] = [];
    client.subscribe<{ proposalUpdated: { status: string; voteCount: number; tally: { votes: number }[] } }>(
      { query: 'subscription($id: ID!) { proposalUpdated(id: $id) { status voteCount tally { votes } } }', variables: { id: p.id } },
      { next: (r) => results.push(r), error: () => undefined, complete: () => undefined },
    );
    await expect.poll(() => api.app.get(PubSub).listenerCount('proposal.updated'), WAIT).toBeGreaterThan(0);
    await vote(as, 'alice', p, 'yes');
    await expect.poll(() => results.length, WAIT).toBe(1);
    expect(results[0].data?.proposalUpdated).toEqual({ status: 'OPEN', voteCount: 1, tally: [] });
    await as('carol', CLOSE, { input: { id: p.id } });
    await expect.poll(() => results.length, WAIT).toBe(2);
    expect(results[1].data?.proposalUpdated).toMatchObject({ status: 'CLOSED', tally: [{ votes: 1 }, { votes: 0 }, { votes: 0 }] });
  });
});
