import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const ME = '{ me { username } }';

describe('blog', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const result = await api.gql(null, ME);
    expect(errorOf(result).code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('answers a signed-in user', async () => {
    const result = await api.gql(await api.token('alice'), ME);
    expect(result.data).toEqual({ me: { username: 'alice' } });
  });
});
