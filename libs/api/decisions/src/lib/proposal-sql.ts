/**
 * The proposal columns under their entity names. `description` and `html` are
 * the large ones: a list that shows neither (the dashboard) leaves them out
 * with `withText: false` (they come back empty).
 */
export function proposalColumns(alias: string, withText = true): string {
  const a = alias;
  const text = withText ? `${a}.description, ${a}.html` : `'' AS description, '' AS html`;
  return `${a}.id, ${a}.space_id AS "spaceId", ${a}.author_id AS "authorId", ${a}.title, ${text}, ${a}.version,
    ${a}.process, ${a}.status, ${a}.outcome, ${a}.outcome_statement AS "outcomeStatement", ${a}.winning_option_id AS "winningOptionId",
    ${a}.closes_at AS "closesAt", ${a}.closed_at AS "closedAt", ${a}.closed_by AS "closedBy", ${a}.quorum_percent AS "quorumPercent",
    ${a}.eligible_voter_count AS "eligibleVoterCount", ${a}.hide_tally AS "hideTally", ${a}.review_at AS "reviewAt",
    ${a}.nudged_at AS "nudgedAt", ${a}.created_at AS "createdAt", ${a}.updated_at AS "updatedAt"`;
}

export const VOTE_COLUMNS = `v.id, v.proposal_id AS "proposalId", v.voter_id AS "voterId", v.option_id AS "optionId", v.ranking,
  v.reason, v.proposal_version AS "proposalVersion", v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;
