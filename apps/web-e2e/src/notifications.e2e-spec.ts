import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser, graphqlAs } from './support/api';
import { SCREENSHOT_DIR, axeViolations, launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

type Person = 'alice' | 'bob';

/** Also kept together for the person who reviews this journey. */
const NOTIFICATION_SCREENSHOTS = '/tmp/notifications-screenshots';

/**
 * The notifications journey: alice has the app open; bob mentions her in a post (through the
 * API); her bell's badge goes up without a reload, the bell lists "Bob Berger mentioned you …",
 * and clicking it opens the post and marks it read. On /notifications she sees "Today" and
 * marks all read; in the settings she has mentions e-mailed at once, which survives a reload.
 * Then bob comments on alice's long wiki page: her COMMENT notification opens the page
 * scrolled to that comment.
 */
describe('notifications journey', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let alice: Page;
  /** The GraphQL subscriptions alice's page asked for (WebSocket frames sent). */
  const sentFrames: string[] = [];
  const problems = pageProblems();
  let postId = '';
  let spaceKey = '';
  let pageSlug = '';
  let commentId = '';

  /** A GraphQL call as `username` (the demo users' password is their username). */
  const graphql = <T>(username: Person, query: string, variables: Record<string, unknown> = {}) => graphqlAs<T>(server.baseUrl, username, query, variables);

  async function open(who: Person): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await watchPage(page, problems, who);
    page.on('websocket', (socket) => socket.on('framesent', (frame) => sentFrames.push(String(frame.payload))));
    await page.goto(server.baseUrl);
    await page.locator('#username').waitFor();
    await page.fill('#username', who);
    await page.fill('#password', who);
    await page.click('#kc-login');
    await page.waitForURL(`${server.baseUrl}/`);
    return page;
  }

  function listening(): boolean {
    return sentFrames.some((frame) => frame.includes('"subscribe"') && frame.includes('notificationAdded'));
  }

  /** The number on alice's badge (no badge: 0). */
  async function badge(): Promise<number> {
    const element = alice.getByTestId('notification-badge');
    if (!(await element.count())) return 0;
    const text = (await element.innerText()).trim();
    return text === '99+' ? 100 : Number(text);
  }

  async function shot(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    mkdirSync(NOTIFICATION_SCREENSHOTS, { recursive: true });
    copyFileSync(join(SCREENSHOT_DIR, `${name}.png`), join(NOTIFICATION_SCREENSHOTS, `${name}.png`));
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

  it('alice is signed in with her bell in the top bar, listening', async () => {
    alice = await open('alice');
    await alice.getByTestId('notification-bell').waitFor();
    await expect.poll(() => listening()).toBe(true);
    expect(await alice.getByTestId('notification-bell').getAttribute('aria-label')).toMatch(/^Notifications/);
  });

  it('bob mentions alice: her badge goes up by one without a reload', async () => {
    const before = await badge();
    const created = await graphql<{ createPost: { id: string } }>('bob', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
      input: { body: 'Hallo @alice, kurze Frage' },
    });
    postId = created.createPost.id;
    await expect.poll(() => badge()).toBe(before + 1);
    expect(await alice.getByTestId('notification-bell').getAttribute('aria-label')).toContain(`${before + 1} unread`);
  });

  it('the bell lists “Bob Berger mentioned you …”; clicking it opens the post and marks it read', async () => {
    const before = await badge();
    await alice.getByTestId('notification-bell').click();
    const item = alice.getByTestId('bell-item').filter({ hasText: 'Bob Berger mentioned you' }).first();
    await item.waitFor();
    expect(await item.innerText()).toContain('Hallo @alice, kurze Frage');
    expect(await item.getAttribute('data-read')).toBe('false');
    await shot(alice, 'notifications-01-bell-open');
    expect(await axeViolations(alice)).toEqual([]);

    await item.click();
    await alice.waitForURL(`${server.baseUrl}/posts/${postId}`);
    await alice.getByTestId('thread-post').getByText('kurze Frage').waitFor();
    await expect.poll(() => badge()).toBe(before - 1);
  });

  it('/notifications groups them under “Today”; alice marks all read', async () => {
    // Another one, so that there is something to mark.
    await graphql('bob', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { body: '@alice noch eine Frage' } });
    await expect.poll(() => badge()).toBeGreaterThan(0);
    await alice.goto(`${server.baseUrl}/notifications`);
    await alice.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const today = alice.getByTestId('notification-day').first();
    await today.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    await today.getByTestId('notification').filter({ hasText: 'Bob Berger mentioned you' }).first().waitFor();
    expect(await alice.locator('[data-testid="notification"][data-read="false"]').count()).toBeGreaterThan(0);
    await shot(alice, 'notifications-02-list');
    expect(await axeViolations(alice)).toEqual([]);

    await alice.getByTestId('mark-all-read').click();
    await alice.getByText('All notifications are marked read.').waitFor();
    await expect.poll(() => alice.locator('[data-testid="notification"][data-read="false"]').count()).toBe(0);
    await expect.poll(() => badge()).toBe(0);
    const unread = await graphql<{ notifications: { unreadCount: number } }>('alice', '{ notifications(first: 1) { unreadCount } }');
    expect(unread.notifications.unreadCount).toBe(0);

    // The filter: nothing unread now.
    await alice.getByTestId('unread-only').getByRole('switch').click();
    await alice.getByText('No unread notifications.').waitFor();
  });

  it('in the settings alice has mentions e-mailed at once; it is still so after a reload', async () => {
    await alice.getByTestId('settings-link').click();
    await alice.waitForURL(`${server.baseUrl}/notifications/settings`);
    const mention = alice.locator('[data-testid="preference"][data-kind="MENTION"]');
    await mention.waitFor();
    await mention.getByTestId('email').click();
    await alice.getByRole('option', { name: 'At once' }).click();
    await alice.getByText('Saved.').waitFor();
    await shot(alice, 'notifications-03-settings');
    expect(await axeViolations(alice)).toEqual([]);

    await alice.reload();
    await expect.poll(() => alice.locator('[data-testid="preference"][data-kind="MENTION"]').getByTestId('email').innerText()).toContain('At once');
    const settings = await graphql<{ notificationSettings: { preferences: { kind: string; email: string }[] } }>(
      'alice',
      '{ notificationSettings { preferences { kind email } } }',
    );
    expect(settings.notificationSettings.preferences.find((p) => p.kind === 'MENTION')?.email).toBe('IMMEDIATE');
  });

  it('bob comments on alice’s long wiki page; her notification opens the page at that comment', async () => {
    spaceKey = `NOTE${Date.now().toString(36).toUpperCase()}`.slice(0, 10);
    const space = await graphql<{ createSpace: { id: string } }>('alice', 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { key: spaceKey, name: `Rota ${spaceKey}`, visibility: 'PUBLIC', description: 'Shift rota.' },
    });
    const body = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}: who covers which shift, and when the handover is.`).join('\n\n');
    const page = await graphql<{ createPage: { id: string; slug: string } }>('alice', 'mutation($input: CreatePageInput!) { createPage(input: $input) { id slug } }', {
      input: { spaceId: space.createSpace.id, title: 'Shift rota', body },
    });
    pageSlug = page.createPage.slug;
    const before = await badge();
    const comment = await graphql<{ addComment: { id: string } }>('bob', 'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }', {
      input: { subjectId: page.createPage.id, body: 'Ich übernehme die Frühschicht am Montag.' },
    });
    commentId = comment.addComment.id;
    await expect.poll(() => badge()).toBe(before + 1);

    await alice.getByTestId('notification-bell').click();
    const item = alice.getByTestId('bell-item').filter({ hasText: 'Bob Berger commented on “Shift rota”' }).first();
    await item.waitFor();
    await item.click();
    await alice.waitForURL(`${server.baseUrl}/s/${spaceKey}/${pageSlug}#comment-${commentId}`);
    const target = alice.locator(`[id="comment-${commentId}"]`);
    await target.getByText('Frühschicht').waitFor();
    await expect.poll(() => target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    // It is far down the page: the page scrolled to it.
    expect(await alice.evaluate(() => document.querySelector('.mat-drawer-content')?.scrollTop ?? window.scrollY)).toBeGreaterThan(300);
    await shot(alice, 'notifications-04-comment-deep-link');
  });

  it('left no page errors or content-security-policy violations', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
