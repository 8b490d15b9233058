import type { SpaceRole } from '@pnyx/shared/contracts';

export interface BlogPostFacts {
  authorId: string;
  status: 'DRAFT' | 'PUBLISHED';
}

/**
 * Who may do what with blog posts, as small predicates. `role` is the caller's
 * role in the post's space (null: not a member). The same predicates answer the
 * `can*` fields and guard the mutations.
 */
export const BlogPolicy = {
  /** Writing into a space's blog takes membership; a personal post (no space) anyone may write. */
  canWrite(inSpace: boolean, role: SpaceRole | null): boolean {
    return !inSpace || role !== null;
  },
  /** Editing: the author only. */
  canEdit(userId: string, p: BlogPostFacts): boolean {
    return p.authorId === userId;
  },
  /** Publishing: the author, once. */
  canPublish(userId: string, p: BlogPostFacts): boolean {
    return p.authorId === userId && p.status === 'DRAFT';
  },
  /** A draft is its author's only; a published post is read as its space allows. */
  canSeeDraft(userId: string, p: BlogPostFacts): boolean {
    return p.status === 'PUBLISHED' || p.authorId === userId;
  },
};
