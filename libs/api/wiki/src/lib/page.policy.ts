import { SpacePolicy } from '@pnyx/api/spaces';
import type { SpaceRole, SpaceVisibility } from '@pnyx/shared/contracts';

/**
 * Who may do what with a page, from the space's visibility and the caller's
 * role in it (null: not a member). Pages follow their space.
 */
export const PagePolicy = {
  /** Reading a page, its history, diffs, backlinks and comments. */
  canRead(visibility: SpaceVisibility, role: SpaceRole | null): boolean {
    return SpacePolicy.canRead(visibility, role);
  },
  /** Creating, editing, restoring, moving and labelling pages needs membership. */
  canEdit(role: SpaceRole | null): boolean {
    return SpacePolicy.canContribute(role);
  },
  /** Comments: any reader of a public space, members of a private one. */
  canComment(visibility: SpaceVisibility, role: SpaceRole | null): boolean {
    return SpacePolicy.canParticipate(visibility, role);
  },
  /** Deleting: the space's owners, or a member who created the page. */
  canDelete(role: SpaceRole | null, isCreator: boolean): boolean {
    return role === 'OWNER' || (role === 'MEMBER' && isCreator);
  },
};
