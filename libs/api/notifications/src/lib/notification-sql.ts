import { readableSpacesForColumnSql, readableSpacesSql } from '@pnyx/api/spaces';

/**
 * What a notification is about, as one SQL row (`id`, `space_id`, `path`,
 * `title`, `owner_id`): no row — deleted, a blog draft, a proposal no longer
 * open — means no notification. Global ids for paths are bound by the caller
 * (`:subjectGid`, `:targetGid`).
 */
export interface SubjectSql {
  type: string;
  sql: string;
}

/** The start of a post, on one line. */
const excerpt = (column: string) => `left(regexp_replace(${column}, '\\s+', ' ', 'g'), 100)`;

export const postSubject: SubjectSql = {
  type: 'Post',
  sql: `SELECT p.id, p.space_id, '/posts/' || :subjectGid AS path, ${excerpt('p.body')} AS title, p.author_id AS owner_id
          FROM post p WHERE p.id = :subjectId AND p.deleted_at IS NULL`,
};

/** `anchor`: '#vote' or ''. `where`: more conditions on `pr`. */
export const proposalSubject = (anchor: '' | '#vote', where = 'TRUE'): SubjectSql => ({
  type: 'Proposal',
  sql: `SELECT pr.id, pr.space_id, '/decisions/' || :subjectGid || '${anchor}' AS path, pr.title, pr.author_id AS owner_id
          FROM proposal pr WHERE pr.id = :subjectId AND ${where}`,
});

export const pageSubject: SubjectSql = {
  type: 'Page',
  sql: `SELECT pg.id, pg.space_id, '/s/' || sp.key || '/' || pg.slug AS path, pg.title, pg.created_by AS owner_id
          FROM page pg JOIN space sp ON sp.id = pg.space_id WHERE pg.id = :subjectId AND pg.deleted_at IS NULL`,
};

/**
 * A comment (`:subjectId`) on a page, post, blog post or proposal
 * (`:targetGid` is that one's global id); `owner_id` is its author — whom a
 * COMMENT notifies. A comment on a draft or on something deleted finds no row.
 */
const commentOn: Record<string, string> = {
  Page: `SELECT c.id, pg.space_id, '/s/' || sp.key || '/' || pg.slug || '#comment-' || :subjectGid AS path, pg.title, pg.created_by AS owner_id
           FROM comment c JOIN page pg ON pg.id = c.subject_id AND pg.deleted_at IS NULL JOIN space sp ON sp.id = pg.space_id
          WHERE c.id = :subjectId AND c.subject_type = 'Page'`,
  Post: `SELECT c.id, p.space_id, '/posts/' || :targetGid || '#comment-' || :subjectGid AS path, ${excerpt('p.body')} AS title, p.author_id AS owner_id
           FROM comment c JOIN post p ON p.id = c.subject_id AND p.deleted_at IS NULL
          WHERE c.id = :subjectId AND c.subject_type = 'Post'`,
  BlogPost: `SELECT c.id, b.space_id, '/blog/' || :targetGid || '#comment-' || :subjectGid AS path, b.title, b.author_id AS owner_id
           FROM comment c JOIN blog_post b ON b.id = c.subject_id AND b.status = 'PUBLISHED'
          WHERE c.id = :subjectId AND c.subject_type = 'BlogPost'`,
  Proposal: `SELECT c.id, pr.space_id, '/decisions/' || :targetGid || '#comment-' || :subjectGid AS path, pr.title, pr.author_id AS owner_id
           FROM comment c JOIN proposal pr ON pr.id = c.subject_id
          WHERE c.id = :subjectId AND c.subject_type = 'Proposal'`,
};

export function commentSubject(targetType: string): SubjectSql | null {
  const sql = commentOn[targetType];
  return sql ? { type: 'Comment', sql } : null;
}

/** Who gets it: SQL selecting `user_id` (it may read the `subject` row). */
export const Recipients = {
  /** `:userIds`, except the author of the post replied to (`:replyToId`), who gets the REPLY instead. */
  listed: `SELECT unnest(CAST(:userIds AS uuid[])) AS user_id
           EXCEPT SELECT author_id FROM post WHERE id = CAST(:replyToId AS uuid)`,
  authorOfReplyTo: `SELECT author_id AS user_id FROM post WHERE id = CAST(:replyToId AS uuid) AND deleted_at IS NULL`,
  owner: `SELECT owner_id AS user_id FROM subject`,
  /** The eligible voters, without the advisors (`:userIds`), who are asked for advice instead. */
  votersExceptAdvisors: `SELECT user_id FROM proposal_voter WHERE proposal_id = :subjectId AND user_id <> ALL(CAST(:userIds AS uuid[]))`,
  nonVoters: `SELECT v.user_id FROM proposal_voter v
               WHERE v.proposal_id = :subjectId AND NOT EXISTS (SELECT 1 FROM vote x WHERE x.proposal_id = v.proposal_id AND x.voter_id = v.user_id)`,
  votersAndFollowers: `SELECT voter_id AS user_id FROM vote WHERE proposal_id = :subjectId
                       UNION SELECT user_id FROM follow WHERE subject_type = 'Proposal' AND subject_id = :subjectId`,
  pageWatchers: `SELECT user_id FROM follow WHERE subject_type = 'Page' AND subject_id = :subjectId`,
} as const;

/**
 * Writes one notification per recipient of `recipients` about `subject`, in
 * one statement whatever their number: never to the actor, never to someone
 * who cannot read the subject's space (a subject outside spaces is for every
 * employee), never twice for the same recipient and dedupe key; as the
 * recipient's preference for the kind says (in the app, by e-mail, or not at all).
 */
export function insertNotificationsSql(subject: SubjectSql, recipients: string): string {
  return `WITH subject AS (${subject.sql}), recipients AS (${recipients})
    INSERT INTO notification (recipient_id, kind, actor_id, subject_type, subject_id, space_id, path, title, dedupe_key, created_at, in_app, email)
    SELECT DISTINCT r.user_id, :kind, CAST(:actorId AS uuid), '${subject.type}', s.id, s.space_id, s.path, s.title, :dedupeKey, CAST(:createdAt AS timestamptz),
           coalesce(np.in_app, CAST(:defaultInApp AS boolean)), coalesce(np.email, CAST(:defaultEmail AS text))
      FROM subject s CROSS JOIN recipients r
      LEFT JOIN notification_preference np ON np.user_id = r.user_id AND np.kind = :kind
     WHERE r.user_id IS NOT NULL AND r.user_id IS DISTINCT FROM CAST(:actorId AS uuid)
       AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = r.user_id)
       AND (s.space_id IS NULL OR ${readableSpacesForColumnSql('s.space_id', 'r.user_id')})
       AND (coalesce(np.in_app, CAST(:defaultInApp AS boolean)) OR coalesce(np.email, CAST(:defaultEmail AS text)) <> 'OFF')
    ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
    RETURNING id, recipient_id AS "recipientId", in_app AS "inApp", email`;
}

/** The columns of `notification` under `alias`, named as NotificationEntity's properties. */
export const notificationColumns = (a: string) =>
  `${a}.id, ${a}.kind, ${a}.actor_id AS "actorId", ${a}.subject_type AS "subjectType", ${a}.subject_id AS "subjectId",
   ${a}.path, ${a}.title, ${a}.read_at AS "readAt", ${a}.created_at AS "createdAt"`;

/** The notifications `:recipientId` may still see: about nothing in a space, or in a space they may read now. */
export const stillVisibleSql = (a: string) => `(${a}.space_id IS NULL OR ${readableSpacesSql(`${a}.space_id`, 'recipientId')})`;
