import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser, graphqlAs } from './support/api';
import { SCREENSHOT_DIR, axeViolations, launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

type Person = 'alice' | 'bob' | 'carol';

/** Also kept together for the person who reviews this journey. */
const POSTS_SCREENSHOTS = '/tmp/posts-screenshots';

/**
 * The micro-posts journey: bob posts to everyone, mentioning alice (picked from the
 * suggestions) and tagging #Übergabe; both come out as links. alice opens the hashtag,
 * finds the post, replies and reacts 🎉; bob sees the reply and the count after a reload.
 * A post over 500 characters shows the counter over the limit, and the server's refusal
 * next to the field when sent anyway. carol, a manager, posts in her space, pins the post
 * as its announcement and edits it; the space's posts list it first.
 */
describe('posts journey', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<Person, Page>;
  const problems = pageProblems();
  const text = 'Hello @alice, the #Übergabe notes are ready';
  const reply = 'Thanks @bob, I will read them today.';
  let postUrl = '';
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const space = { key: `POST-${suffix}`, name: `Release Train ${suffix}` };

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
    mkdirSync(POSTS_SCREENSHOTS, { recursive: true });
    copyFileSync(join(SCREENSHOT_DIR, `${name}.png`), join(POSTS_SCREENSHOTS, `${name}.png`));
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    // alice must be known to the API for bob's @mention to resolve.
    for (const who of ['alice', 'bob', 'carol'] as const) await introduceUser(server.baseUrl, who);
    await graphql('carol', 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { key: space.key, name: space.name, visibility: 'PUBLIC', description: 'Release coordination.' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('bob finds Posts in the side navigation and writes to everyone, picking alice from the suggestions', async () => {
    const bob = await open('bob');
    await bob.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Posts' }).click();
    await bob.waitForURL(`${server.baseUrl}/posts`);
    await bob.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    await bob.getByText('You have not posted yet. Say hello!').waitFor();

    const field = bob.getByTestId('composer');
    await field.click();
    await field.pressSequentially('Hello @al');
    const suggestion = bob.getByRole('option', { name: /alice/ });
    await suggestion.waitFor();
    expect(await suggestion.getAttribute('aria-selected')).toBe('true');
    await shot(bob, 'posts-01-mention-suggestions');
    expect(await axeViolations(bob)).toEqual([]);
    await bob.keyboard.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('Hello @alice ');
    await bob.keyboard.press('Backspace');
    await field.pressSequentially(', the #Übergabe notes are ready');
    expect(await field.inputValue()).toBe(text);
    await expect.poll(() => bob.getByTestId('composer-counter').innerText()).toContain(`${[...text].length} / 500`);

    await bob.getByTestId('composer-submit').click();
    await bob.getByText('Posted.').waitFor();
    const card = bob.getByTestId('my-posts').locator('pnyx-post-card', { hasText: 'notes are ready' });
    await card.waitFor();
    expect(await field.inputValue()).toBe('');
    const mention = card.getByRole('link', { name: '@alice' });
    expect(await mention.getAttribute('href')).toBe('/posts/people/alice');
    const hashtag = card.getByRole('link', { name: '#Übergabe' });
    expect(await hashtag.getAttribute('href')).toBe(`/posts/tags/${encodeURIComponent('übergabe')}`);
    await card.getByText('To everyone').waitFor();
    await shot(bob, 'posts-02-posted');
    expect(await axeViolations(bob)).toEqual([]);

    await card.getByTestId('open-thread').click();
    await bob.waitForURL(/\/posts\/[^/]+$/);
    await bob.getByTestId('thread-post').getByText('notes are ready').waitFor();
    postUrl = bob.url();
  });

  it('alice opens the hashtag from bob’s post and finds it there', async () => {
    const alice = await open('alice');
    await alice.goto(`${server.baseUrl}/posts/people/bob`);
    const card = alice.getByTestId('person-posts').locator('pnyx-post-card', { hasText: 'notes are ready' });
    await card.waitFor();
    await card.getByRole('link', { name: '#Übergabe' }).click();
    await alice.waitForURL(`${server.baseUrl}/posts/tags/${encodeURIComponent('übergabe')}`);
    await alice.getByRole('heading', { level: 1, name: '#übergabe' }).waitFor();
    await alice.getByTestId('tag-posts').locator('pnyx-post-card', { hasText: 'notes are ready' }).waitFor();
    await shot(alice, 'posts-03-hashtag');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('alice replies and reacts 🎉', async () => {
    const alice = pages.alice;
    await alice.getByTestId('tag-posts').locator('pnyx-post-card', { hasText: 'notes are ready' }).getByTestId('open-thread').click();
    await alice.waitForURL(postUrl);
    const thread = alice.getByTestId('thread-post');
    await thread.getByText('notes are ready').waitFor();
    await alice.getByText('No replies yet.').waitFor();

    const party = thread.locator('button[data-emoji="🎉"]');
    expect(await party.getAttribute('aria-pressed')).toBe('false');
    await party.click();
    await expect.poll(() => party.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => party.innerText()).toContain('1');
    expect(await party.getAttribute('aria-label')).toBe('🎉 Celebrate: 1 person');

    await alice.getByTestId('reply').fill(reply);
    await alice.getByTestId('reply-submit').click();
    await alice.getByText('Your reply was posted.').waitFor();
    await alice.getByTestId('replies').getByText('I will read them today').waitFor();
    expect(await alice.getByTestId('reply').inputValue()).toBe('');
    await shot(alice, 'posts-04-reply-and-reaction');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('bob sees the reply and the reaction after a reload', async () => {
    const bob = pages.bob;
    await bob.goto(postUrl);
    const thread = bob.getByTestId('thread-post');
    await thread.getByText('notes are ready').waitFor();
    const party = thread.locator('button[data-emoji="🎉"]');
    await expect.poll(() => party.innerText()).toContain('1');
    expect(await party.getAttribute('aria-pressed')).toBe('false');
    const replyCard = bob.getByTestId('replies').locator('pnyx-post-card', { hasText: 'I will read them today' });
    await replyCard.getByRole('link', { name: 'Alice', exact: false }).first().waitFor();
    expect(await replyCard.getByRole('link', { name: '@bob' }).getAttribute('href')).toBe('/posts/people/bob');
    await shot(bob, 'posts-05-bob-sees-reply');
    expect(await axeViolations(bob)).toEqual([]);
  });

  it('bob replies, deletes the reply, and the thread says so', async () => {
    const bob = pages.bob;
    await bob.getByTestId('reply').fill('Oops, wrong thread.');
    await bob.getByTestId('reply-submit').click();
    const mine = bob.getByTestId('replies').locator('pnyx-post-card', { hasText: 'wrong thread' });
    await mine.waitFor();
    await mine.getByTestId('post-actions').click();
    await bob.getByRole('menuitem', { name: 'Delete' }).click();
    await mine.getByTestId('confirm-delete').click();
    await bob.getByText('The post was deleted.').waitFor();
    await bob.getByTestId('replies').getByTestId('post-deleted').waitFor();
    expect(await bob.getByTestId('replies').getByText('This post was deleted.').count()).toBe(1);
    await shot(bob, 'posts-06-deleted-reply');
    expect(await axeViolations(bob)).toEqual([]);
  });

  it('a post over 500 characters shows the counter over the limit and the server’s refusal', async () => {
    const bob = pages.bob;
    await bob.goto(`${server.baseUrl}/posts`);
    const field = bob.getByTestId('composer');
    // 500 emoji are 1000 UTF-16 units but 500 characters: at the limit, not over it.
    await field.fill('🎉'.repeat(500));
    await expect.poll(() => bob.getByTestId('composer-counter').innerText()).toContain('500 / 500');
    expect(await bob.getByTestId('composer-counter').getAttribute('class')).not.toContain('over');

    await field.fill('x'.repeat(501));
    const counter = bob.getByTestId('composer-counter');
    await expect.poll(() => counter.innerText()).toContain('501 / 500');
    expect(await counter.getAttribute('class')).toContain('over');
    await counter.getByText('1 character too many').waitFor();

    await bob.getByTestId('composer-submit').click();
    const error = bob.getByTestId('composer-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('at most 500 characters');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await shot(bob, 'posts-07-over-the-limit');
    expect(await axeViolations(bob)).toEqual([]);
  });

  it('carol posts in her space, pins the post as its announcement and edits it; the space lists it first', async () => {
    const carol = await open('carol');
    await carol.goto(`${server.baseUrl}/s/${space.key}/posts`);
    await carol.getByRole('heading', { level: 1, name: `Posts in ${space.name}` }).waitFor();
    await carol.getByText('No posts in this space yet.').waitFor();
    const field = carol.getByTestId('composer');
    await field.fill('Release freeze from Friday. #release');
    await carol.getByTestId('composer-submit').click();
    const list = carol.getByTestId('space-posts');
    await list.locator('pnyx-post-card', { hasText: 'Release freeze' }).waitFor();
    await field.fill('Lunch is on the 3rd floor today.');
    await carol.getByTestId('composer-submit').click();
    await list.locator('pnyx-post-card', { hasText: 'Lunch' }).waitFor();
    await expect.poll(() => list.locator('pnyx-post-card').first().innerText()).toContain('Lunch');

    await list.locator('pnyx-post-card', { hasText: 'Release freeze' }).getByTestId('open-thread').click();
    const thread = carol.getByTestId('thread-post');
    await thread.getByText('Release freeze').waitFor();
    await thread.getByText(`In ${space.name}`).waitFor();
    await thread.getByTestId('post-actions').click();
    await carol.getByRole('menuitem', { name: 'Pin as announcement' }).click();
    await carol.getByText('The post is now the space’s announcement.').waitFor();
    await thread.getByText('Announcement').waitFor();

    await thread.getByTestId('post-actions').click();
    await carol.getByRole('menuitem', { name: 'Edit' }).click();
    const editor = carol.getByTestId('edit');
    expect(await editor.inputValue()).toBe('Release freeze from Friday. #release');
    await editor.fill('Release freeze from Friday 18:00. #release');
    await carol.getByTestId('edit-submit').click();
    await carol.getByText('The post was saved.').waitFor();
    await thread.getByText('Friday 18:00').waitFor();
    await thread.getByText('(edited)').waitFor();
    await shot(carol, 'posts-08-pinned-and-edited');
    expect(await axeViolations(carol)).toEqual([]);

    await carol.goto(`${server.baseUrl}/s/${space.key}/posts`);
    const first = carol.getByTestId('space-posts').locator('pnyx-post-card').first();
    await first.getByText('Friday 18:00').waitFor();
    await first.getByText('Announcement').waitFor();
    await shot(carol, 'posts-09-space-announcement-first');
    expect(await axeViolations(carol)).toEqual([]);
  });

  it('speaks German too', async () => {
    const bob = pages.bob;
    await bob.locator('pnyx-language-switch [data-language="de"] button').click();
    await bob.getByRole('heading', { level: 1, name: 'Beiträge' }).waitFor();
    await bob.getByRole('heading', { level: 2, name: 'Ihre Beiträge' }).waitFor();
    await bob.goto(postUrl);
    await bob.getByRole('heading', { level: 2, name: 'Antworten' }).waitFor();
    await bob.getByText('Dieser Beitrag wurde gelöscht.').waitFor();
    await shot(bob, 'posts-10-thread-german');
    expect(await axeViolations(bob)).toEqual([]);
    await bob.locator('pnyx-language-switch [data-language="en"] button').click();
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
