import { Role, type SpaceRole } from '@pnyx/shared/contracts';

/** The role of people who follow every open decision (Keycloak realm role `manager`). */
export const MANAGER_ROLE = Role.MANAGER;

export interface ProposalFacts {
  authorId: string;
  status: string;
  process: string;
  hideTally: boolean;
}

/**
 * Who may do what with proposals, as small predicates. `role` is the caller's
 * role in the proposal's space, or null for a non-member. The same predicates
 * answer the `can*` fields the web reads and guard the mutations.
 */
export const DecisionsPolicy = {
  /** Opening a proposal needs membership (pages and proposals need it; DESIGN.md). */
  canPropose(role: SpaceRole | null): boolean {
    return role !== null;
  },
  isManager(roles: readonly string[]): boolean {
    return roles.includes(MANAGER_ROLE);
  },
  /**
   * Closing early: the author; for any process but ADVICE also an owner of
   * the space or a manager who is a member. ADVICE: only the author decides.
   */
  closerKind(userId: string, roles: readonly string[], role: SpaceRole | null, p: ProposalFacts): 'author' | 'owner' | 'manager' | null {
    if (p.authorId === userId) return 'author';
    if (p.process === 'ADVICE') return null;
    if (role === 'OWNER') return 'owner';
    if (role !== null && DecisionsPolicy.isManager(roles)) return 'manager';
    return null;
  },
  canClose(userId: string, roles: readonly string[], role: SpaceRole | null, p: ProposalFacts): boolean {
    return p.status === 'OPEN' && DecisionsPolicy.closerKind(userId, roles, role, p) !== null;
  },
  /** Withdraw, amend, extend, set the review date: the author. */
  canChange(userId: string, p: ProposalFacts): boolean {
    return p.authorId === userId;
  },
  /** Counts per option are shown unless the author hid them until close. */
  canSeeTally(p: ProposalFacts): boolean {
    return !p.hideTally || p.status !== 'OPEN';
  },
  /** Nudging non-voters: a manager who can read the proposal, while it is open. */
  canNudge(roles: readonly string[], p: ProposalFacts): boolean {
    return p.status === 'OPEN' && DecisionsPolicy.isManager(roles);
  },
  /** A minority statement: a voter whose vote dissented (object, oppose, or no in a majority vote). */
  canDissent(optionCode: string | null | undefined): boolean {
    return optionCode === 'object' || optionCode === 'oppose' || optionCode === 'no';
  },
};
