import { Role, type SpaceRole, type SpaceVisibility } from '@pnyx/shared/contracts';

export interface PostFacts {
  authorId: string;
  spaceId: string | null;
  replyToId: string | null;
  deletedAt: Date | null;
}

/**
 * Who may do what with micro-posts, as small predicates. `role` is the
 * caller's role in the post's space, or null for a non-member; `roles` the
 * caller's realm roles. The same predicates answer the `can*` fields and guard
 * the mutations.
 */
export const PostsPolicy = {
  /** Posting into a space: any employee in a public space, members in a private one. Without a space: anyone. */
  canPost(visibility: SpaceVisibility | null, role: SpaceRole | null): boolean {
    return visibility === null || visibility === 'PUBLIC' || role !== null;
  },
  /** Editing and deleting: the author, while the post is not deleted. */
  canChange(userId: string, p: PostFacts): boolean {
    return p.authorId === userId && p.deletedAt === null;
  },
  /** Pinning a space's announcement: a manager (realm role) who is a member of the space, for a live top-level post in it. */
  canPin(roles: readonly string[], role: SpaceRole | null, p: PostFacts): boolean {
    return roles.includes(Role.MANAGER) && role !== null && p.spaceId !== null && p.replyToId === null && p.deletedAt === null;
  },
};
