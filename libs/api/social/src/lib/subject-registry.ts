import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { decodeId } from '@pnyx/shared/contracts';
import { SocialException } from './social.exception';

/** What a user may do with one subject, as its owning module decides. */
export interface SubjectAccess {
  /** The subject's space (comments are stored with it); null outside spaces. */
  spaceId: string | null;
  canRead: boolean;
  canComment: boolean;
  /** Only followed (people, spaces): comments and reactions on it answer NOT_FOUND, as for anything that takes none. */
  followOnly?: boolean;
}

/** Null: the subject does not exist (or is gone). */
export type SubjectAccessResolver = (user: AuthUser, id: string, tx: Tx) => Promise<SubjectAccess | null>;

export interface ResolvedSubject {
  type: string;
  id: string;
  access: SubjectAccess;
}

/**
 * How social learns about content without importing it: each content module
 * registers its commentable / followable types in `onModuleInit`.
 */
@Injectable()
export class SubjectRegistry {
  private readonly resolvers = new Map<string, SubjectAccessResolver>();

  register(type: string, resolver: SubjectAccessResolver): void {
    this.resolvers.set(type, resolver);
  }

  /** Resolves the type's access rule directly (for stored subjects, e.g. a comment's). */
  async accessOf(user: AuthUser, type: string, id: string, tx: Tx): Promise<SubjectAccess | null> {
    const resolve = this.resolvers.get(type);
    return resolve ? resolve(user, id, tx) : null;
  }

  /** The readable subject behind a global id, or NOT_FOUND naming `field` (hidden looks like missing). */
  async requireReadable(user: AuthUser, globalId: string, tx: Tx, field = 'subjectId'): Promise<ResolvedSubject> {
    const decoded = decodeId(globalId);
    const access = decoded ? await this.accessOf(user, decoded.type, decoded.id, tx) : null;
    if (!decoded || !access?.canRead) throw SocialException.subjectNotFound(field);
    return { type: decoded.type, id: decoded.id, access };
  }
}
