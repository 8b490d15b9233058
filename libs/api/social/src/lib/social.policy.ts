import type { SubjectAccess } from './subject-registry';

/** Comment, reaction and follow rules on top of what the subject's module says (see SubjectRegistry). */
export const SocialPolicy = {
  canViewComments(access: SubjectAccess | null): boolean {
    return access?.canRead === true;
  },
  canComment(access: SubjectAccess | null): boolean {
    return access?.canRead === true && access.canComment;
  },
  canReact(access: SubjectAccess | null): boolean {
    return access?.canRead === true && !access.followOnly;
  },
  /** Whether the subject is one people comment on at all (people and spaces are only followed). */
  takesComments(access: SubjectAccess | null): boolean {
    return access !== null && !access.followOnly;
  },
  canFollow(access: SubjectAccess | null): boolean {
    return access?.canRead === true;
  },
};
