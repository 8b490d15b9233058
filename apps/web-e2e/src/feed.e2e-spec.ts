import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser, graphqlAs } from './support/api';
import { SCREENSHOT_DIR, axeViolations, launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

type Person = 'alice' | 'bob';

/** Also kept together for the person who reviews this journey. */
const FEED_SCREENSHOTS = '/tmp/feed-screenshots';

/**
 * The home feed journey: alice has the feed open (Everything); bob posts to everyone,
 * mentioning alice and tagging #Übergabe; alice's feed shows "1 new post" without a reload,
 * and the post at the top once she clicks it. She opens it, replies and reacts 👍; bob sees
 * both. alice follows bob on his profile, and the Following tab lists his post.
 */
describe('feed journey', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<Person, Page>;
  /** The GraphQL subscriptions each person's page asked for (WebSocket frames sent). */
  const sentFrames = { alice: [] as string[], bob: [] as string[] };
  const problems = pageProblems();
  const text = 'Hallo @alice, schau mal #Übergabe';
  const reply = 'Danke @bob, schaue ich mir an.';
  let postUrl = '';

  /** A GraphQL call as `username` (the demo users' password is their username). */
  const graphql = <T>(username: Person, query: string, variables: Record<string, unknown> = {}) => graphqlAs<T>(server.baseUrl, username, query, variables);

  async function open(who: Person): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await watchPage(page, problems, who);
    page.on('websocket', (socket) => socket.on('framesent', (frame) => sentFrames[who].push(String(frame.payload))));
    await page.goto(server.baseUrl);
    await page.locator('#username').waitFor();
    await page.fill('#username', who);
    await page.fill('#password', who);
    await page.click('#kc-login');
    // The home screen is the feed.
    await page.waitForURL(`${server.baseUrl}/`);
    pages[who] = page;
    return page;
  }

  /** Whether `who`'s page subscribed to new feed items with `following`. */
  function listening(who: Person, following: boolean, since = 0): boolean {
    return sentFrames[who].slice(since).some((frame) => frame.includes('"subscribe"') && frame.includes('feedItemAdded') && frame.includes(`"following":${following}`));
  }

  /** The shell scrolls inside its content area: grow the window to the content for a picture of the whole screen. */
  async function shot(page: Page, name: string, whole = true): Promise<void> {
    const size = page.viewportSize();
    const height = await page.evaluate(() => {
      const content = document.querySelector('.mat-drawer-content');
      return content ? content.scrollHeight + 64 : document.body.scrollHeight;
    });
    if (whole && size && height > size.height) await page.setViewportSize({ width: size.width, height: Math.min(height, 4000) });
    await screenshot(page, name);
    if (size) await page.setViewportSize(size);
    mkdirSync(FEED_SCREENSHOTS, { recursive: true });
    copyFileSync(join(SCREENSHOT_DIR, `${name}.png`), join(FEED_SCREENSHOTS, `${name}.png`));
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    // alice must be known to the API for bob's @mention to resolve.
    for (const who of ['alice', 'bob'] as const) await introduceUser(server.baseUrl, who);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('alice lands on the home feed and opens Everything', async () => {
    const alice = await open('alice');
    const nav = alice.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').first().innerText()).toContain('Home');
    expect(await nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    await alice.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await alice.getByTestId('tab-everything').click();
    await alice.waitForURL(`${server.baseUrl}/?tab=everything`);
    await expect.poll(() => alice.getByTestId('tab-everything').getAttribute('aria-selected')).toBe('true');
    await alice.getByTestId('composer').waitFor();
    await expect.poll(() => listening('alice', false)).toBe(true);
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('bob posts to everyone from his feed; his post is at the top at once', async () => {
    const bob = await open('bob');
    await bob.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await expect.poll(() => listening('bob', false)).toBe(true);
    await bob.getByTestId('composer').fill(text);
    await bob.getByTestId('composer-submit').click();
    await bob.getByText('Posted.').waitFor();
    const first = bob.getByTestId('feed').locator('pnyx-feed-item-card').first();
    await expect.poll(() => first.innerText()).toContain('schau mal');
    expect(await bob.getByTestId('feed-banner').count()).toBe(0);
  });

  it('alice’s open feed shows “1 new post”; clicking it puts the post at the top', async () => {
    const alice = pages.alice;
    const banner = alice.getByTestId('feed-banner');
    await banner.waitFor();
    expect((await banner.innerText()).trim()).toContain('1 new post');
    await shot(alice, 'feed-01-everything-with-banner', false);
    expect(await axeViolations(alice)).toEqual([]);

    await banner.click();
    const first = alice.getByTestId('feed').locator('pnyx-feed-item-card').first();
    await expect.poll(() => first.innerText()).toContain('schau mal');
    await banner.waitFor({ state: 'detached' });
    expect(await first.getAttribute('data-kind')).toBe('POST_CREATED');
    await first.getByText('posted').waitFor();
    expect(await first.getByTestId('feed-actor').getAttribute('href')).toBe('/people/bob');
    expect(await first.getByRole('link', { name: '@alice' }).getAttribute('href')).toBe('/posts/people/alice');
    expect(await first.getByRole('link', { name: '#Übergabe' }).getAttribute('href')).toBe(`/posts/tags/${encodeURIComponent('übergabe')}`);
    await shot(alice, 'feed-02-everything');
  });

  it('alice opens the post, replies and reacts 👍', async () => {
    const alice = pages.alice;
    await alice.getByTestId('feed').locator('pnyx-feed-item-card', { hasText: 'schau mal' }).getByTestId('open-thread').click();
    await alice.waitForURL(/\/posts\/[^/]+$/);
    postUrl = alice.url();
    const thread = alice.getByTestId('thread-post');
    await thread.getByText('schau mal').waitFor();

    const like = thread.locator('button[data-emoji="👍"]');
    await like.click();
    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => like.innerText()).toContain('1');

    await alice.getByTestId('reply').fill(reply);
    await alice.getByTestId('reply-submit').click();
    await alice.getByText('Your reply was posted.').waitFor();
    await alice.getByTestId('replies').getByText('schaue ich mir an').waitFor();
  });

  it('bob’s view of the post shows the reply and the reaction', async () => {
    const bob = pages.bob;
    await bob.goto(postUrl);
    const thread = bob.getByTestId('thread-post');
    await thread.getByText('schau mal').waitFor();
    const like = thread.locator('button[data-emoji="👍"]');
    await expect.poll(() => like.innerText()).toContain('1');
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    await bob.getByTestId('replies').getByText('schaue ich mir an').waitFor();
  });

  it('alice follows bob on his profile', async () => {
    const alice = pages.alice;
    await alice.goto(`${server.baseUrl}/`);
    await alice.getByTestId('feed').locator('pnyx-feed-item-card', { hasText: 'schau mal' }).getByTestId('feed-actor').click();
    await alice.waitForURL(`${server.baseUrl}/people/bob`);
    await alice.getByRole('heading', { level: 1, name: /bob/i }).waitFor();
    await alice.getByText('@bob').first().waitFor();
    await alice.getByTestId('profile-posts').getByText('schau mal').waitFor();
    expect(await alice.getByTestId('follower-count').innerText()).toBe('0 followers');
    await alice.getByTestId('follow').click();
    await alice.getByTestId('unfollow').waitFor();
    await expect.poll(() => alice.getByTestId('follower-count').innerText()).toBe('1 follower');
    await shot(alice, 'feed-03-profile');
    expect(await axeViolations(alice)).toEqual([]);

    // Her own profile has no Follow button.
    await alice.goto(`${server.baseUrl}/people/alice`);
    await alice.getByText('This is you').waitFor();
    expect(await alice.getByTestId('follow').count()).toBe(0);
  });

  it('the Following tab lists bob’s post', async () => {
    const alice = pages.alice;
    await alice.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
    await alice.waitForURL(`${server.baseUrl}/`);
    await alice.getByTestId('tab-following').click();
    await alice.waitForURL(`${server.baseUrl}/?tab=following`);
    await alice.getByTestId('feed').locator('pnyx-feed-item-card', { hasText: 'schau mal' }).waitFor();
    await expect.poll(() => listening('alice', true)).toBe(true);
    await shot(alice, 'feed-04-following');
    expect(await axeViolations(alice)).toEqual([]);
    // Reloading keeps the tab.
    await alice.reload();
    await alice.getByTestId('feed').locator('pnyx-feed-item-card', { hasText: 'schau mal' }).waitFor();
    await expect.poll(() => alice.getByTestId('tab-following').getAttribute('aria-selected')).toBe('true');
  });

  it('alice follows the hashtag #Übergabe on its page, and bob’s space on its page', async () => {
    const alice = pages.alice;
    await alice.goto(`${server.baseUrl}/posts/tags/${encodeURIComponent('übergabe')}`);
    await alice.getByTestId('follow-hashtag').click();
    await alice.getByTestId('unfollow-hashtag').waitFor();
    const followed = await graphql<{ followedHashtags: string[] }>('alice', '{ followedHashtags }');
    expect(followed.followedHashtags).toContain('übergabe');
    await alice.getByTestId('unfollow-hashtag').click();
    await alice.getByTestId('follow-hashtag').waitFor();

    const key = `FEED-${Date.now().toString(36).toUpperCase()}`;
    await graphql('bob', 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { key, name: `Handover ${key}`, visibility: 'PUBLIC', description: 'Shift handovers.' },
    });
    await alice.goto(`${server.baseUrl}/s/${key}`);
    await alice.getByTestId('follow-space').click();
    await alice.getByTestId('unfollow-space').waitFor();
    const space = await graphql<{ space: { followedByMe: boolean } }>('alice', 'query($key: String!) { space(key: $key) { followedByMe } }', { key });
    expect(space.space.followedByMe).toBe(true);
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('speaks German too, and counts two new posts as two', async () => {
    const bob = pages.bob;
    await bob.locator('pnyx-language-switch [data-language="de"] button').click();
    const since = sentFrames.bob.length;
    await bob.goto(`${server.baseUrl}/?tab=everything`);
    await bob.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
    await bob.getByTestId('tab-following').getByText('Gefolgt').waitFor();
    await bob.getByTestId('tab-everything').getByText('Alles').waitFor();
    await bob.getByTestId('feed').getByText('hat einen Beitrag geschrieben').first().waitFor();
    await expect.poll(() => listening('bob', false, since)).toBe(true);
    for (const body of ['Übergabe um 14 Uhr', 'Protokoll folgt']) {
      await graphql('alice', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { body } });
    }
    const banner = bob.getByTestId('feed-banner');
    await expect.poll(async () => ((await banner.count()) ? banner.innerText() : '')).toContain('2 neue Beiträge');
    await shot(bob, 'feed-05-german-banner', false);
    expect(await axeViolations(bob)).toEqual([]);
    await banner.click();
    await expect.poll(() => bob.getByTestId('feed').locator('pnyx-feed-item-card').first().innerText()).toContain('Protokoll folgt');
    await bob.locator('pnyx-language-switch [data-language="en"] button').click();
  });

  it('leads home to the feed: the logo, and the way out of a page that does not exist', async () => {
    const alice = pages.alice;
    await alice.goto(`${server.baseUrl}/no-such-place`);
    await alice.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await alice.locator('pnyx-top-bar a.brand').getAttribute('href')).toBe('/');
    await alice.getByRole('link', { name: 'Go to the home feed' }).click();
    await alice.waitForURL(`${server.baseUrl}/`);
    await alice.getByTestId('feed').locator('pnyx-feed-item-card').first().waitFor();
  });

  it('left no page errors or content-security-policy violations', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
