import type { GqlResult, TestApi } from '../support/test-api';

export const PROPOSAL_FIELDS = `id title status outcome outcomeStatement process version voteCount eligibleVoterCount participation quorumPercent tallyHidden
  closesAt closedAt options { id label code } winningOption { label code } tally { option { code label } votes score }
  myVote { option { code } reason outdated } canVote canClose canChange`;

export const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const CLOSE = `mutation($input: CloseProposalInput!) { closeProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const GET = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
export const ARGUE = 'mutation($input: AddArgumentInput!) { addArgument(input: $input) { id side body html author { username } } }';

export interface Option {
  id: string;
  label: string;
  code: string | null;
}

export interface Proposal {
  id: string;
  title: string;
  status: string;
  outcome: string | null;
  outcomeStatement: string | null;
  process: string;
  version: number;
  voteCount: number;
  eligibleVoterCount: number;
  participation: number;
  quorumPercent: number;
  tallyHidden: boolean;
  closesAt: string;
  closedAt: string | null;
  options: Option[];
  winningOption: { label: string; code: string | null } | null;
  tally: { option: { code: string | null; label: string }; votes: number; score: number | null }[];
  myVote: { option: { code: string | null } | null; reason: string | null; outdated: boolean } | null;
  canVote: boolean;
  canClose: boolean;
  canChange: boolean;
}

export const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

export type As = <T = Record<string, unknown>>(username: string, query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;

export function asUser(api: TestApi): As {
  return async (username, query, variables) => api.gql(await api.token(username), query, variables);
}

/** Opens a proposal through the API, or throws with the errors. */
export async function propose(as: As, author: string, spaceId: string, input: Record<string, unknown> = {}): Promise<Proposal> {
  const result = await as<{ createProposal: Proposal }>(author, CREATE, {
    input: { spaceId, title: 'Adopt the four-day week', description: 'We **try** it for a quarter.', process: 'CONSENT', closesAt: inHours(72), ...input },
  });
  if (!result.data?.createProposal) throw new Error(`createProposal failed: ${JSON.stringify(result.errors)}`);
  return result.data.createProposal;
}

export function optionId(p: Proposal, code: string): string {
  const found = p.options.find((o) => o.code === code || o.label === code);
  if (!found) throw new Error(`no option ${code}`);
  return found.id;
}

export async function vote(as: As, voter: string, p: Proposal, code: string, reason?: string): Promise<GqlResult<{ castVote: Proposal }>> {
  return as<{ castVote: Proposal }>(voter, VOTE, { input: { proposalId: p.id, optionId: optionId(p, code), reason } });
}
