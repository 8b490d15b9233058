import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { propose } from '../decisions/decision-factories';
import { buildPost, type As } from '../posts/post-factories';
import { buildSpace, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String, $filter: SearchFilter, $sort: SearchSort) {
  search(query: $q, types: $types, first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { score snippet node { __typename ... on Page { id title } ... on Post { id } ... on BlogPost { id title } ... on Proposal { id title } } } } }`;

interface Hit {
  score: number;
  snippet: string;
  node: { __typename: string; id: string; title?: string };
}
interface Result {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Hit[];
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('search: one box for everything the reader may see', () => {
  let api: TestApi;
  let as: As;
  let team: BuiltSpace;
  let secret: BuiltSpace;
  /** A word no other suite uses, so totals are exact. */
  const word = (prefix: string) => `${prefix}${randomBytes(3).toString('hex').replace(/\d/g, (d) => 'ghijklmnop'[Number(d)])}`;

  const search = async (username: string, variables: Record<string, unknown>): Promise<Result> => {
    const result = await as<{ search: Result }>(username, SEARCH, variables);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.search;
  };
  const ids = (r: Result) => r.nodes.map((h) => h.node.id);
  const page = async (author: string, spaceId: string, title: string, body: string) => {
    const created = await as<{ createPage: { id: string } }>(author, 'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }', { i: { spaceId, title, body } });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createPage.id;
  };
  const found = (username: string, q: string, id: string, variables: Record<string, unknown> = {}) =>
    until(`${id} for "${q}"`, async () => ((await search(username, { q, ...variables })).nodes.some((h) => h.node.id === id) ? true : null));

  beforeAll(async () => {
    // The fuzz test sends 1,000 queries as one user within a minute: above the default limit of 1,200 per minute with the rest of the suite.
    api = await startTestApi({ RATE_LIMIT_USER_PER_MINUTE: '10000' });
    as = async (username, query, variables) => api.gql(await api.token(username), query, variables);
    team = await buildSpace(api, { owner: 'alice', members: ['carol'] });
    secret = await buildSpace(api, { owner: 'alice', visibility: 'PRIVATE', members: ['carol'] });
  });
  afterAll(() => api?.close());

  it('stems German and English: "Entscheidungen" finds "Entscheidung", "decisions" finds "decision"', async () => {
    const tag = word('zq');
    const german = await page('alice', team.id, `Protokoll ${tag}`, `Die Entscheidung fiel einstimmig. ${tag}`);
    const english = await page('alice', team.id, `Minutes ${tag}`, `The decision was unanimous. ${tag}`);
    await found('bob', `Entscheidungen ${tag}`, german);
    await found('bob', `decisions ${tag}`, english);
  });

  it('weighs titles over bodies, highlights matches in escaped snippets, and counts every hit', async () => {
    const tag = word('zr');
    const inTitle = await page('alice', team.id, `Quartalsbericht ${tag}`, 'Zahlen und Fakten.');
    const inBody = await page('alice', team.id, 'Notizen', `Der Quartalsbericht ${tag} kommt später: Kosten < 5 & Nutzen > 3. <script>alert(1)</script>`);
    await found('bob', tag, inBody);
    const result = await until('both', async () => {
      const r = await search('bob', { q: `Quartalsbericht ${tag}` });
      return r.totalCount === 2 ? r : null;
    });
    expect(ids(result)).toEqual([inTitle, inBody]);
    expect(result.nodes[0].score).toBeGreaterThan(result.nodes[1].score);
    const snippet = result.nodes[1].snippet;
    expect(snippet).toContain('<mark>Quartalsbericht</mark>');
    // HTML tags are not text; text that looks like markup comes back escaped.
    expect(snippet).not.toMatch(/<script|&lt;script/);
    expect(snippet).toContain('Kosten &lt; 5 &amp; Nutzen &gt; 3');
  });

  it('understands "quoted phrases", -exclusion and OR', async () => {
    const tag = word('zs');
    const a = await page('alice', team.id, `Alpha ${tag}`, `red apple pie ${tag}`);
    const b = await page('alice', team.id, `Beta ${tag}`, `apple red pie ${tag}`);
    const c = await page('alice', team.id, `Gamma ${tag}`, `green pear tart ${tag}`);
    await found('bob', tag, c);
    await until('all three', async () => ((await search('bob', { q: tag })).totalCount === 3 ? true : null));
    expect(ids(await search('bob', { q: `"red apple" ${tag}` }))).toEqual([a]);
    expect(ids(await search('bob', { q: `${tag} -red` }))).toEqual([c]);
    expect(ids(await search('bob', { q: `${tag} pear OR ${tag} apple`, sort: 'DATE' })).sort()).toEqual([a, b, c].sort());
  });

  it('forgives a small typo in titles: "Quartalsbericth" finds "Quartalsbericht"', async () => {
    const tag = word('zt');
    const id = await page('alice', team.id, `Quartalsbericht ${tag}`, 'Inhalt');
    await found('bob', `Quartalsbericth ${tag}`, id);
    // Not words at random: a different word is no match, nor a title sharing only one of two words.
    expect(ids(await search('bob', { q: `Wochenplan ${tag}` }))).not.toContain(id);
    expect(ids(await search('bob', { q: `Quartalsbericht ${word('zz')}` }))).not.toContain(id);
  });

  it('never shows a stranger a hit, snippet, count or suggestion from a private space or a draft; totals fit each reader', async () => {
    const tag = word('zu');
    const open = await page('alice', team.id, `Offen ${tag}`, `sichtbar ${tag}`);
    const hidden = await page('alice', secret.id, `Geheim ${tag}`, `vertraulich ${tag}`);
    const draft = await as<{ createBlogPost: { id: string } }>('alice', 'mutation($i: CreateBlogPostInput!) { createBlogPost(input: $i) { id } }', {
      i: { title: `Entwurf ${tag}`, body: `noch nicht ${tag}` },
    });
    await found('alice', tag, draft.data!.createBlogPost.id);
    await found('carol', tag, hidden);
    const forAlice = await search('alice', { q: tag });
    const forCarol = await search('carol', { q: tag });
    const forBob = await search('bob', { q: tag });
    expect(forAlice.totalCount).toBe(3); // her draft, the open page, the private page
    expect(forCarol.totalCount).toBe(2);
    expect(forBob.totalCount).toBe(1);
    expect(ids(forBob)).toEqual([open]);
    expect(JSON.stringify(forBob)).not.toMatch(/Geheim|vertraulich|Entwurf/);
    const suggestions = await as<{ searchSuggestions: { title: string }[] }>('bob', 'query($q: String!) { searchSuggestions(query: $q) { title } }', { q: tag });
    expect(suggestions.data?.searchSuggestions.map((s) => s.title)).toEqual([`Offen ${tag}`]);

    // The team space becomes private (bob is not a member): its page leaves bob's results at once.
    await api.dataSource.query(`UPDATE space SET visibility = 'PRIVATE' WHERE id = (SELECT id FROM space WHERE key = $1)`, [team.key]);
    try {
      expect((await search('bob', { q: tag })).totalCount).toBe(0);
      expect((await search('carol', { q: tag })).totalCount).toBe(2);
    } finally {
      await api.dataSource.query(`UPDATE space SET visibility = 'PUBLIC' WHERE key = $1`, [team.key]);
    }
  });

  it('filters by type, space, author and date, sorts by date, and pages without repeats', async () => {
    const tag = word('zv');
    const other = await buildSpace(api, { owner: 'carol', members: ['alice'] });
    const p1 = await page('alice', team.id, `Seite ${tag}`, 'x');
    const p2 = await page('carol', other.id, `Seite zwei ${tag}`, 'x');
    const post = await buildPost(as, 'carol', { body: `Kurz notiert ${tag}`, spaceId: other.id });
    const proposal = await propose(as, 'carol', other.id, { title: `Vorschlag ${tag}`, description: 'Bitte abstimmen.' });
    await found('bob', tag, proposal.id);
    await until('all four', async () => ((await search('bob', { q: tag })).totalCount === 4 ? true : null));
    expect(ids(await search('bob', { q: tag, types: ['PAGE'] })).sort()).toEqual([p1, p2].sort());
    expect(ids(await search('bob', { q: tag, types: ['POST', 'PROPOSAL'] })).sort()).toEqual([post.id, proposal.id].sort());
    expect(ids(await search('bob', { q: tag, filter: { spaceIds: [team.id] } }))).toEqual([p1]);
    const carol = (await as<{ user: { id: string } }>('bob', '{ user(username: "carol") { id } }')).data!.user.id;
    expect(ids(await search('bob', { q: tag, filter: { authorId: carol } })).sort()).toEqual([p2, post.id, proposal.id].sort());
    expect((await search('bob', { q: tag, filter: { from: new Date(Date.now() + 86_400_000).toISOString() } })).totalCount).toBe(0);
    expect(ids(await search('bob', { q: tag, sort: 'DATE' }))).toEqual([proposal.id, post.id, p2, p1]);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r = await search('bob', { q: tag, first: 3, after, sort: 'DATE' });
      expect(r.totalCount).toBe(4);
      seen.push(...ids(r));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen).toEqual([proposal.id, post.id, p2, p1]);
  });

  it('keeps the index current: an edit is found by its new words, a deleted post is not found', async () => {
    const tag = word('zw');
    const post = await buildPost(as, 'alice', { body: `Erster Stand ${tag}` });
    await found('bob', tag, post.id);
    await as('alice', 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }', { i: { id: post.id, body: `Zweiter Stand ${tag} Nachtrag` } });
    await found('bob', `Nachtrag ${tag}`, post.id);
    await as('alice', 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: post.id });
    await until('the deleted post to go', async () => ((await search('bob', { q: tag })).totalCount === 0 ? true : null));
  });

  it('suggests people and spaces while typing, with typos forgiven', async () => {
    const names = await as<{ searchSuggestions: { kind: string; title: string; subtitle: string; path: string }[] }>(
      'bob', '{ searchSuggestions(query: "Carl Conrad") { kind title subtitle path } }');
    expect(names.data?.searchSuggestions).toEqual(expect.arrayContaining([{ kind: 'PERSON', title: 'Carol Conrad', subtitle: 'carol', path: '/people/carol' }]));
    const spaces = await as<{ searchSuggestions: { kind: string; subtitle: string }[] }>('bob', '{ searchSuggestions(query: "eng") { kind subtitle } }');
    expect(spaces.data?.searchSuggestions).toEqual(expect.arrayContaining([{ kind: 'SPACE', subtitle: 'ENG' }]));
    // A private space's name is no suggestion for a stranger.
    const hidden = await as<{ searchSuggestions: { kind: string; subtitle: string }[] }>('bob', 'query($q: String!) { searchSuggestions(query: $q) { kind subtitle } }', { q: secret.key });
    expect(hidden.data?.searchSuggestions.filter((s) => s.kind === 'SPACE')).toEqual([]);
    expect((await as<{ searchSuggestions: unknown[] }>('bob', '{ searchSuggestions(query: "e") { title } }')).data?.searchSuggestions).toEqual([]);
  });

  it('refuses an empty or over-500-character query, and bad filters, naming the field', async () => {
    expect(errorOf(await as('bob', SEARCH, { q: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(errorOf(await as('bob', SEARCH, { q: 'x'.repeat(501) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect((await as('bob', SEARCH, { q: 'ü'.repeat(500) })).errors).toBeUndefined();
    expect(errorOf(await as('bob', SEARCH, { q: 'x', first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await as('bob', SEARCH, { q: 'x', after: 'nope!' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await as('bob', SEARCH, { q: 'x', filter: { spaceIds: ['nope'] } }))).toMatchObject({ code: 'NOT_FOUND', field: 'filter.spaceIds' });
    expect(errorOf(await as('bob', SEARCH, { q: 'x', filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(errorOf(await as('bob', '{ searchSuggestions(query: "") { title } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('turns no query string into a server error: 1,000 random inputs', async () => {
    const alphabet = ['a', 'ö', ' ', '"', "'", '-', '|', '&', '!', '(', ')', ':', '*', '<', '>', '\\', '%', '_', 'OR', 'AND', '#', '@', '🙂', '\u200b', 'ß', '.', ',', ';', '/', '[', ']', '~', '^', '$', '{', '}'];
    // Deterministic (a seeded generator), so a failure reproduces.
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const failures: string[] = [];
    const queries = Array.from({ length: 1_000 }, () => Array.from({ length: 1 + Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    for (let i = 0; i < queries.length; i += 20) {
      const results = await Promise.all(
        queries.slice(i, i + 20).map(async (q) => ({ q, r: (await as('bob', SEARCH, { q, first: 5 })) as GqlResult<unknown> })),
      );
      for (const { q, r } of results) {
        const code = r.errors?.[0]?.extensions?.['code'];
        if (code && code !== 'BAD_USER_INPUT') failures.push(`${JSON.stringify(q)} → ${code}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
