import { createHash } from 'node:crypto';
import { canonicalJson } from '@pnyx/api/audit';
import { toBlt, type DecisionResult } from '@pnyx/shared/decisions';

/** The frozen content of a decision record (JSON; ids are uuids, times ISO strings). */
export interface DecisionRecordContent {
  format: 'pnyx.decision-record/1';
  proposalId: string;
  space: { id: string; key: string; name: string };
  question: { title: string; description: string; version: number };
  process: string;
  author: { id: string; username: string; displayName: string };
  openedAt: string;
  closesAt: string;
  closedAt: string;
  closedBy: string;
  outcome: string;
  statement: string | null;
  winningOption: { id: string; label: string } | null;
  options: { id: string; code: string | null; label: string }[];
  tally: { optionId: string; label: string; votes: number; score: number | null }[];
  rounds: DecisionResult['rounds'] | null;
  quorumPercent: number;
  eligibleVoterCount: number;
  voteCount: number;
  participation: number;
  votes: {
    voter: { id: string; username: string; displayName: string };
    optionId: string | null;
    ranking: string[] | null;
    reason: string | null;
    proposalVersion: number;
    castAt: string;
    updatedAt: string;
  }[];
  arguments: { side: string; body: string; author: { id: string; username: string; displayName: string }; createdAt: string }[];
}

export function recordHash(content: DecisionRecordContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The record as Markdown (question, outcome, tally, votes with reasons, arguments, dissents). */
export function recordMarkdown(r: DecisionRecordContent, dissents: { author: string; body: string; createdAt: string }[], hash: string): string {
  const label = (id: string | null) => r.options.find((o) => o.id === id)?.label ?? '—';
  const lines = [
    `# Decision: ${oneLine(r.question.title)}`,
    '',
    `- Space: ${r.space.name} (${r.space.key})`,
    `- Process: ${r.process}`,
    `- Outcome: **${r.outcome}**${r.winningOption ? ` (${r.winningOption.label})` : ''}`,
    `- Opened by ${r.author.displayName} on ${r.openedAt}; closed ${r.closedAt} (${r.closedBy})`,
    `- Participation: ${r.voteCount} of ${r.eligibleVoterCount} eligible voters (${pct(r.participation)}), quorum ${r.quorumPercent} %`,
    `- Record hash (sha256): \`${hash}\``,
    '',
  ];
  if (r.statement) lines.push('## Statement', '', r.statement, '');
  lines.push(`## Question (version ${r.question.version})`, '', r.question.description || '_(no description)_', '');
  lines.push('## Tally', '', `| Option | Votes${r.process === 'RANKED_CHOICE' ? ' (first preferences) | Final round' : ''} |`, `|---|---${r.process === 'RANKED_CHOICE' ? '|---' : ''}|`);
  for (const t of r.tally) lines.push(`| ${t.label} | ${t.votes}${r.process === 'RANKED_CHOICE' ? ` | ${t.score ?? 0}` : ''} |`);
  lines.push('', '## Votes', '');
  if (!r.votes.length) lines.push('_No votes._');
  for (const v of r.votes) {
    const choice = v.ranking ? v.ranking.map(label).join(' > ') : label(v.optionId);
    lines.push(`- ${v.voter.displayName} (@${v.voter.username}): ${choice}${v.reason ? ` — ${oneLine(v.reason)}` : ''}`);
  }
  lines.push('', '## Arguments', '');
  if (!r.arguments.length) lines.push('_No arguments._');
  for (const a of r.arguments) lines.push(`- **${a.side}** ${a.author.displayName}: ${oneLine(a.body)}`);
  if (dissents.length) {
    lines.push('', '## Minority statements', '');
    for (const d of dissents) lines.push(`- ${d.author} (${d.createdAt}): ${oneLine(d.body)}`);
  }
  return lines.join('\n') + '\n';
}

function csvCell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  // Leading =, +, -, @ would be formulas in a spreadsheet: quote them as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The ballots as CSV (one row per voter). */
export function ballotsCsv(r: DecisionRecordContent): string {
  const label = (id: string | null) => r.options.find((o) => o.id === id)?.label ?? '';
  const rows = [['voter', 'display_name', 'option', 'ranking', 'reason', 'proposal_version', 'cast_at', 'updated_at']];
  for (const v of r.votes) {
    rows.push([
      v.voter.username,
      v.voter.displayName,
      label(v.optionId),
      v.ranking ? v.ranking.map(label).join(' > ') : '',
      v.reason ?? '',
      String(v.proposalVersion),
      v.castAt,
      v.updatedAt,
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RANKED_CHOICE ballots in the BLT format (one seat), null for the other processes. */
export function ballotsBlt(r: DecisionRecordContent): string | null {
  if (r.process !== 'RANKED_CHOICE') return null;
  return toBlt({
    title: r.question.title,
    seats: 1,
    options: r.options.map((o) => ({ id: o.id, label: o.label })),
    rankings: r.votes.map((v) => v.ranking ?? []).filter((ranking) => ranking.length > 0),
  });
}
