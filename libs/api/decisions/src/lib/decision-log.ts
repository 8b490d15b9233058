import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { keysetQuery, type KeysetSpec } from '@pnyx/api/core/graphql';
import { readableSpacesSql } from '@pnyx/api/spaces';
import { encodeId } from '@pnyx/shared/contracts';
import { proposalColumns } from './proposal-sql';
import type { ProposalEntity } from './proposal.entity';

const OPEN_KEYSET: KeysetSpec = {
  columns: [
    { sql: 'p.closes_at', type: 'timestamptz' },
    { sql: 'p.id', type: 'uuid' },
  ],
  direction: 'ASC',
};

/** At most this many decisions in one Markdown log (the newest). */
export const MAX_LOG_ENTRIES = 1_000;

interface LogEntry {
  id: string;
  title: string;
  process: string;
  outcome: string;
  statement: string | null;
  closedAt: Date;
  hash: string;
  voteCount: number;
  eligible: number;
}

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** A space's decisions: the open list and the decision log (a list, and Markdown for the export and the wiki page). */
@Injectable()
export class DecisionLog {
  constructor(private readonly tx: TransactionRunner) {}

  openIn(viewerId: string, spaceId: string, first: number | null | undefined, after: string | null | undefined) {
    const page = keysetQuery(OPEN_KEYSET, first, after);
    return {
      page,
      rows: namedQuery<ProposalEntity>(
        this.tx.reader,
        `SELECT ${proposalColumns('p')} FROM proposal p
          WHERE p.space_id = :spaceId AND p.status = 'OPEN' AND ${readableSpacesSql('p.space_id')} AND ${page.where}
          ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
        { spaceId, viewerId, ...page.params },
      ),
    };
  }

  /** The log as Markdown; the caller has checked the space is readable. */
  async markdown(spaceId: string, spaceName: string, spaceKey: string, publicUrl = '', tx: Tx = this.tx.reader): Promise<string> {
    const rows = await namedQuery<LogEntry>(
      tx,
      `SELECT p.id, p.title, p.process, p.outcome, p.outcome_statement AS statement, p.closed_at AS "closedAt", r.hash,
              jsonb_array_length(r.content->'votes') AS "voteCount", p.eligible_voter_count AS eligible
         FROM proposal p JOIN decision_record r ON r.proposal_id = p.id
        WHERE p.space_id = :spaceId AND p.status = 'CLOSED'
        ORDER BY p.closed_at DESC, p.id DESC LIMIT :limit`,
      { spaceId, limit: MAX_LOG_ENTRIES },
    );
    const lines = [
      `# Decision log: ${spaceName}`,
      '',
      `Every closed proposal of the space ${spaceKey}, newest first. Kept up to date by Pnyx; each record is immutable and its hash is in the audit log.`,
      '',
    ];
    if (!rows.length) lines.push('_No decisions yet._');
    else {
      lines.push('| Closed | Decision | Process | Outcome | Votes | Statement | Record |', '|---|---|---|---|---|---|---|');
      for (const r of rows) {
        const link = `${publicUrl}/decisions/${encodeId('Proposal', r.id)}`;
        lines.push(
          `| ${r.closedAt.toISOString().slice(0, 10)} | [${cell(r.title)}](${link}) | ${r.process} | ${r.outcome} | ${r.voteCount} of ${r.eligible} | ${cell(r.statement ?? '')} | \`${r.hash.slice(0, 12)}\` |`,
        );
      }
    }
    return lines.join('\n') + '\n';
  }
}
