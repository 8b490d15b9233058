import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, uniqueKey, type BuiltSpace } from '../support/factories';
import { buildPage } from '../support/page-factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';
import { tokenMinter } from '../support/tokens';
import { REACT, UNREACT, asUser, buildPost, statementsOf, type As } from './post-factories';

type Counts = { emoji: string; count: number; reactedByMe: boolean }[];

describe('reactions on any subject', () => {
  let api: TestApi;
  let as: As;
  let team: BuiltSpace;
  let secret: BuiltSpace;

  beforeAll(async () => {
    api = await startTestApi();
    as = asUser(api);
    team = await buildSpace(api, { owner: 'alice', members: ['bob', 'carol'] });
    secret = await buildSpace(api, { owner: 'alice', visibility: 'PRIVATE', members: ['carol'] });
  });
  afterAll(() => api?.close());

  const react = (user: string, subjectId: string, emoji: string) => as<{ react: Counts }>(user, REACT, { input: { subjectId, emoji } });
  const unreact = (user: string, subjectId: string, emoji: string) => as<{ unreact: Counts }>(user, UNREACT, { input: { subjectId, emoji } });

  it('reacts to a post, counts per emoji in the fixed order, and a second react changes nothing', async () => {
    const post = await buildPost(as, 'alice', { body: 'React to me', spaceId: team.id });
    expect((await react('bob', post.id, '🎉')).data?.react).toEqual([{ emoji: '🎉', count: 1, reactedByMe: true }]);
    expect((await react('bob', post.id, '🎉')).data?.react).toEqual([{ emoji: '🎉', count: 1, reactedByMe: true }]);
    expect((await react('carol', post.id, '👍')).data?.react).toEqual([
      { emoji: '👍', count: 1, reactedByMe: true },
      { emoji: '🎉', count: 1, reactedByMe: false },
    ]);
    await react('carol', post.id, '🎉');
    expect((await unreact('bob', post.id, '🎉')).data?.unreact).toEqual([
      { emoji: '👍', count: 1, reactedByMe: false },
      { emoji: '🎉', count: 1, reactedByMe: false },
    ]);
    expect((await unreact('bob', post.id, '🎉')).data?.unreact).toHaveLength(2);
    const read = await as<{ post: { reactions: Counts } }>('carol', 'query($id: ID!) { post(id: $id) { reactions { emoji count reactedByMe } } }', { id: post.id });
    expect(read.data?.post.reactions).toEqual([
      { emoji: '👍', count: 1, reactedByMe: true },
      { emoji: '🎉', count: 1, reactedByMe: true },
    ]);
  });

  it('takes only the six emoji (BAD_USER_INPUT naming emoji); the heart with or without its selector', async () => {
    const post = await buildPost(as, 'alice', { body: 'Emoji' });
    for (const emoji of ['👎', ':+1:', '', '👍👍', '<b>']) {
      expect(errorOf(await react('bob', post.id, emoji))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emoji' });
    }
    expect((await react('bob', post.id, '\u2764')).data?.react).toEqual([{ emoji: '❤️', count: 1, reactedByMe: true }]);
    expect((await react('bob', post.id, '❤️')).data?.react).toEqual([{ emoji: '❤️', count: 1, reactedByMe: true }]);
  });

  it('hides what the caller cannot read: NOT_FOUND naming subjectId, for a private post, page or an unknown id', async () => {
    const post = await buildPost(as, 'carol', { body: 'secret', spaceId: secret.id });
    const page = await buildPage(api, { author: 'alice', space: secret });
    for (const id of [post.id, page.id, 'bm9wZTpub3Bl']) {
      expect(errorOf(await react('bob', id, '👍'))).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
      expect(errorOf(await unreact('bob', id, '👍'))).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
    }
    expect((await react('carol', page.id, '👀')).data?.react).toEqual([{ emoji: '👀', count: 1, reactedByMe: true }]);
  });

  it('counts exactly under 20 concurrent reactions by different people', async () => {
    const mint = await tokenMinter(api);
    const names = Array.from({ length: 20 }, (_, i) => `${uniqueKey('r').toLowerCase()}-${i}`);
    const tokens = await Promise.all(names.map((n) => mint(n)));
    await Promise.all(tokens.map((t) => api.gql(t, '{ me { id } }')));
    const post = await buildPost(as, 'alice', { body: 'Everyone react' });
    const results = await Promise.all(tokens.map((t) => api.gql<{ react: Counts }>(t, REACT, { input: { subjectId: post.id, emoji: '👍' } })));
    expect(results.every((r) => !r.errors && r.data?.react.find((c) => c.emoji === '👍')?.reactedByMe)).toBe(true);
    // and the same people once more, all at once, with a second emoji alongside
    await Promise.all(tokens.flatMap((t) => ['👍', '🤔'].map((emoji) => api.gql(t, REACT, { input: { subjectId: post.id, emoji } }))));
    const read = await as<{ post: { reactions: Counts } }>('bob', 'query($id: ID!) { post(id: $id) { reactions { emoji count reactedByMe } } }', { id: post.id });
    expect(read.data?.post.reactions).toEqual([
      { emoji: '👍', count: 20, reactedByMe: false },
      { emoji: '🤔', count: 20, reactedByMe: false },
    ]);
    const rows = await api.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'reaction.added' AND aggregate_id = $1`, [Buffer.from(post.id, 'base64url').toString().split(':')[1]]);
    expect(rows[0].n).toBe(40);
  });

  it('adds reactions to pages and proposals, one statement for the reactions of a whole list', async () => {
    const space = await buildSpace(api, { owner: 'carol', members: ['alice', 'bob'] });
    const CREATE = 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }';
    const propose = async (title: string) =>
      (await as<{ createProposal: { id: string } }>('carol', CREATE, {
        input: { spaceId: space.id, title, description: 'Why', process: 'MAJORITY', closesAt: new Date(Date.now() + 86_400_000).toISOString() },
      })).data!.createProposal.id;
    const first = await propose('First');
    await react('alice', first, '❤️');
    const LIST = 'query($k: String!) { proposals(spaceKey: $k) { nodes { id reactions { emoji count reactedByMe } } } }';
    const small = await statementsOf(api, 'alice', LIST, { k: space.key });
    for (let i = 0; i < 10; i++) await react('bob', await propose(`More ${i}`), '😄');
    const large = await statementsOf(api, 'alice', LIST, { k: space.key });
    console.info(`proposals with reactions: 1 → ${small.statements} statements, 11 → ${large.statements}`);
    expect(large.statements).toBe(small.statements);
    const nodes = (large.body.data as { proposals: { nodes: { id: string; reactions: Counts }[] } }).proposals.nodes;
    expect(nodes.find((n) => n.id === first)?.reactions).toEqual([{ emoji: '❤️', count: 1, reactedByMe: true }]);
    expect(nodes.filter((n) => n.reactions[0]?.emoji === '😄')).toHaveLength(10);

    const page = await buildPage(api, { author: 'alice', space, labels: ['r'] });
    await react('bob', page.id, '👍');
    const PAGES = 'query($k: String!) { pagesByLabel(spaceKey: $k, label: "r") { nodes { id reactions { emoji count reactedByMe } } } }';
    const onePage = await statementsOf(api, 'alice', PAGES, { k: space.key });
    for (let i = 0; i < 5; i++) await react('bob', (await buildPage(api, { author: 'alice', space, labels: ['r'] })).id, '🎉');
    const sixPages = await statementsOf(api, 'alice', PAGES, { k: space.key });
    console.info(`pagesByLabel with reactions: 1 → ${onePage.statements} statements, 6 → ${sixPages.statements}`);
    expect(sixPages.statements).toBe(onePage.statements);
    const pages = (sixPages.body.data as { pagesByLabel: { nodes: { id: string; reactions: Counts }[] } }).pagesByLabel.nodes;
    expect(pages.find((p) => p.id === page.id)?.reactions).toEqual([{ emoji: '👍', count: 1, reactedByMe: false }]);
  });
});
