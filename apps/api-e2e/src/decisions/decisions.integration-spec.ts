import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';
import { ARGUE, CLOSE, GET, VOTE, asUser, inHours, optionId, propose, vote, type As, type Proposal } from './decision-factories';

describe('decisions: proposing, arguing, voting, closing', () => {
  let api: TestApi;
  let as: As;
  let team: BuiltSpace;
  let secret: BuiltSpace;

  beforeAll(async () => {
    api = await startTestApi();
    as = asUser(api);
    team = await buildSpace(api, { owner: 'carol', members: ['alice', 'bob'] });
    secret = await buildSpace(api, { owner: 'bob', visibility: 'PRIVATE' });
  });
  afterAll(() => api?.close());

  it('opens a CONSENT proposal with fixed options and a snapshot of the members as voters', async () => {
    const p = await propose(as, 'carol', team.id);
    expect(p).toMatchObject({ status: 'OPEN', process: 'CONSENT', version: 1, voteCount: 0, eligibleVoterCount: 3, canVote: true, canChange: true });
    expect(p.options.map((o) => o.code)).toEqual(['consent', 'concern', 'object']);
    // A member added later is not eligible.
    await api.gql(await api.token('carol'), 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', {
      input: { spaceId: team.id, username: 'admin', role: 'MEMBER' },
    });
    expect(errorOf(await vote(as, 'admin', p, 'consent')).code).toBe('FORBIDDEN');
    const again = await as<{ proposal: Proposal }>('admin', GET, { id: p.id });
    expect(again.data?.proposal.canVote).toBe(false);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const [{ count: before }] = await api.dataSource.query('SELECT count(*)::int AS count FROM proposal');
    const cases: [Record<string, unknown>, string][] = [
      [{ closesAt: new Date(Date.now() - 60_000).toISOString() }, 'closesAt'],
      [{ closesAt: inHours(24 * 91) }, 'closesAt'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ process: 'CONSENT', options: ['A', 'B'] }, 'options'],
      [{ process: 'RANKED_CHOICE' }, 'options'],
      [{ process: 'MAJORITY', options: ['Same', 'same'] }, 'options'],
      [{ process: 'MAJORITY', options: Array.from({ length: 11 }, (_, i) => `Option ${i}`) }, 'options'],
      [{ quorumPercent: 101 }, 'quorumPercent'],
      [{ process: 'ADVICE' }, 'advisorUsernames'],
      [{ process: 'ADVICE', advisorUsernames: ['admin-not-a-member-xyz'] }, 'advisorUsernames'],
      [{ description: 'x'.repeat(100_001) }, 'description'],
    ];
    for (const [input, field] of cases) {
      const result = await as('carol', 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', {
        input: { spaceId: team.id, title: 'T', description: '', process: 'CONSENT', closesAt: inHours(24), ...input },
      });
      expect({ input: Object.keys(input), ...errorOf(result) }).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const [{ count: after }] = await api.dataSource.query('SELECT count(*)::int AS count FROM proposal');
    expect(after).toBe(before);
  });

  it('lets only members propose, and hides a private space’s proposals from strangers as if missing', async () => {
    const outsider = await as('alice', 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', {
      input: { spaceId: secret.id, title: 'Mine', description: '', process: 'CONSENT', closesAt: inHours(24) },
    });
    expect(errorOf(outsider)).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
    const publicSpace = await buildSpace(api, { owner: 'bob' });
    const notMember = await as('alice', 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', {
      input: { spaceId: publicSpace.id, title: 'Mine', description: '', process: 'CONSENT', closesAt: inHours(24) },
    });
    expect(errorOf(notMember).code).toBe('FORBIDDEN');

    const hidden = await propose(as, 'bob', secret.id, { title: 'Secret merger' });
    const missingId = Buffer.from('Proposal:00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const query of [GET, 'query($id: ID!) { node(id: $id) { id } }']) {
      const stranger = await as('alice', query, { id: hidden.id });
      const missing = await as('alice', query, { id: missingId });
      expect(errorOf(stranger)).toEqual(errorOf(missing));
      expect(errorOf(stranger).code).toBe('NOT_FOUND');
      expect(JSON.stringify(stranger)).not.toContain('merger');
    }
    const writes = [
      await vote(as, 'alice', hidden, 'consent'),
      await as('alice', ARGUE, { input: { proposalId: hidden.id, side: 'PRO', body: 'yes' } }),
      await as('alice', CLOSE, { input: { id: hidden.id } }),
      await as('alice', 'mutation($id: ID!) { follow(subjectId: $id) }', { id: hidden.id }),
      await as('alice', 'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }', { input: { subjectId: hidden.id, body: 'hi' } }),
    ];
    expect(writes.map((w) => errorOf(w).code)).toEqual(Array(writes.length).fill('NOT_FOUND'));
    const dashboard = await as<{ openDecisions: { id: string }[] }>('alice', '{ openDecisions { id } }');
    expect(dashboard.data?.openDecisions.map((p) => p.id)).not.toContain(hidden.id);
  });

  it('runs the CONSENT journey: an objection with its reason rejects, and the record keeps votes and arguments', async () => {
    const p = await propose(as, 'carol', team.id, { title: 'Move the stand-up to 10:00' });
    const con = await as<{ addArgument: { side: string; html: string; author: { username: string } } }>('alice', ARGUE, {
      input: { proposalId: p.id, side: 'CON', body: 'Clashes with the **trading** window' },
    });
    expect(con.data?.addArgument).toMatchObject({ side: 'CON', author: { username: 'alice' } });
    expect(con.data?.addArgument.html).toContain('<strong>trading</strong>');
    expect(errorOf(await vote(as, 'alice', p, 'object'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await vote(as, 'alice', p, 'object', 'The trading window')).errors).toBeUndefined();
    expect((await vote(as, 'bob', p, 'consent')).errors).toBeUndefined();
    const open = await as<{ proposal: Proposal }>('bob', GET, { id: p.id });
    expect(open.data?.proposal).toMatchObject({ voteCount: 2, participation: 2 / p.eligibleVoterCount, myVote: { option: { code: 'consent' } } });
    const closed = await as<{ closeProposal: Proposal }>('carol', CLOSE, { input: { id: p.id } });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeProposal).toMatchObject({ status: 'CLOSED', outcome: 'REJECTED', canVote: false });
    for (const user of ['alice', 'bob', 'carol']) {
      const seen = await as<{ proposal: Proposal & { record: { hash: string; markdown: string } } }>(user, `query($id: ID!) { proposal(id: $id) { status outcome record { hash markdown } } }`, { id: p.id });
      expect(seen.data?.proposal).toMatchObject({ status: 'CLOSED', outcome: 'REJECTED' });
      expect(seen.data?.proposal.record.markdown).toContain('The trading window');
      expect(seen.data?.proposal.record.markdown).toContain('**CON**');
    }
    expect(errorOf(await vote(as, 'bob', p, 'object', 'late')).code).toBe('CONFLICT');
    expect(errorOf(await as('carol', CLOSE, { input: { id: p.id } })).code).toBe('CONFLICT');
    expect(errorOf(await as('alice', ARGUE, { input: { proposalId: p.id, side: 'PRO', body: 'late' } })).code).toBe('CONFLICT');
  });

  it('lets a voter change the vote until close; the audit log has the cast and the change', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'MAJORITY' });
    await vote(as, 'alice', p, 'no');
    const changed = await vote(as, 'alice', p, 'yes');
    expect(changed.data?.castVote.myVote?.option?.code).toBe('yes');
    expect(changed.data?.castVote.voteCount).toBe(1);
    const rows = await api.dataSource.query(`SELECT action, data FROM audit_log WHERE subject_id = $1 ORDER BY id`, [p.id.length ? Buffer.from(p.id, 'base64url').toString().split(':')[1] : '']);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['proposal.opened', 'vote.cast', 'vote.changed']);
    expect(rows[2].data).toMatchObject({ optionId: Buffer.from(optionId(p, 'yes'), 'base64url').toString().split(':')[1], previousOptionId: Buffer.from(optionId(p, 'no'), 'base64url').toString().split(':')[1] });
    await vote(as, 'bob', p, 'no');
    const tie = await as<{ closeProposal: Proposal }>('carol', CLOSE, { input: { id: p.id } });
    expect(tie.data?.closeProposal).toMatchObject({ outcome: 'REJECTED', winningOption: null });
    const closedRows = await api.dataSource.query(`SELECT action, data FROM audit_log WHERE action = 'proposal.closed' AND subject_id = $1`, [Buffer.from(p.id, 'base64url').toString().split(':')[1]]);
    expect(closedRows).toHaveLength(1);
    expect(closedRows[0].data).toMatchObject({ outcome: 'REJECTED', voteCount: 2, by: 'author' });
  });

  it('refuses an option of another proposal, an unknown option and a ranking for a single-choice vote', async () => {
    const a = await propose(as, 'carol', team.id, { process: 'MAJORITY' });
    const b = await propose(as, 'carol', team.id, { process: 'MAJORITY' });
    const foreign = await as('alice', VOTE, { input: { proposalId: a.id, optionId: optionId(b, 'yes') } });
    expect(errorOf(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'optionId' });
    const garbage = await as('alice', VOTE, { input: { proposalId: a.id, optionId: 'not-an-id' } });
    expect(errorOf(garbage)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'optionId' });
    const ranked = await as('alice', VOTE, { input: { proposalId: a.id, ranking: [optionId(a, 'yes')] } });
    expect(errorOf(ranked)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ranking' });
    const none = await as('alice', VOTE, { input: { proposalId: a.id } });
    expect(errorOf(none)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'optionId' });
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM vote v JOIN proposal_voter pv ON pv.proposal_id = v.proposal_id AND pv.user_id = v.voter_id WHERE v.proposal_id = $1', [
      Buffer.from(a.id, 'base64url').toString().split(':')[1],
    ]);
    expect(count).toBe(0);
  });

  it('counts a RANKED_CHOICE vote by instant runoff, refuses duplicate rankings, and exports BLT', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'RANKED_CHOICE', options: ['Berlin', 'Frankfurt', 'Munich'] });
    const [berlin, frankfurt, munich] = p.options.map((o) => o.id);
    const dup = await as('alice', VOTE, { input: { proposalId: p.id, ranking: [berlin, berlin] } });
    expect(errorOf(dup)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ranking' });
    const single = await as('alice', VOTE, { input: { proposalId: p.id, optionId: berlin } });
    expect(errorOf(single)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'optionId' });
    await as('alice', VOTE, { input: { proposalId: p.id, ranking: [munich, frankfurt] } });
    await as('bob', VOTE, { input: { proposalId: p.id, ranking: [berlin] } });
    await as('carol', VOTE, { input: { proposalId: p.id, ranking: [frankfurt, munich, berlin] } });
    const closed = await as<{ closeProposal: Proposal & { record: { ballotsBlt: string; ballotsCsv: string } } }>(
      'carol',
      `mutation($input: CloseProposalInput!) { closeProposal(input: $input) { outcome winningOption { label } tally { option { label } votes score } record { ballotsBlt ballotsCsv } } }`,
      { input: { id: p.id } },
    );
    // Round 1: 1/1/1; Munich (listed last) goes; alice's ballot moves to Frankfurt: 2 of 3.
    expect(closed.data?.closeProposal).toMatchObject({ outcome: 'ACCEPTED', winningOption: { label: 'Frankfurt' } });
    expect(closed.data?.closeProposal.tally).toEqual([
      { option: { label: 'Berlin' }, votes: 1, score: 1 },
      { option: { label: 'Frankfurt' }, votes: 1, score: 2 },
      { option: { label: 'Munich' }, votes: 1, score: 0 },
    ]);
    const blt = closed.data!.closeProposal.record.ballotsBlt;
    expect(blt.split('\n')[0]).toBe('3 1');
    expect(blt).toContain('"Frankfurt"');
    expect(closed.data!.closeProposal.record.ballotsCsv.split('\r\n')[0]).toBe('voter,display_name,option,ranking,reason,proposal_version,cast_at,updated_at');
  });

  it('gives NO_QUORUM when too few voted, whatever the votes say; exactly at the quorum counts', async () => {
    const trio = await buildSpace(api, { owner: 'carol', members: ['alice', 'bob'] });
    const short = await propose(as, 'carol', trio.id, { process: 'MAJORITY', quorumPercent: 67 });
    const met = await propose(as, 'carol', trio.id, { process: 'MAJORITY', quorumPercent: 66 });
    for (const p of [short, met]) {
      await vote(as, 'alice', p, 'yes');
      await vote(as, 'bob', p, 'yes');
    }
    // 2 of 3 is 66.7 %: one short of 67 %, enough for 66 %.
    expect((await as<{ closeProposal: Proposal }>('carol', CLOSE, { input: { id: short.id } })).data?.closeProposal.outcome).toBe('NO_QUORUM');
    expect((await as<{ closeProposal: Proposal }>('carol', CLOSE, { input: { id: met.id } })).data?.closeProposal).toMatchObject({
      outcome: 'ACCEPTED',
      winningOption: { code: 'yes' },
    });
  });

  it('lets only the author decide ADVICE, with an outcome and a statement', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'ADVICE', advisorUsernames: ['alice'] });
    expect(p.options.map((o) => o.code)).toEqual(['support', 'concern', 'oppose']);
    expect(errorOf(await vote(as, 'alice', p, 'oppose'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await vote(as, 'alice', p, 'oppose', 'Too early');
    await vote(as, 'bob', p, 'support');
    const voters = await as<{ proposal: { voters: { user: { username: string }; hasVoted: boolean; isAdvisor: boolean }[] } }>(
      'bob',
      'query($id: ID!) { proposal(id: $id) { voters { user { username } hasVoted isAdvisor } } }',
      { id: p.id },
    );
    expect(voters.data?.proposal.voters).toEqual(
      expect.arrayContaining([
        { user: { username: 'alice' }, hasVoted: true, isAdvisor: true },
        { user: { username: 'carol' }, hasVoted: false, isAdvisor: false },
      ]),
    );
    await api.gql(await api.token('carol'), 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', {
      input: { spaceId: team.id, username: 'bob', role: 'OWNER' },
    });
    expect(errorOf(await as('bob', CLOSE, { input: { id: p.id, outcome: 'ACCEPTED', statement: 'ok' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await as('carol', CLOSE, { input: { id: p.id } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect(errorOf(await as('carol', CLOSE, { input: { id: p.id, outcome: 'ACCEPTED' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'statement' });
    const decided = await as<{ closeProposal: Proposal }>('carol', CLOSE, { input: { id: p.id, outcome: 'ACCEPTED', statement: 'We go ahead, with a review in March.' } });
    expect(decided.data?.closeProposal).toMatchObject({ status: 'CLOSED', outcome: 'ACCEPTED', outcomeStatement: 'We go ahead, with a review in March.' });
    // alice opposed: she may add one minority statement, never changed.
    const DISSENT = 'mutation($input: AddDissentInput!) { addDissent(input: $input) { body author { username } } }';
    expect(errorOf(await as('bob', DISSENT, { input: { proposalId: p.id, body: 'me too' } })).code).toBe('FORBIDDEN');
    expect((await as('alice', DISSENT, { input: { proposalId: p.id, body: 'I still think it is too early.' } })).errors).toBeUndefined();
    expect(errorOf(await as('alice', DISSENT, { input: { proposalId: p.id, body: 'changed my mind' } })).code).toBe('CONFLICT');
    const record = await as<{ proposal: { dissents: { body: string }[]; record: { markdown: string } } }>(
      'bob',
      'query($id: ID!) { proposal(id: $id) { dissents { body } record { markdown } } }',
      { id: p.id },
    );
    expect(record.data?.proposal.dissents).toEqual([{ body: 'I still think it is too early.' }]);
    expect(record.data?.proposal.record.markdown).toContain('## Minority statements');
  });

  it('hides a hidden tally (and every vote’s choice) until close, but not participation', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'MAJORITY', hideTally: true });
    await vote(as, 'alice', p, 'yes');
    const q = 'query($id: ID!) { proposal(id: $id) { tallyHidden voteCount tally { votes } votes { reason } leadingOption { code } objectionCount } }';
    const before = await as<{ proposal: Record<string, unknown> }>('bob', q, { id: p.id });
    expect(before.data?.proposal).toEqual({ tallyHidden: true, voteCount: 1, tally: [], votes: [], leadingOption: null, objectionCount: null });
    await as('carol', CLOSE, { input: { id: p.id } });
    const after = await as<{ proposal: { tally: { votes: number }[]; votes: unknown[] } }>('bob', q, { id: p.id });
    expect(after.data?.proposal.tally.map((t) => t.votes)).toEqual([1, 0, 0]);
    expect(after.data?.proposal.votes).toHaveLength(1);
  });

  it('amends with a version (stale base refused); earlier votes show as outdated until confirmed', async () => {
    const p = await propose(as, 'carol', team.id);
    await vote(as, 'alice', p, 'consent');
    const AMEND = 'mutation($input: AmendProposalInput!) { amendProposal(input: $input) { version description revisions { version } } }';
    expect(errorOf(await as('alice', AMEND, { input: { id: p.id, baseVersion: 1, description: 'hijack' } })).code).toBe('FORBIDDEN');
    const amended = await as<{ amendProposal: { version: number; revisions: { version: number }[] } }>('carol', AMEND, { input: { id: p.id, baseVersion: 1, description: 'Now with a pilot team first.' } });
    expect(amended.data?.amendProposal).toMatchObject({ version: 2, revisions: [{ version: 2 }, { version: 1 }] });
    expect(errorOf(await as('carol', AMEND, { input: { id: p.id, baseVersion: 1, description: 'stale' } }))).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
    const seen = await as<{ proposal: Proposal }>('alice', GET, { id: p.id });
    expect(seen.data?.proposal.myVote).toMatchObject({ outdated: true });
    const confirmed = await vote(as, 'alice', p, 'consent');
    expect(confirmed.data?.castVote.myVote).toMatchObject({ outdated: false });
  });

  it('extends (later only) and withdraws (author only; no record, votes refused)', async () => {
    const p = await propose(as, 'carol', team.id, { closesAt: inHours(24) });
    const EXTEND = 'mutation($input: ExtendProposalInput!) { extendProposal(input: $input) { closesAt } }';
    expect(errorOf(await as('carol', EXTEND, { input: { id: p.id, closesAt: inHours(12) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    expect(errorOf(await as('alice', EXTEND, { input: { id: p.id, closesAt: inHours(48) } })).code).toBe('FORBIDDEN');
    const later = inHours(48);
    const extended = await as<{ extendProposal: { closesAt: string } }>('carol', EXTEND, { input: { id: p.id, closesAt: later } });
    expect(extended.data?.extendProposal.closesAt).toBe(later);
    const uuid = Buffer.from(p.id, 'base64url').toString().split(':')[1];
    const [job] = await api.dataSource.query('SELECT run_at FROM graphile_worker.jobs WHERE key = $1', [`close-proposal:${uuid}`]);
    expect(new Date(job.run_at).toISOString()).toBe(later);
    const WITHDRAW = 'mutation($id: ID!) { withdrawProposal(id: $id) { status } }';
    expect(errorOf(await as('bob', WITHDRAW, { id: p.id })).code).toBe('FORBIDDEN');
    expect((await as<{ withdrawProposal: { status: string } }>('carol', WITHDRAW, { id: p.id })).data?.withdrawProposal.status).toBe('WITHDRAWN');
    expect(await api.dataSource.query('SELECT 1 FROM graphile_worker.jobs WHERE key = $1', [`close-proposal:${uuid}`])).toEqual([]);
    expect(errorOf(await vote(as, 'alice', p, 'consent')).code).toBe('CONFLICT');
    expect(await api.dataSource.query('SELECT 1 FROM decision_record WHERE proposal_id = $1', [uuid])).toEqual([]);
  });

  it('refuses any change to a decision record, even straight in the database', async () => {
    const p = await propose(as, 'carol', team.id);
    await as('carol', CLOSE, { input: { id: p.id } });
    const uuid = Buffer.from(p.id, 'base64url').toString().split(':')[1];
    await expect(api.dataSource.query(`UPDATE decision_record SET hash = 'x' WHERE proposal_id = $1`, [uuid])).rejects.toThrow(/immutable/);
    await expect(api.dataSource.query(`DELETE FROM decision_record WHERE proposal_id = $1`, [uuid])).rejects.toThrow(/immutable/);
    await expect(api.dataSource.query(`INSERT INTO vote (proposal_id, voter_id, option_id) SELECT $1, user_id, (SELECT id FROM proposal_option WHERE proposal_id = $1 LIMIT 1) FROM proposal_voter WHERE proposal_id = $1 LIMIT 1`, [uuid])).rejects.toThrow(/not open/);
  });
});
