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
const SEARCH_SCREENSHOTS = '/tmp/search-screenshots';

/**
 * The search journey: alice has two wiki pages and a post that mention "Entscheidungen", one
 * titled "Quartalsbericht Q3", and a page in her private space. She types the title with a
 * typo into the top bar, sees the page among the suggestions and opens it with the keyboard;
 * searches "Entscheidungen" with Enter and gets the results page (count, <mark> in the
 * snippets), narrows it to pages and orders it newest first; a query over 500 characters is
 * refused at the field. bob, a stranger to the private space, finds nothing for its word.
 */
describe('search journey', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<Person, Page>;
  const problems = pageProblems();
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const publicSpace = { key: `SRCH-${suffix}`, name: `Controlling ${suffix}` };
  const privateSpace = { key: `PRIV-${suffix}`, name: `Vorstand ${suffix}` };
  const reportTitle = 'Quartalsbericht Q3';
  const secret = 'Zypressenhain';
  let reportSlug = '';

  /** A GraphQL call as `username` (the demo users' password is their username). */
  const graphql = <T>(username: Person, query: string, variables: Record<string, unknown> = {}) => graphqlAs<T>(server.baseUrl, username, query, variables);

  async function createSpace(space: { key: string; name: string }, visibility: 'PUBLIC' | 'PRIVATE'): Promise<string> {
    const created = await graphql<{ createSpace: { id: string } }>('alice', 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { ...space, visibility },
    });
    return created.createSpace.id;
  }

  async function createPage(spaceId: string, title: string, body: string): Promise<string> {
    const created = await graphql<{ createPage: { slug: string } }>('alice', 'mutation($input: CreatePageInput!) { createPage(input: $input) { slug } }', {
      input: { spaceId, title, body },
    });
    return created.createPage.slug;
  }

  /** How many hits alice's search finds through the API (the index fills asynchronously). */
  async function indexed(query: string): Promise<number> {
    const data = await graphql<{ search: { totalCount: number } }>('alice', 'query($q: String!) { search(query: $q) { totalCount } }', { q: query });
    return data.search.totalCount;
  }

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
    // The home screen is the feed.
    await page.waitForURL(`${server.baseUrl}/`);
    pages[who] = page;
    return page;
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
    mkdirSync(SEARCH_SCREENSHOTS, { recursive: true });
    copyFileSync(join(SCREENSHOT_DIR, `${name}.png`), join(SEARCH_SCREENSHOTS, `${name}.png`));
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    for (const who of ['alice', 'bob'] as const) await introduceUser(server.baseUrl, who);
    // Set up through the API: alice's public and private space, two pages and a post that say "Entscheidungen".
    const publicId = await createSpace(publicSpace, 'PUBLIC');
    const privateId = await createSpace(privateSpace, 'PRIVATE');
    reportSlug = await createPage(publicId, reportTitle, 'Umsatz und Kosten im dritten Quartal. Die wichtigsten Entscheidungen stehen am Ende.');
    await graphql('alice', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
      input: { body: 'Die Entscheidungen aus dem Controlling sind jetzt im Wiki.' },
    });
    await createPage(publicId, 'Protokoll Oktober', 'Offene Punkte und Entscheidungen der Runde vom Oktober.');
    await createPage(privateId, 'Standortplanung', `Das Projekt ${secret} bleibt vertraulich.`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the index holds alice’s pages and post shortly after they are written', async () => {
    // The search consumer indexes each thing after its event; suggestions are asked for once per word typed.
    await expect.poll(() => indexed('Entscheidungen'), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => indexed(secret), { timeout: 15_000 }).toBe(1);
  });

  it('alice types a title with a typo into the top bar and opens the suggested page with the keyboard', async () => {
    const alice = await open('alice');
    await alice.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    // "/" focuses the search box from anywhere but a text field.
    await alice.locator('body').click({ position: { x: 700, y: 400 } });
    await alice.keyboard.press('/');
    const box = alice.getByTestId('search-box');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);

    await box.pressSequentially('Quartalsbericth');
    const suggestion = alice.getByRole('option', { name: reportTitle });
    await suggestion.waitFor();
    expect(await suggestion.getAttribute('data-kind')).toBe('PAGE');
    await alice.getByRole('group', { name: 'Pages' }).waitFor();
    await alice.getByRole('option', { name: 'Show all results for “Quartalsbericth”' }).waitFor();
    await shot(alice, 'search-01-suggestions', false);
    expect(await axeViolations(alice)).toEqual([]);

    // Down to the first suggestion (the page), Enter opens it.
    await box.press('ArrowDown');
    await expect.poll(async () => (await alice.locator('mat-option.mat-mdc-option-active').innerText()).trim()).toContain(reportTitle);
    await box.press('Enter');
    await alice.waitForURL(`${server.baseUrl}/s/${publicSpace.key}/${reportSlug}`);
    await alice.getByRole('heading', { level: 1, name: reportTitle }).waitFor();
    expect(await box.inputValue()).toBe('');
  });

  it('Enter searches everything: the results page counts the hits and marks the words', async () => {
    const alice = pages.alice;
    const box = alice.getByTestId('search-box');
    await box.click();
    await box.pressSequentially('Entscheidungen');
    await box.press('Enter');
    await alice.waitForURL(`${server.baseUrl}/search?q=Entscheidungen`);
    await alice.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    expect(await alice.getByTestId('search-query').inputValue()).toBe('Entscheidungen');
    await expect.poll(() => alice.getByTestId('search-count').innerText()).toBe('3 results');
    const results = alice.getByTestId('search-results');
    await expect.poll(() => results.locator('pnyx-search-hit-card').count()).toBe(3);
    expect((await results.locator('[data-testid="hit-snippet"] mark').first().innerText()).trim()).toBe('Entscheidungen');
    const types = await results.locator('pnyx-search-hit-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-type')).sort());
    expect(types).toEqual(['PAGE', 'PAGE', 'POST']);
    const report = results.locator('pnyx-search-hit-card', { hasText: reportTitle });
    expect(await report.getByTestId('hit-link').getAttribute('href')).toBe(`/s/${publicSpace.key}/${reportSlug}`);
    await report.getByRole('link', { name: publicSpace.name }).waitFor();
    const post = results.locator('pnyx-search-hit-card[data-type="POST"]');
    expect(await post.getByTestId('hit-link').innerText()).toContain('Die Entscheidungen aus dem Controlling');
    expect(await post.getByTestId('hit-link').getAttribute('href')).toMatch(/^\/posts\/[^/]+$/);
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('alice narrows the results to pages and orders them newest first', async () => {
    const alice = pages.alice;
    await alice.getByTestId('filter-types').getByRole('option', { name: 'Pages' }).click();
    await alice.waitForURL(/[?&]types=page(&|$)/);
    await expect.poll(() => alice.getByTestId('search-count').innerText()).toBe('2 results');
    const cards = alice.getByTestId('search-results').locator('pnyx-search-hit-card');
    await expect.poll(() => cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-type')))).toEqual(['PAGE', 'PAGE']);

    await alice.getByTestId('sort').getByRole('radio', { name: 'Newest' }).click();
    await alice.waitForURL(/[?&]sort=newest(&|$)/);
    // "Protokoll Oktober" was written after the report.
    await expect.poll(() => cards.first().getByTestId('hit-link').innerText()).toBe('Protokoll Oktober');
    expect(await cards.nth(1).getByTestId('hit-link').innerText()).toBe(reportTitle);

    // The space filter keeps both; the URL carries it.
    await alice.getByTestId('filter-space').click();
    await alice.getByRole('option', { name: publicSpace.name }).click();
    await alice.waitForURL(new RegExp(`[?&]space=${publicSpace.key}(&|$)`));
    await expect.poll(() => alice.getByTestId('search-count').innerText()).toBe('2 results');
    await shot(alice, 'search-02-results-filtered');
    expect(await axeViolations(alice)).toEqual([]);

    // Reloaded from its URL, the page shows the same.
    await alice.reload();
    await expect.poll(() => alice.getByTestId('search-count').innerText()).toBe('2 results');
    expect(await alice.getByTestId('filter-types').getByRole('option', { name: 'Pages' }).getAttribute('aria-selected')).toBe('true');
    expect(await alice.getByTestId('sort').getByRole('radio', { name: 'Newest' }).getAttribute('aria-checked')).toBe('true');
  });

  it('a query over 500 characters is refused at its field', async () => {
    const alice = pages.alice;
    const field = alice.getByTestId('search-query');
    await field.fill('x'.repeat(501));
    await field.press('Enter');
    await alice.getByTestId('search-query-error').getByText('Type 1 to 500 characters.').waitFor();
    expect(await alice.getByTestId('search-count').innerText()).toBe('');
  });

  it('alice finds the word of her private space; bob, a stranger to it, gets no results', async () => {
    const alice = pages.alice;
    await alice.goto(`${server.baseUrl}/search?q=${secret}`);
    await expect.poll(() => alice.getByTestId('search-count').innerText()).toBe('1 result');

    const bob = await open('bob');
    await bob.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    const box = bob.getByTestId('search-box');
    await box.click();
    await box.pressSequentially(secret);
    await box.press('Enter');
    await bob.waitForURL(`${server.baseUrl}/search?q=${secret}`);
    const none = bob.getByTestId('search-none');
    await none.getByRole('heading', { name: `No results for “${secret}”` }).waitFor();
    await none.getByText('Put a minus before a word (-draft) to leave out results with it.').waitFor();
    expect(await bob.getByTestId('search-count').innerText()).toBe('0 results');
    await shot(bob, 'search-03-no-results', false);
    expect(await axeViolations(bob)).toEqual([]);
  });

  it('speaks German too', async () => {
    const bob = pages.bob;
    await bob.locator('pnyx-language-switch [data-language="de"] button').click();
    await bob.goto(`${server.baseUrl}/search?q=Entscheidungen`);
    await bob.getByRole('heading', { level: 1, name: 'Suche' }).waitFor();
    await expect.poll(() => bob.getByTestId('search-count').innerText()).toBe('3 Ergebnisse');
    await bob.locator('pnyx-language-switch [data-language="en"] button').click();
  });

  it('left no page errors or content-security-policy violations', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
