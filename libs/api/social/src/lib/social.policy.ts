import type { SubjectAccess } from './subject-registry';

/** Comment and follow rules on top of what the subject's module says (see SubjectRegistry). */
export const SocialPolicy = {
  canViewComments(access: SubjectAccess | null): boolean {
    return access?.canRead === true;
  },
  canComment(access: SubjectAccess | null): boolean {
    return access?.canRead === true && access.canComment;
  },
  canFollow(access: SubjectAccess | null): boolean {
    return access?.canRead === true;
  },
};
