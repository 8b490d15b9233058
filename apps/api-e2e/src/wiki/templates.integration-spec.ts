import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, uniqueKey } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const TEMPLATES = 'query($key: String!) { templates(spaceKey: $key) { title labels isTemplate author { username } body } }';

describe('default templates', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('gives every new space "Meeting notes", "Decision record" and "How-to", written by its creator, at once', async () => {
    const space = await buildSpace(api, { owner: 'carol', visibility: 'PRIVATE' });
    const result = await api.gql<{ templates: { title: string; labels: string[]; isTemplate: boolean; author: { username: string }; body: string }[] }>(
      await api.token('carol'),
      TEMPLATES,
      { key: space.key },
    );
    expect(result.data?.templates.map((t) => [t.title, t.labels, t.isTemplate, t.author.username])).toEqual([
      ['Decision record', ['decision'], true, 'carol'],
      ['How-to', ['how-to'], true, 'carol'],
      ['Meeting notes', ['meeting-notes'], true, 'carol'],
    ]);
    expect(result.data?.templates[2].body).toContain('## Action items');
    // Templates live in their own area, not in the page tree.
    const tree = await api.gql(await api.token('carol'), 'query($key: String!) { space(key: $key) { rootPages { title } } }', { key: space.key });
    expect(tree.data).toEqual({ space: { rootPages: [] } });
  });

  it('starts a page from a default template', async () => {
    const space = await buildSpace(api, { owner: 'alice' });
    const token = await api.token('alice');
    const list = await api.gql<{ templates: { id: string; title: string }[] }>(token, 'query($key: String!) { templates(spaceKey: $key) { id title } }', { key: space.key });
    const meeting = list.data?.templates.find((t) => t.title === 'Meeting notes');
    const created = await api.gql<{ createPage: { body: string; labels: string[] } }>(
      token,
      'mutation($input: CreatePageInput!) { createPage(input: $input) { body labels } }',
      { input: { spaceId: space.id, title: 'Weekly 48', body: '', templateId: meeting?.id } },
    );
    expect(created.data?.createPage.body).toContain('## Action items');
    expect(created.data?.createPage.labels).toEqual(['meeting-notes']);
  });

  it('creates no space without its templates, and no templates without their space', async () => {
    const key = uniqueKey();
    await buildSpace(api, { key });
    const duplicate = await api.gql(await api.token('bob'), 'mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id } }', {
      i: { key, name: 'Duplicate', visibility: 'PUBLIC' },
    });
    expect(errorOf(duplicate).code).toBe('CONFLICT');
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM page p JOIN space s ON s.id = p.space_id WHERE lower(s.key) = lower($1) AND p.is_template`,
      [key],
    );
    expect(count).toBe(3);
  });
});
