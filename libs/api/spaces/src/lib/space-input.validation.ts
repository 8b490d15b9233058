import { DomainException } from '@pnyx/api/core/graphql';
import { SpaceRole, SpaceVisibility } from '@pnyx/shared/contracts';
import type { CreateSpaceInput } from './create-space.input';

export const SPACE_KEY = /^[A-Za-z0-9-]{2,32}$/;

export interface ValidSpaceInput {
  key: string;
  name: string;
  description: string | null;
  visibility: SpaceVisibility;
}

/** Checks a new space's fields; throws BAD_USER_INPUT naming the first bad one. */
export function validateCreateSpace(input: CreateSpaceInput): ValidSpaceInput {
  const key = input.key.trim();
  if (!SPACE_KEY.test(key)) throw DomainException.badInput('key', 'key must be 2 to 32 letters, digits or dashes');
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw DomainException.badInput('name', 'name must be 1 to 100 characters');
  const description = input.description?.trim() || null;
  if (description && description.length > 2000) throw DomainException.badInput('description', 'description must be at most 2000 characters');
  if (!Object.values(SpaceVisibility).includes(input.visibility)) throw DomainException.badInput('visibility', 'visibility must be PUBLIC or PRIVATE');
  return { key, name, description, visibility: input.visibility };
}

export function validateRole(role: string): SpaceRole {
  if (!Object.values(SpaceRole).includes(role as SpaceRole)) throw DomainException.badInput('role', 'role must be OWNER or MEMBER');
  return role as SpaceRole;
}
