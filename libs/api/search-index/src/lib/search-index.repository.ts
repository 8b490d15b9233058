import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { readableSpacesSql } from '@pnyx/api/spaces';

export interface IndexedDocument {
  subjectType: string;
  subjectId: string;
  spaceId: string | null;
  authorId: string | null;
  draftOf: string | null;
  title: string;
  body: string;
  path: string;
  occurredAt: Date;
}

export interface SearchCriteria {
  viewerId: string;
  query: string;
  /** Node types to search (Page, BlogPost, Post, Proposal). */
  types: readonly string[];
  spaceIds: readonly string[] | null;
  authorId: string | null;
  from: Date | null;
  to: Date | null;
  sort: 'RELEVANCE' | 'DATE';
  /** Also titles within a small typo of the words (plain-word queries only). */
  fuzzy: boolean;
  limit: number;
  offset: number;
}

export interface SearchRow {
  subjectType: string;
  subjectId: string;
  score: number;
  snippet: string;
  total: number;
}

export interface SuggestionRow {
  kind: string;
  id: string;
  title: string;
  subtitle: string | null;
  path: string;
}

/**
 * How close a title must come to a plain-word query to count as a typo of it
 * (word similarity; the trigram index finds candidates from 0.6): "Quartalsbericth"
 * → "Quartalsbericht 2026" is 0.81, two words with one typo 0.79, a title
 * sharing only one of two words about 0.65 (not a match).
 */
export const TYPO_SIMILARITY = 0.75;

/** English and German stems, the title weighted over the body. */
const TSV = `setweight(to_tsvector('english', CAST(:title AS text)), 'A') || setweight(to_tsvector('german', CAST(:title AS text)), 'A')
  || setweight(to_tsvector('english', CAST(:body AS text)), 'B') || setweight(to_tsvector('german', CAST(:body AS text)), 'B')`;

/** "The viewer may find document `d`": not someone else's draft, and in a space they may read (or none). */
const findableSql = `(d.draft_of IS NULL OR d.draft_of = :viewerId) AND (d.space_id IS NULL OR ${readableSpacesSql('d.space_id')})`;

const HEADLINE_OPTIONS = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

@Injectable()
export class SearchIndexRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Serialises the indexing of one subject, so the last to index it read its latest state. */
  async lockSubject(tx: Tx, subjectType: string, subjectId: string): Promise<void> {
    await namedQuery(tx, `SELECT pg_advisory_xact_lock(7240010, hashtext(CAST(:key AS text)))`, { key: `${subjectType}:${subjectId}` });
  }

  async upsert(tx: Tx, doc: IndexedDocument): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO search_document AS d (subject_type, subject_id, space_id, author_id, draft_of, title, body, path, tsv, occurred_at, indexed_at)
       VALUES (:subjectType, :subjectId, :spaceId, :authorId, :draftOf, :title, :body, :path, ${TSV}, :occurredAt, now())
       ON CONFLICT (subject_type, subject_id) DO UPDATE SET space_id = EXCLUDED.space_id, author_id = EXCLUDED.author_id,
         draft_of = EXCLUDED.draft_of, title = EXCLUDED.title, body = EXCLUDED.body, path = EXCLUDED.path, tsv = EXCLUDED.tsv,
         occurred_at = EXCLUDED.occurred_at, indexed_at = now()`,
      { ...doc },
    );
  }

  async remove(tx: Tx, subjectType: string, subjectId: string): Promise<void> {
    await namedQuery(
      tx,
      'WITH gone AS (DELETE FROM search_document WHERE subject_type = :subjectType AND subject_id = :subjectId RETURNING subject_id) SELECT subject_id FROM gone',
      { subjectType, subjectId },
    );
  }

  /**
   * One page of hits the viewer may find, with the total, in one statement:
   * permissions and filters inside the query. The search words are written
   * into the WHERE (not a CTE), so the planner sees them and picks the text
   * index; the matches carry only ids, date and score, and the text for the
   * snippets is read for the page's rows alone.
   */
  search(c: SearchCriteria): Promise<SearchRow[]> {
    const tsq = `(websearch_to_tsquery('english', CAST(:query AS text)) || websearch_to_tsquery('german', CAST(:query AS text)))`;
    const relevance = c.sort === 'RELEVANCE';
    const where = [
      `(d.tsv @@ ${tsq}${c.fuzzy ? ` OR (lower(CAST(:query AS text)) <% lower(d.title) AND word_similarity(lower(CAST(:query AS text)), lower(d.title)) >= ${TYPO_SIMILARITY})` : ''})`,
      findableSql,
      c.types.length < 4 ? 'd.subject_type = ANY(CAST(:types AS text[]))' : 'TRUE',
      c.spaceIds ? 'd.space_id = ANY(CAST(:spaceIds AS uuid[]))' : 'TRUE',
      c.authorId ? 'd.author_id = CAST(:authorId AS uuid)' : 'TRUE',
      c.from ? 'd.occurred_at >= CAST(:from AS timestamptz)' : 'TRUE',
      c.to ? 'd.occurred_at < CAST(:to AS timestamptz)' : 'TRUE',
    ].join(' AND ');
    // Ordering by date needs no score.
    const score = relevance ? `ts_rank_cd(d.tsv, ${tsq}, 32)${c.fuzzy ? ' + 0.1 * word_similarity(lower(CAST(:query AS text)), lower(d.title))' : ''}` : '0';
    const order = (a: string) => (relevance ? `${a}.score DESC, ${a}.occurred_at DESC, ${a}.subject_id` : `${a}.occurred_at DESC, ${a}.subject_id`);
    const de = `websearch_to_tsquery('german', CAST(:query AS text))`;
    const en = `websearch_to_tsquery('english', CAST(:query AS text))`;
    return namedQuery(
      this.tx.reader,
      `WITH hits AS MATERIALIZED (
         SELECT d.subject_type, d.subject_id, d.occurred_at, ${score} AS score FROM search_document d WHERE ${where}
       ), page AS (
         SELECT h.* FROM hits h ORDER BY ${order('h')} LIMIT :limit OFFSET :offset
       )
       SELECT p.subject_type AS "subjectType", p.subject_id AS "subjectId", p.score::float8 AS score,
              (SELECT count(*) FROM hits)::int AS total,
              CASE WHEN d.tsv @@ ${de} THEN ts_headline('german', d.body, ${de}, ${HEADLINE_OPTIONS})
                   ELSE ts_headline('english', d.body, ${en}, ${HEADLINE_OPTIONS}) END AS snippet
         FROM page p JOIN search_document d ON d.subject_type = p.subject_type AND d.subject_id = p.subject_id
        ORDER BY ${order('p')}`,
      { ...c },
    );
  }

  /**
   * Up to `limit` of each kind the viewer may find, for the search box while
   * typing: titles containing the text or within a small typo of it, people
   * by name, spaces by name or key.
   */
  suggest(viewerId: string, query: string, limit: number): Promise<SuggestionRow[]> {
    return namedQuery(
      this.tx.reader,
      `WITH q AS (SELECT lower(CAST(:query AS text)) AS lq, '%' || replace(replace(replace(lower(CAST(:query AS text)), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern)
       (SELECT d.subject_type AS kind, d.subject_id::text AS id, d.title, NULL AS subtitle, d.path
          FROM search_document d, q
         WHERE (lower(d.title) LIKE q.pattern OR q.lq <% lower(d.title)) AND ${findableSql}
         ORDER BY word_similarity(q.lq, lower(d.title)) DESC, d.occurred_at DESC LIMIT :limit)
       UNION ALL
       (SELECT 'User', u.id::text, u.display_name, u.username, '/people/' || u.username
          FROM app_user u, q
         WHERE lower(u.username) LIKE q.pattern OR lower(u.display_name) LIKE q.pattern OR q.lq <% lower(u.display_name)
         ORDER BY word_similarity(q.lq, lower(u.display_name)) DESC, u.username LIMIT :limit)
       UNION ALL
       (SELECT 'Space', s.id::text, s.name, s.key, '/s/' || s.key
          FROM space s, q
         WHERE (lower(s.name) LIKE q.pattern OR lower(s.key) LIKE q.pattern OR q.lq <% lower(s.name)) AND ${readableSpacesSql('s.id')}
         ORDER BY word_similarity(q.lq, lower(s.name)) DESC, s.key LIMIT :limit)`,
      { viewerId, query, limit },
    );
  }
}

