import { decodeId } from '@pnyx/shared/contracts';
import { DomainException } from './domain.exception';
import type { AuthUser, GraphqlContext } from './graphql-context';

/**
 * The uuid behind a global id of `type`, or the error `notFound(field)` (a
 * malformed id looks like a missing thing, so ids reveal nothing).
 */
export function uuidOf(globalId: string, type: string, field: string, notFound: (field: string) => Error): string {
  const decoded = decodeId(globalId);
  if (!decoded || decoded.type !== type) throw notFound(field);
  return decoded.id;
}

/** A keyset position given as the global id of the last item seen (`after`), or null. */
export function afterUuid(globalId: string | null | undefined, type: string): string | null {
  if (globalId === null || globalId === undefined) return null;
  const decoded = decodeId(globalId);
  if (!decoded || decoded.type !== type) throw DomainException.badInput('after', `after must be the id of a ${type}`);
  return decoded.id;
}

/** A version number (1 or more), or BAD_USER_INPUT naming `field`. */
export function validateVersion(version: number, field: string): number {
  if (!Number.isInteger(version) || version < 1) throw DomainException.badInput(field, `${field} must be a version number (1 or more)`);
  return version;
}

/** The signed-in caller of a field resolver (operations are guarded; this is the type-safe read). */
export function viewer(ctx: GraphqlContext): AuthUser {
  const user = ctx.req.user;
  if (!user) throw DomainException.unauthenticated();
  return user;
}
