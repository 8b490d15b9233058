import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProposalCloser } from '@pnyx/api/decisions';
import { buildSpace, uniqueKey, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';
import { tokenMinter } from '../support/tokens';
import { CLOSE, GET, VOTE, asUser, optionId, propose, type As, type Proposal } from './decision-factories';

const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('decisions: closing exactly once, with every vote counted', () => {
  let api: TestApi;
  let as: As;
  let team: BuiltSpace;

  beforeAll(async () => {
    api = await startTestApi();
    as = asUser(api);
    team = await buildSpace(api, { owner: 'carol', members: ['alice', 'bob'] });
  });
  afterAll(() => api?.close());

  it('counts exactly the votes accepted before a close that races 50 concurrent voters', async () => {
    const mint = await tokenMinter(api);
    const names = Array.from({ length: 50 }, (_, i) => `${uniqueKey('v').toLowerCase()}-${i}`);
    const tokens = await Promise.all(names.map((n) => mint(n)));
    await Promise.all(tokens.map((t) => api.gql(t, '{ me { id } }')));
    const carol = await api.token('carol');
    const space = await buildSpace(api, { owner: 'carol' });
    for (const username of names) {
      const added = await api.gql(carol, 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', { input: { spaceId: space.id, username, role: 'MEMBER' } });
      expect(added.errors).toBeUndefined();
    }
    const p = await propose(as, 'carol', space.id, { process: 'MAJORITY' });
    expect(p.eligibleVoterCount).toBe(51);
    const yes = optionId(p, 'yes');
    const no = optionId(p, 'no');
    // 50 votes and the close, all at once; each vote either lands before the close (and is counted) or gets CONFLICT.
    const votes = tokens.map((t, i) => api.gql<{ castVote: { id: string } }>(t, VOTE, { input: { proposalId: p.id, optionId: i % 3 === 0 ? no : yes } }));
    const close = as<{ closeProposal: Proposal }>('carol', CLOSE, { input: { id: p.id } });
    const results = await Promise.all(votes);
    const closed = await close;
    expect(closed.errors).toBeUndefined();
    const accepted = results.flatMap((r, i) => (r.errors ? [] : [i]));
    const refused = results.filter((r) => r.errors);
    expect(refused.every((r) => errorOf(r).code === 'CONFLICT')).toBe(true);
    const expectedNo = accepted.filter((i) => i % 3 === 0).length;
    const expectedYes = accepted.length - expectedNo;
    const tally = Object.fromEntries(closed.data!.closeProposal.tally.map((t) => [t.option.code, t.votes]));
    expect(tally).toEqual({ yes: expectedYes, no: expectedNo, abstain: 0 });
    expect(closed.data!.closeProposal.voteCount).toBe(accepted.length);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM vote WHERE proposal_id = $1', [uuidOf(p.id)]);
    expect(count).toBe(accepted.length);
    const [record] = await api.dataSource.query(`SELECT jsonb_array_length(content->'votes') AS n FROM decision_record WHERE proposal_id = $1`, [uuidOf(p.id)]);
    expect(record.n).toBe(accepted.length);
  });

  it('enforces one vote per person in the database, not only in code', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'MAJORITY' });
    const uuid = uuidOf(p.id);
    const [voter] = await api.dataSource.query(`SELECT user_id FROM proposal_voter WHERE proposal_id = $1 LIMIT 1`, [uuid]);
    const option = uuidOf(optionId(p, 'yes'));
    await api.dataSource.query('INSERT INTO vote (proposal_id, voter_id, option_id) VALUES ($1, $2, $3)', [uuid, voter.user_id, option]);
    await expect(api.dataSource.query('INSERT INTO vote (proposal_id, voter_id, option_id) VALUES ($1, $2, $3)', [uuid, voter.user_id, option])).rejects.toThrow(/vote_one_per_voter/);
  });

  it('closes by itself at the closing time through the job queue, once, even when the job runs twice', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'MAJORITY' });
    await as('alice', VOTE, { input: { proposalId: p.id, optionId: optionId(p, 'yes') } });
    const uuid = uuidOf(p.id);
    // Move the closing time into the past, as if the deadline had come (the keyed job runs at its run_at).
    await api.dataSource.query(`UPDATE proposal SET closes_at = now() - interval '1 second' WHERE id = $1`, [uuid]);
    await api.dataSource.query(`SELECT graphile_worker.add_job('close-proposal', json_build_object('proposalId', $1::text), job_key => $2, run_at => now())`, [uuid, `close-proposal:${uuid}`]);
    const closer = api.app.get(ProposalCloser);
    await Promise.all([closer.closeDue(uuid), closer.closeDue(uuid)]);
    const closed = await until('the close', async () => (await as<{ proposal: Proposal }>('bob', GET, { id: p.id })).data?.proposal.status === 'CLOSED');
    expect(closed).toBe(true);
    const [{ records }] = await api.dataSource.query('SELECT count(*)::int AS records FROM decision_record WHERE proposal_id = $1', [uuid]);
    const [{ audits }] = await api.dataSource.query(`SELECT count(*)::int AS audits FROM audit_log WHERE action = 'proposal.closed' AND subject_id = $1`, [uuid]);
    expect({ records, audits }).toEqual({ records: 1, audits: 1 });
    const seen = await as<{ proposal: Proposal }>('bob', GET, { id: p.id });
    expect(seen.data?.proposal).toMatchObject({ outcome: 'ACCEPTED', winningOption: { code: 'yes' } });
  });

  it('closes a proposal whose time came while no API process was running, after a restart', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'CONSENT' });
    const uuid = uuidOf(p.id);
    await api.close();
    // While nobody runs: the deadline passes.
    await api.dataSource.query(`UPDATE proposal SET closes_at = now() - interval '1 minute' WHERE id = $1`, [uuid]).catch(() => undefined);
    api = await startTestApi();
    as = asUser(api);
    await api.dataSource.query(`UPDATE proposal SET closes_at = now() - interval '1 minute' WHERE id = $1`, [uuid]);
    await api.dataSource.query(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = $1`, [`close-proposal:${uuid}`]);
    const status = await until('the restarted process to close it', async () => {
      const seen = await as<{ proposal: Proposal }>('alice', GET, { id: p.id });
      return seen.data?.proposal.status === 'CLOSED' ? seen.data.proposal : null;
    });
    expect(status).toMatchObject({ status: 'CLOSED', outcome: 'ACCEPTED' });
  });

  it('gives an undecided ADVICE proposal 7 more days, then closes it as REJECTED "no decision recorded"', async () => {
    const p = await propose(as, 'carol', team.id, { process: 'ADVICE', advisorUsernames: ['bob'] });
    const uuid = uuidOf(p.id);
    const closer = api.app.get(ProposalCloser);
    await api.dataSource.query(`UPDATE proposal SET closes_at = now() - interval '1 second' WHERE id = $1`, [uuid]);
    await closer.closeDue(uuid);
    const open = await as<{ proposal: Proposal & { decisionDeadline: string } }>('carol', `query($id: ID!) { proposal(id: $id) { status decisionDeadline } }`, { id: p.id });
    expect(open.data?.proposal.status).toBe('OPEN');
    const [deadlineJob] = await api.dataSource.query('SELECT run_at FROM graphile_worker.jobs WHERE key = $1', [`advice-deadline:${uuid}`]);
    expect(new Date(deadlineJob.run_at).toISOString()).toBe(open.data?.proposal.decisionDeadline);
    const [due] = await api.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'proposal.decision_due' AND aggregate_id = $1`, [uuid]);
    expect(due).toBeDefined();
    // Votes still count in the grace period.
    expect((await as('bob', VOTE, { input: { proposalId: p.id, optionId: optionId(p, 'support') } })).errors).toBeUndefined();
    await api.dataSource.query(`UPDATE proposal SET closes_at = now() - interval '8 days' WHERE id = $1`, [uuid]);
    await closer.adviceDeadline(uuid);
    const closed = await as<{ proposal: Proposal }>('carol', GET, { id: p.id });
    expect(closed.data?.proposal).toMatchObject({ status: 'CLOSED', outcome: 'REJECTED', outcomeStatement: 'no decision recorded' });
  });
});
