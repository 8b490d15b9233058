import type { Browser, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser, graphqlAs } from './support/api';
import { launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

const WAIT = { timeout: 30_000, interval: 100 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What the route saw of one createPost request from the page. */
interface Seen {
  key: string | undefined;
  status: number;
  replayed: string | undefined;
  body: string;
}

/**
 * A mutation whose answer is lost is sent again with the same Idempotency-Key
 * and written once: alice posts from the home feed; the first createPost
 * request reaches the API (route.fetch) and commits, but the page gets a
 * connection reset instead of the answer. The app cannot know whether the
 * post was made, so it sends the same request with the same key; the API
 * answers with the first answer again (Idempotency-Replayed: true), the post
 * shows once, and the API has exactly one post with that text.
 */
describe('retry journey', () => {
  let server: TestServer;
  let browser: Browser;
  let alice: Page;
  const problems = pageProblems();
  const seen: Seen[] = [];
  const text = `Einmal, auch wenn die Antwort verloren geht ${Date.now()}`;

  const isCreatePost = (request: Request) => request.method() === 'POST' && (request.postData() ?? '').includes('"operationName":"PostsCreatePost"');

  /** The first createPost reaches the API, its answer does not reach the page; later ones pass both ways. */
  async function loseFirstAnswer(route: Route): Promise<void> {
    const request = route.request();
    if (!isCreatePost(request)) return route.fallback();
    const response = await route.fetch();
    seen.push({
      key: request.headers()['idempotency-key'],
      status: response.status(),
      replayed: response.headers()['idempotency-replayed'],
      body: await response.text(),
    });
    if (seen.length === 1) return route.abort('connectionreset');
    return route.fulfill({ response });
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    await introduceUser(server.baseUrl, 'alice');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    alice = await context.newPage();
    alice.setDefaultTimeout(15_000);
    await watchPage(alice, problems, 'alice');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('alice signs in and has the home feed with its composer', async () => {
    await alice.goto(server.baseUrl);
    await alice.locator('#username').waitFor();
    await alice.fill('#username', 'alice');
    await alice.fill('#password', 'alice');
    await alice.click('#kc-login');
    await alice.waitForURL(`${server.baseUrl}/`);
    await alice.getByTestId('tab-everything').click();
    await alice.waitForURL(`${server.baseUrl}/?tab=everything`);
    await alice.getByTestId('composer').waitFor();
  });

  it('her post’s answer is lost; the app sends it again with the same key and shows the replayed answer, once', async () => {
    await alice.route('**/graphql', loseFirstAnswer);
    await alice.getByTestId('composer').fill(text);
    await alice.getByTestId('composer-submit').click();
    await alice.getByText('Posted.').waitFor({ timeout: WAIT.timeout });

    expect(seen).toHaveLength(2);
    const [first, retry] = seen as [Seen, Seen];
    expect(first.key).toMatch(UUID);
    expect(retry.key).toBe(first.key);
    // The first request ran (and was answered, to nobody); the retry got that answer again, not a second post.
    expect(first.status).toBe(200);
    expect(first.replayed).toBeUndefined();
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBe('true');
    expect(retry.body).toBe(first.body);
    const id = (JSON.parse(first.body) as { data: { createPost: { id: string } } }).data.createPost.id;

    const cards = alice.getByTestId('feed').locator('pnyx-feed-item-card', { hasText: text });
    await expect.poll(() => cards.count(), WAIT).toBe(1);

    const me = await graphqlAs<{ me: { id: string } }>(server.baseUrl, 'alice', '{ me { id } }');
    const posts = await graphqlAs<{ postsBy: { nodes: { id: string; body: string }[] } }>(
      server.baseUrl,
      'alice',
      'query($userId: ID!) { postsBy(userId: $userId, first: 50) { nodes { id body } } }',
      { userId: me.me.id },
    );
    expect(posts.postsBy.nodes.filter((post) => post.body === text).map((post) => post.id)).toEqual([id]);

    // Still once on screen after the API was asked, and no error was shown.
    expect(await cards.count()).toBe(1);
    expect(await alice.locator('mat-snack-bar-container', { hasText: 'Posted.' }).count()).toBe(1);
    expect(seen).toHaveLength(2);
    await screenshot(alice, 'retry-01-posted-once-after-lost-answer');
    // The lost answer is the only thing Chromium complains about.
    expect(problems.errors.filter((line) => !line.includes('net::ERR_CONNECTION_RESET'))).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
});
