import { currentRequestId } from '@pnyx/api/core/observability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from '../support/page-factories';
import { startTestApi, type TestApi } from '../support/test-api';

describe('wiki: html of old versions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('renders every version listed, resolving their links in one query for the whole response', async () => {
    const target = await buildPage(api, { title: 'Glossary' });
    let page = await buildPage(api, { space: target.space, body: 'v1 see [[Glossary]]' });
    const token = await api.token('alice');
    for (let v = 2; v <= 5; v++) {
      const saved = await api.gql<{ updatePage: { version: number } }>(
        token,
        'mutation($input: UpdatePageInput!) { updatePage(input: $input) { version } }',
        { input: { id: page.id, baseVersion: page.version, body: `v${v} see [[Glossary]] and [[Missing ${v}]]` } },
      );
      page = { ...page, version: saved.data?.updatePage.version ?? 0 };
    }

    const lookups: string[] = [];
    const source = api.dataSource as unknown as { logger: typeof api.dataSource.logger };
    const logger = source.logger;
    // This request's statements only: background work (consumers, jobs) runs outside any request context.
    source.logger = { ...logger, logQuery: (query: string) => void (query.includes('page_slug ps') && currentRequestId() !== undefined && lookups.push(query)) };
    let result;
    try {
      result = await api.gql<{ page: { revisions: { version: number; html: string }[] } }>(
        token,
        'query($id: ID!) { page(id: $id) { revisions { version html } } }',
        { id: page.id },
      );
    } finally {
      source.logger = logger;
    }
    const revisions = result.data?.page.revisions ?? [];
    expect(revisions.map((r) => r.version)).toEqual([5, 4, 3, 2, 1]);
    for (const revision of revisions) {
      expect(revision.html).toContain(`v${revision.version} see`);
      expect(revision.html).toContain(`href="/s/${target.space.key}/glossary"`);
    }
    expect(revisions[0].html).toContain('wiki-link-missing');
    expect(lookups).toHaveLength(1);
  });
});
