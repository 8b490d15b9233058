import { randomBytes } from 'node:crypto';
import type { TestApi } from './test-api';

export interface BuiltSpace {
  id: string;
  key: string;
  name: string;
  visibility: 'PUBLIC' | 'PRIVATE';
}

export function uniqueKey(prefix = 'T'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** A space created through the API by `owner`, with `members` added. */
export async function buildSpace(
  api: TestApi,
  overrides: Partial<{ owner: string; key: string; name: string; visibility: 'PUBLIC' | 'PRIVATE'; description: string; members: string[] }> = {},
): Promise<BuiltSpace> {
  const owner = overrides.owner ?? 'alice';
  const token = await api.token(owner);
  const input = {
    key: overrides.key ?? uniqueKey(),
    name: overrides.name ?? 'Test space',
    description: overrides.description ?? null,
    visibility: overrides.visibility ?? 'PUBLIC',
  };
  const created = await api.gql<{ createSpace: BuiltSpace }>(
    token,
    'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id key name visibility } }',
    { input },
  );
  if (!created.data?.createSpace) throw new Error(`createSpace failed: ${JSON.stringify(created.errors)}`);
  for (const username of overrides.members ?? []) {
    const added = await api.gql(token, 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', {
      input: { spaceId: created.data.createSpace.id, username, role: 'MEMBER' },
    });
    if (added.errors) throw new Error(`addSpaceMember failed: ${JSON.stringify(added.errors)}`);
  }
  return created.data.createSpace;
}
