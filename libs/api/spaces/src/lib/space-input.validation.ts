import { DomainException } from '@pnyx/api/core/graphql';
import { SPACE_DESCRIPTION_MAX_LENGTH, SPACE_KEY_PATTERN, SPACE_NAME_MAX_LENGTH, SpaceRole, SpaceVisibility } from '@pnyx/shared/contracts';
import type { CreateSpaceInput } from './create-space.input';

export interface ValidSpaceInput {
  key: string;
  name: string;
  description: string | null;
  visibility: SpaceVisibility;
}

/** Checks a new space's fields; throws BAD_USER_INPUT naming the first bad one. */
export function validateCreateSpace(input: CreateSpaceInput): ValidSpaceInput {
  const key = input.key.trim();
  if (!SPACE_KEY_PATTERN.test(key)) throw DomainException.badInput('key', 'key must be 2 to 32 letters, digits or dashes');
  const name = input.name.trim();
  if (name.length < 1 || name.length > SPACE_NAME_MAX_LENGTH) throw DomainException.badInput('name', `name must be 1 to ${SPACE_NAME_MAX_LENGTH} characters`);
  const description = input.description?.trim() || null;
  if (description && description.length > SPACE_DESCRIPTION_MAX_LENGTH) throw DomainException.badInput('description', `description must be at most ${SPACE_DESCRIPTION_MAX_LENGTH} characters`);
  if (!Object.values(SpaceVisibility).includes(input.visibility)) throw DomainException.badInput('visibility', 'visibility must be PUBLIC or PRIVATE');
  return { key, name, description, visibility: input.visibility };
}

export function validateRole(role: string): SpaceRole {
  if (!Object.values(SpaceRole).includes(role as SpaceRole)) throw DomainException.badInput('role', 'role must be OWNER or MEMBER');
  return role as SpaceRole;
}
