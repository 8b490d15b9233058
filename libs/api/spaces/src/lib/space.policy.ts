import type { SpaceRole, SpaceVisibility } from '@pnyx/shared/contracts';

/**
 * The visibility rules of DESIGN.md, as small predicates. `role` is the
 * caller's membership role in the space, or null for a non-member.
 */
export const SpacePolicy = {
  /** PUBLIC: every employee; PRIVATE: members only. */
  canRead(visibility: SpaceVisibility, role: SpaceRole | null): boolean {
    return visibility === 'PUBLIC' || role !== null;
  },
  /** Micro-posts and comments: any reader of a public space, members of a private one. */
  canParticipate(visibility: SpaceVisibility, role: SpaceRole | null): boolean {
    return SpacePolicy.canRead(visibility, role);
  },
  /** Pages and proposals need membership. */
  canContribute(role: SpaceRole | null): boolean {
    return role !== null;
  },
  canManageMembers(role: SpaceRole | null): boolean {
    return role === 'OWNER';
  },
};
