import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser, graphqlAs } from './support/api';
import { SCREENSHOT_DIR, axeViolations, launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

type Person = 'alice' | 'bob';

/** Also kept together for the person who reviews this journey. */
const BLOG_SCREENSHOTS = '/tmp/blog-screenshots';

/**
 * The blog journey: alice writes a draft with a tag; it is under her drafts and nowhere
 * in bob's blog list. She publishes it; bob finds it in /blog, opens it, reacts 🎉 and
 * comments. alice edits it and its versions list shows two, the older one's text opens.
 * An edit from a stale version is refused and the editor says so. alice publishes into
 * her space's blog from the space page; the post heads everyone's list.
 */
describe('blog journey', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<Person, Page>;
  const problems = pageProblems();
  const suffix = randomBytes(3).toString('hex');
  const title = `Quarter close notes ${suffix}`;
  const body = 'The **quarter close** went well.\n\n- reconciliations done\n- audit trail intact';
  let postUrl = '';

  /** A GraphQL call as `username` (the demo users' password is their username). */
  const graphql = <T>(username: Person, query: string, variables: Record<string, unknown> = {}) => graphqlAs<T>(server.baseUrl, username, query, variables);

  async function open(who: Person): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await watchPage(page, problems, who);
    await page.goto(server.baseUrl);
    await page.locator('#username').waitFor();
    await page.fill('#username', who);
    await page.fill('#password', who);
    await page.click('#kc-login');
    await page.waitForURL(`${server.baseUrl}/`); // the home feed
    pages[who] = page;
    return page;
  }

  /** The shell scrolls inside its content area: grow the window to the content for a picture of the whole screen. */
  async function shot(page: Page, name: string): Promise<void> {
    const size = page.viewportSize();
    const height = await page.evaluate(() => {
      const content = document.querySelector('.mat-drawer-content');
      return content ? content.scrollHeight + 64 : document.body.scrollHeight;
    });
    if (size && height > size.height) await page.setViewportSize({ width: size.width, height: Math.min(height, 4000) });
    await screenshot(page, name);
    if (size) await page.setViewportSize(size);
    mkdirSync(BLOG_SCREENSHOTS, { recursive: true });
    copyFileSync(join(SCREENSHOT_DIR, `${name}.png`), join(BLOG_SCREENSHOTS, `${name}.png`));
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    for (const who of ['alice', 'bob'] as const) await introduceUser(server.baseUrl, who);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('alice finds the blog in the side navigation and saves a draft with a tag', async () => {
    const alice = await open('alice');
    await alice.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Blogs' }).click();
    await alice.waitForURL(`${server.baseUrl}/blog`);
    await alice.getByRole('heading', { level: 1, name: 'Blog' }).waitFor();
    await alice.getByTestId('write-post').click();
    await alice.waitForURL(`${server.baseUrl}/blog/new`);
    await alice.getByRole('heading', { level: 1, name: 'Write a blog post' }).waitFor();

    // Without a title the form says so and sends nothing.
    await alice.getByTestId('editor-save').click();
    expect(await alice.getByTestId('title-error').innerText()).toBe('Give the post a title.');

    await alice.getByTestId('editor-title').fill(title);
    await alice.getByTestId('editor-body').fill(body);
    const tags = alice.getByTestId('editor-tags');
    await tags.fill('Finance');
    await tags.press('Enter');
    await alice.locator('mat-chip-row[data-tag="finance"]').waitFor();
    await shot(alice, 'blog-01-new');
    expect(await axeViolations(alice)).toEqual([]);

    await alice.getByTestId('editor-save').click();
    await alice.getByText('Draft saved.').waitFor();
    await alice.waitForURL(/\/blog\/[^/]+\/edit$/);
    postUrl = alice.url().replace(/\/edit$/, '');
    await alice.getByRole('tab', { name: 'Preview' }).click();
    await alice.getByTestId('editor-preview').locator('strong', { hasText: 'quarter close' }).waitFor();
  });

  it('the draft is under alice’s drafts and not in the blog bob reads', async () => {
    const alice = pages.alice;
    await alice.goto(`${server.baseUrl}/blog`);
    await alice.getByTestId('tab-drafts').click();
    await alice.waitForURL(`${server.baseUrl}/blog/drafts`);
    const card = alice.getByTestId('blog-drafts').locator('pnyx-blog-card', { hasText: title });
    await card.waitFor();
    await card.getByText('Draft').waitFor();
    await card.getByText('#finance').waitFor();

    const bob = await open('bob');
    await bob.goto(`${server.baseUrl}/blog`);
    await bob.getByTestId('blog-posts-empty').waitFor();
    expect(await bob.getByText(title).count()).toBe(0);
    await bob.goto(postUrl);
    await bob.getByRole('heading', { name: 'Blog post not found' }).waitFor();
  });

  it('alice publishes the draft from its page', async () => {
    const alice = pages.alice;
    await alice.getByTestId('blog-drafts').locator('pnyx-blog-card', { hasText: title }).getByTestId('open-post').click();
    await alice.waitForURL(postUrl);
    await alice.getByRole('heading', { level: 1, name: title }).waitFor();
    await alice.getByTestId('draft-badge').waitFor();
    await alice.getByTestId('publish-post').click();
    await alice.getByText('The blog post is published.').waitFor();
    await alice.getByText(/^Published /).waitFor();
    expect(await alice.getByTestId('publish-post').count()).toBe(0);
    expect(await alice.getByTestId('draft-badge').count()).toBe(0);
  });

  it('bob finds it in /blog, opens it, reacts 🎉 and comments', async () => {
    const bob = pages.bob;
    await bob.goto(`${server.baseUrl}/blog`);
    const card = bob.getByTestId('blog-posts').locator('pnyx-blog-card', { hasText: title });
    await card.waitFor();
    await card.getByTestId('open-post').click();
    await bob.waitForURL(postUrl);
    await bob.getByRole('heading', { level: 1, name: title }).waitFor();
    await bob.getByTestId('post-body').locator('li', { hasText: 'reconciliations done' }).waitFor();
    expect(await bob.getByTestId('post-author').getAttribute('href')).toBe('/posts/people/alice');
    await bob.getByTestId('post-tags').getByText('#finance').waitFor();
    expect(await bob.getByTestId('edit-post').count()).toBe(0);

    const party = bob.locator('button[data-emoji="🎉"]');
    expect(await party.getAttribute('aria-pressed')).toBe('false');
    await party.click();
    await expect.poll(() => party.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => party.innerText()).toContain('1');

    await bob.getByTestId('comment-body').fill('Great summary, thanks!');
    await bob.getByTestId('comment-submit').click();
    await bob.getByText('Your comment was added.').waitFor();
    await bob.getByTestId('comments').getByText('Great summary, thanks!').waitFor();
    expect(await bob.getByTestId('comment-body').inputValue()).toBe('');
    await shot(bob, 'blog-02-post');
    expect(await axeViolations(bob)).toEqual([]);

    await bob.reload();
    await expect.poll(() => bob.locator('button[data-emoji="🎉"]').getAttribute('aria-pressed')).toBe('true');
    await bob.getByTestId('comments').getByText('Great summary, thanks!').waitFor();
  });

  it('alice edits the post; its versions list shows two and opens the older text', async () => {
    const alice = pages.alice;
    await alice.goto(postUrl);
    await alice.getByTestId('edit-post').click();
    await alice.waitForURL(`${postUrl}/edit`);
    const field = alice.getByTestId('editor-body');
    await expect.poll(() => field.inputValue()).toBe(body);
    await field.fill(`${body}\n- next close in January`);
    await alice.getByTestId('editor-save').click();
    await alice.getByText('The blog post was saved.').waitFor();
    await alice.waitForURL(postUrl);
    await alice.getByTestId('post-body').getByText('next close in January').waitFor();
    await alice.getByText('Great summary, thanks!').waitFor();

    await alice.getByTestId('toggle-versions').click();
    const versions = alice.getByTestId('versions').locator('li');
    await expect.poll(() => versions.count()).toBe(2);
    expect(await versions.nth(0).getAttribute('data-version')).toBe('2');
    expect(await versions.nth(1).innerText()).toContain('Alice');
    await versions.nth(1).getByRole('button', { name: 'Version 1' }).click();
    const old = alice.getByTestId('version-text');
    await old.waitFor();
    expect(await old.locator('pre').innerText()).toBe(body);
    await shot(alice, 'blog-03-versions');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('an edit from a stale version shows the conflict', async () => {
    const alice = pages.alice;
    await alice.getByTestId('edit-post').click();
    await alice.waitForURL(`${postUrl}/edit`);
    const field = alice.getByTestId('editor-body');
    await expect.poll(() => field.inputValue()).toContain('next close in January');
    // Meanwhile the post moves on (another tab of hers).
    const id = decodeURIComponent(postUrl.split('/').pop() ?? '');
    await graphql('alice', 'mutation($input: UpdateBlogPostInput!) { updateBlogPost(input: $input) { version } }', {
      input: { id, baseVersion: 2, title: `${title} (revised)` },
    });
    await field.fill(`${body}\n- edited in a stale tab`);
    await alice.getByTestId('editor-save').click();
    const conflict = alice.getByTestId('editor-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Someone saved this post in between.');
    expect(await conflict.innerText()).toContain('it is now at version 3, your edit started from version 2');
    await shot(alice, 'blog-04-conflict');
  });

  it('alice publishes straight into her space’s blog, reached from the space page', async () => {
    const alice = pages.alice;
    const key = `BLOG-${suffix.toUpperCase()}`;
    await graphql('alice', 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { key, name: `Treasury ${suffix}`, visibility: 'PUBLIC', description: 'Treasury team.' },
    });
    await alice.goto(`${server.baseUrl}/s/${key}`);
    await alice.getByTestId('space-blog').click();
    await alice.waitForURL(`${server.baseUrl}/s/${key}/blog`);
    await alice.getByRole('heading', { level: 1, name: `Blog of Treasury ${suffix}` }).waitFor();
    await alice.getByTestId('space-blog-empty').waitFor();
    await alice.getByTestId('write-post').click();
    await alice.waitForURL(`${server.baseUrl}/s/${key}/blog/new`);
    await expect.poll(() => alice.getByTestId('editor-space').innerText()).toBe(`Treasury ${suffix}`);
    await alice.getByTestId('editor-title').fill('Liquidity outlook');
    await alice.getByTestId('editor-body').fill('Stable for the next quarter.');
    await alice.getByTestId('editor-publish').click();
    await alice.getByText('The blog post is published.').waitFor();
    await alice.getByRole('link', { name: `Blog of Treasury ${suffix}` }).click();
    await alice.waitForURL(`${server.baseUrl}/s/${key}/blog`);
    await alice.getByTestId('space-blog').locator('pnyx-blog-card', { hasText: 'Liquidity outlook' }).waitFor();

    const bob = pages.bob;
    await bob.goto(`${server.baseUrl}/blog`);
    const list = bob.getByTestId('blog-posts');
    await list.locator('pnyx-blog-card', { hasText: 'Liquidity outlook' }).waitFor();
    await expect.poll(() => list.locator('pnyx-blog-card').first().innerText()).toContain('Liquidity outlook');
    await shot(bob, 'blog-05-list');
    expect(await axeViolations(bob)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
