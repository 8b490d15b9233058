import type { SpaceRole } from '@pnyx/shared/contracts';

/** Who may do what, as small predicates. `role` is the caller's role in the space, or null for a non-member. */
export const BlogPolicy = {
  canContribute(role: SpaceRole | null): boolean {
    return role !== null;
  },
  canManage(role: SpaceRole | null): boolean {
    return role === 'OWNER';
  },
};
