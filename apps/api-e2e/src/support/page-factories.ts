import { randomBytes } from 'node:crypto';
import { buildSpace, type BuiltSpace } from './factories';
import type { TestApi } from './test-api';

export interface BuiltPage {
  id: string;
  title: string;
  slug: string;
  version: number;
  body: string;
  html: string;
  space: BuiltSpace;
}

export const PAGE_FIELDS = 'id title slug version body html';

export function uniqueTitle(prefix = 'Page'): string {
  return `${prefix} ${randomBytes(3).toString('hex')}`;
}

/** A page created through the API by `author` (default alice), in `space` or in a new space she owns. */
export async function buildPage(
  api: TestApi,
  overrides: Partial<{ space: BuiltSpace; author: string; parentId: string; title: string; body: string; labels: string[]; isTemplate: boolean; visibility: 'PUBLIC' | 'PRIVATE'; members: string[] }> = {},
): Promise<BuiltPage> {
  const author = overrides.author ?? 'alice';
  const space = overrides.space ?? (await buildSpace(api, { owner: author, visibility: overrides.visibility, members: overrides.members }));
  const input = {
    spaceId: space.id,
    parentId: overrides.parentId ?? null,
    title: overrides.title ?? uniqueTitle(),
    body: overrides.body ?? 'Some **text**.',
    labels: overrides.labels ?? null,
    isTemplate: overrides.isTemplate ?? null,
  };
  const created = await api.gql<{ createPage: Omit<BuiltPage, 'space'> }>(
    await api.token(author),
    `mutation($input: CreatePageInput!) { createPage(input: $input) { ${PAGE_FIELDS} } }`,
    { input },
  );
  if (!created.data?.createPage) throw new Error(`createPage failed: ${JSON.stringify(created.errors)}`);
  return { ...created.data.createPage, space };
}

/** Saves a new version on top of `baseVersion`; returns the raw result. */
export async function savePage(api: TestApi, username: string, id: string, baseVersion: number, changes: Record<string, unknown>) {
  return api.gql<{ updatePage: { id: string; version: number; title: string; body: string; html: string } }>(
    await api.token(username),
    'mutation($input: UpdatePageInput!) { updatePage(input: $input) { id version title body html } }',
    { input: { id, baseVersion, ...changes } },
  );
}
