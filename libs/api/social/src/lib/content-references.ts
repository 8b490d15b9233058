import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { readableSpacesSql } from '@pnyx/api/spaces';
import { decodeId } from '@pnyx/shared/contracts';

/** Web paths of content that can be linked to, and the node type behind each. */
const LINKABLE: Readonly<Record<string, string>> = { decisions: 'Proposal' };
const LINK = /\/(decisions)\/([A-Za-z0-9_-]{8,200})/g;
/** At most this many distinct references are kept per source. */
export const MAX_REFERENCES = 100;

export interface ReferenceTarget {
  type: string;
  id: string;
}

/** Links to other content in Markdown: `[text](/decisions/<id>)`, a full URL to it, or the bare path. */
export function extractReferences(markdown: string): ReferenceTarget[] {
  const found = new Map<string, ReferenceTarget>();
  for (const match of markdown.matchAll(LINK)) {
    const decoded = decodeId(match[2]);
    if (!decoded || decoded.type !== LINKABLE[match[1]]) continue;
    found.set(`${decoded.type}:${decoded.id}`, decoded);
    if (found.size >= MAX_REFERENCES) break;
  }
  return [...found.values()];
}

/** Whether the text could hold a reference (cheap test before any SQL). */
export function mayReference(markdown: string): boolean {
  return Object.keys(LINKABLE).some((path) => markdown.includes(`/${path}/`));
}

export interface ReferenceSource {
  type: string;
  id: string;
  spaceId: string | null;
  title: string;
  path: string;
}

@ObjectType('ContentLink', { description: 'A piece of content that links here' })
export class ContentLinkModel {
  @Field(() => String, { description: 'Page, Post or BlogPost' })
  type!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Where the web app shows it' })
  path!: string;

  targetId!: string;
}

/** The links between content domains, kept by the source on each save and read by the target. */
@Injectable()
export class ContentReferences {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Replaces what `source` links to with the links found in `markdown`, in one
   * statement. `previousMarkdown` (when known) lets a save that links to
   * nothing, and linked to nothing before, send no statement at all.
   */
  async replace(tx: Tx, source: ReferenceSource, markdown: string, previousMarkdown?: string | null): Promise<void> {
    const targets = extractReferences(markdown);
    if (!targets.length && typeof previousMarkdown === 'string' && !mayReference(previousMarkdown)) return;
    await namedQuery(
      tx,
      // Rows kept are upserted, not deleted and inserted again: in one statement the insert would still see the deleted row's key.
      `WITH t AS (SELECT * FROM unnest(CAST(:types AS text[]), CAST(:ids AS uuid[])) AS t(type, id)),
            gone AS (DELETE FROM content_reference r WHERE r.source_type = :type AND r.source_id = :id
                        AND NOT EXISTS (SELECT 1 FROM t WHERE t.type = r.target_type AND t.id = r.target_id))
       INSERT INTO content_reference (source_type, source_id, target_type, target_id, space_id, source_title, source_path)
       SELECT :type, :id, t.type, t.id, :spaceId, :title, :path FROM t
       ON CONFLICT (source_type, source_id, target_type, target_id)
       DO UPDATE SET space_id = EXCLUDED.space_id, source_title = EXCLUDED.source_title, source_path = EXCLUDED.source_path`,
      { ...source, types: targets.map((t) => t.type), ids: targets.map((t) => t.id) },
    );
  }

  remove(tx: Tx, sourceType: string, sourceId: string): Promise<unknown> {
    return namedQuery(tx, `DELETE FROM content_reference WHERE source_type = :sourceType AND source_id = :sourceId`, { sourceType, sourceId });
  }

  /** What links to these targets, from spaces the viewer may read, by title (at most 100 per target). */
  async linksTo(viewerId: string, targetType: string, targetIds: readonly string[]): Promise<ContentLinkModel[]> {
    const rows = await namedQuery<{ targetId: string; type: string; title: string; path: string }>(
      this.tx.reader,
      `SELECT r.target_id AS "targetId", r.source_type AS type, r.source_title AS title, r.source_path AS path
         FROM unnest(CAST(:ids AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT * FROM content_reference r
           WHERE r.target_type = :targetType AND r.target_id = k.id AND (r.space_id IS NULL OR ${readableSpacesSql('r.space_id')})
           ORDER BY lower(r.source_title), r.source_id LIMIT 100) r`,
      { ids: [...targetIds], targetType, viewerId },
    );
    return rows.map((r) => Object.assign(new ContentLinkModel(), r));
  }
}
