import { Injectable } from '@nestjs/common';
import type { VerifiedClaims, UserSync } from '@pnyx/api/core/auth';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { rolesFromRealmRoles } from '@pnyx/shared/contracts';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

const CACHE_MS = 60_000;

function toAuthUser(row: UserEntity): AuthUser {
  return {
    id: row.id,
    subject: row.subject,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    roles: row.roles,
  };
}

/** Keeps the user table in step with the identity provider, one write per change. */
@Injectable()
export class IdentityService implements UserSync {
  private readonly seen = new Map<string, { fingerprint: string; user: AuthUser; at: number }>();

  constructor(private readonly users: UserRepository) {}

  async fromClaims(claims: VerifiedClaims): Promise<AuthUser> {
    const profile = {
      subject: claims.sub,
      username: claims.username,
      displayName: claims.displayName,
      email: claims.email,
      roles: rolesFromRealmRoles(claims.realmRoles),
    };
    const fingerprint = JSON.stringify(profile);
    const cached = this.seen.get(claims.sub);
    const now = Date.now();
    if (cached && cached.fingerprint === fingerprint && now - cached.at < CACHE_MS) return cached.user;
    const user = toAuthUser(await this.users.upsert(profile));
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.set(claims.sub, { fingerprint, user, at: now });
    return user;
  }
}
