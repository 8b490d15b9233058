import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser } from './support/api';
import { axeViolations, launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

/**
 * The wiki journey: alice writes a page with a link to a page that does not exist yet;
 * bob, in his own browser, edits it while alice's editor is still on version 1; alice's
 * save then meets the conflict screen, she takes bob's text, and finally restores
 * version 1 from the history. Versions: 1 alice creates, 2 bob edits, 3 restore of 1.
 */
describe('wiki journey', () => {
  let server: TestServer;
  let browser: Browser;
  let aliceContext: BrowserContext;
  let bobContext: BrowserContext;
  let alice: Page;
  let bob: Page;
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const space = { key: `WIKI-${suffix}`, name: `Handbook ${suffix}` };
  const pageTitle = 'Onboarding guide';
  const pageSlug = 'onboarding-guide';
  const aliceBody = [
    '## First week',
    '',
    'Read the [[Team Charter]] before your first stand-up.',
    '',
    '- [x] Laptop handed out',
    '- [ ] Accounts requested',
    '',
    'Questions go to the **#onboarding** channel.',
  ].join('\n');
  const aliceLine = 'Also book a coffee with your buddy.';
  const bobLine = 'Bring your badge on day one.';
  const problems = pageProblems();
  const pageUrl = (): string => `${server.baseUrl}/s/${space.key}/${pageSlug}`;

  async function watchErrors(page: Page, who: string): Promise<void> {
    page.setDefaultTimeout(15_000);
    await watchPage(page, problems, who);
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(server.baseUrl);
    await page.locator('#username').waitFor();
    await page.fill('#username', username);
    await page.fill('#password', username);
    await page.click('#kc-login');
    await page.waitForURL(`${server.baseUrl}/`); // the home feed
  }

  /**
   * The shell scrolls inside its content area, so a "full page" screenshot would stop at the
   * window: grow the window to the content first, for a picture of the whole screen.
   */
  async function shot(page: Page, name: string): Promise<void> {
    const size = page.viewportSize();
    const height = await page.evaluate(() => {
      const content = document.querySelector('.mat-drawer-content');
      return content ? content.scrollHeight + 64 : document.body.scrollHeight;
    });
    if (size && height > size.height) await page.setViewportSize({ width: size.width, height: Math.min(height, 4000) });
    await screenshot(page, name);
    if (size) await page.setViewportSize(size);
  }

  /** Types at the end of the Markdown text area (as a person would: the draft and preview follow). */
  async function typeAtEnd(page: Page, text: string): Promise<void> {
    const body = page.getByTestId('page-body-input');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    aliceContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true });
    alice = await aliceContext.newPage();
    await watchErrors(alice, 'alice');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('alice signs in, creates a space and adds bob', async () => {
    await signIn(alice, 'alice');
    await alice.goto(`${server.baseUrl}/spaces/new`);
    await alice.getByLabel('Name').fill(space.name);
    await alice.getByLabel('Key').fill(space.key);
    await alice.getByRole('button', { name: 'Create space' }).click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}`);
    await introduceUser(server.baseUrl, 'bob');
    await alice.getByLabel('Username').fill('bob');
    await alice.getByRole('option', { name: /bob/i }).click();
    await alice.getByRole('button', { name: 'Add member' }).click();
    await alice.locator('pnyx-member-list li[data-username="bob"]').waitFor();
  });

  it('shows the space\'s empty "Pages" section with a button for the first page', async () => {
    const section = alice.locator('pnyx-space-pages-section');
    await section.getByRole('heading', { name: 'Pages' }).waitFor();
    await section.getByText('No pages yet.').waitFor();
    await shot(alice, 'wiki-01-space-no-pages');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('writes a page in Markdown with a live preview; the link to a missing page offers to create it', async () => {
    await alice.locator('pnyx-space-pages-section').getByRole('link', { name: 'New page' }).click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}/new`);
    await alice.getByRole('heading', { level: 1, name: 'New page' }).waitFor();
    await alice.locator('input[data-template="blank"]').waitFor({ state: 'attached' });
    await alice.getByTestId('page-title-input').fill(pageTitle);
    await alice.getByTestId('page-body-input').fill(aliceBody);
    const preview = alice.getByTestId('page-preview');
    const missing = preview.locator('a.wiki-link-missing');
    await missing.waitFor();
    expect(await missing.getAttribute('href')).toBe(`/s/${space.key}/new?title=Team%20Charter`);
    await preview.getByRole('heading', { name: 'First week' }).waitFor();
    await alice.getByTestId('label-input').fill('Onboarding');
    await alice.keyboard.press('Enter');
    await alice.locator('pnyx-label-list li[data-label="onboarding"]').waitFor();
    await shot(alice, 'wiki-02-editor-new-page');
    expect(await axeViolations(alice)).toEqual([]);

    await alice.getByTestId('save-page').click();
    await alice.waitForURL(pageUrl());
    await alice.getByRole('heading', { level: 1, name: pageTitle }).waitFor();
    await alice.getByText(`Page “${pageTitle}” created.`).waitFor();
    await expect.poll(() => alice.getByTestId('page-version').textContent()).toBe('Version 1');
    const link = alice.getByTestId('page-body').locator('a.wiki-link-missing');
    expect(await link.getAttribute('href')).toBe(`/s/${space.key}/new?title=Team%20Charter`);
    expect(await link.getAttribute('title')).toBe('Create the page “Team Charter”');
    await alice.locator('pnyx-label-list a[data-label="onboarding"]').waitFor();
    await shot(alice, 'wiki-03-page-v1');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('follows the "create this page" link into a prefilled editor', async () => {
    await alice.getByTestId('page-body').locator('a.wiki-link-missing').click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}/new?title=Team%20Charter`);
    await expect.poll(() => alice.getByTestId('page-title-input').inputValue()).toBe('Team Charter');
    await shot(alice, 'wiki-04-create-from-link');
    await alice.getByRole('button', { name: 'Cancel' }).click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}`);
    await alice.locator('pnyx-page-tree').getByRole('link', { name: pageTitle }).waitFor();
  });

  it('keeps alice\'s unsaved edit across a reload and offers to restore it', async () => {
    await alice.goto(pageUrl());
    await alice.getByTestId('edit-page').click();
    await alice.waitForURL(`${pageUrl()}/edit`);
    await alice.getByText('Your edit starts from version 1.').waitFor();
    await typeAtEnd(alice, `\n\n${aliceLine}`);
    await alice.waitForTimeout(800);
    await alice.reload();
    await alice.getByTestId('draft-offer').waitFor();
    await shot(alice, 'wiki-05-draft-offer');
    await alice.getByRole('button', { name: 'Restore draft' }).click();
    await expect.poll(() => alice.getByTestId('page-body-input').inputValue()).toContain(aliceLine);
  });

  it('bob signs in with the login form, edits the page and saves version 2', async () => {
    bobContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    bob = await bobContext.newPage();
    await watchErrors(bob, 'bob');
    await signIn(bob, 'bob');
    await bob.goto(pageUrl());
    await bob.getByRole('heading', { level: 1, name: pageTitle }).waitFor();
    await bob.getByTestId('edit-page').click();
    await bob.waitForURL(`${pageUrl()}/edit`);
    await typeAtEnd(bob, `\n\n${bobLine}`);
    await bob.getByTestId('edit-summary').fill('Badge reminder');
    await bob.getByTestId('save-page').click();
    await bob.waitForURL(pageUrl());
    await bob.getByText('Saved as version 2.').waitFor();
    await expect.poll(() => bob.getByTestId('page-version').textContent()).toBe('Version 2');
    await bob.getByTestId('page-body').getByText(bobLine).waitFor();
    await shot(bob, 'wiki-06-bob-saved-v2');
  });

  it("alice's open editor shows at once that bob saved version 2, with a link to compare", async () => {
    // Pushed over the API's WebSocket (subscription pageSaved): no reload, no save attempt.
    const notice = alice.getByTestId('newer-version');
    await notice.getByText(/Bob Berger saved version 2 at .+/).waitFor();
    expect(await notice.getByTestId('newer-version-compare').getAttribute('href')).toBe(`/s/${space.key}/${pageSlug}/compare?from=1&to=2`);
    expect(await alice.getByTestId('page-body-input').inputValue()).toContain(aliceLine);
    await shot(alice, 'wiki-06b-newer-version-notice');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('alice saves her stale edit and gets the conflict screen with the difference', async () => {
    await alice.getByTestId('save-page').click();
    const conflict = alice.locator('pnyx-conflict-panel');
    await conflict.getByRole('heading', { name: 'Someone else saved this page while you were editing' }).waitFor();
    await conflict.getByText(/Bob Berger saved version 2 on .+; your edit started from version 1\./).waitFor();
    // Side by side: the saved version (bob's line) on the left, alice's text on the right.
    const table = conflict.locator('pnyx-split-diff table');
    await table.locator('td.removed', { hasText: bobLine }).waitFor();
    await table.locator('td.added', { hasText: aliceLine }).waitFor();
    expect(alice.url()).toBe(`${pageUrl()}/edit`);
    await shot(alice, 'wiki-07-conflict-side-by-side');
    expect(await axeViolations(alice)).toEqual([]);
    await conflict.getByRole('radio', { name: 'Changes' }).click();
    await conflict.locator('pnyx-unified-diff .line.added', { hasText: aliceLine }).waitFor();
    await conflict.locator('pnyx-unified-diff .line.removed', { hasText: bobLine }).waitFor();
    await shot(alice, 'wiki-08-conflict-unified');
  });

  it('alice resolves it by taking the saved version and saving on version 2', async () => {
    await alice.getByTestId('conflict-take-saved').click();
    await alice.getByText('The editor shows version 2 as saved. Your changes were dropped.').waitFor();
    await expect.poll(() => alice.getByTestId('page-body-input').inputValue()).toContain(bobLine);
    expect(await alice.getByTestId('page-body-input').inputValue()).not.toContain(aliceLine);
    await shot(alice, 'wiki-09-conflict-resolved');
    await alice.getByTestId('save-page').click();
    await alice.waitForURL(pageUrl());
    await alice.getByText('Nothing changed: the page stays at version 2.').waitFor();
    await expect.poll(() => alice.getByTestId('page-version').textContent()).toBe('Version 2');
  });

  it('alice restores version 1 from the history, and the history shows three versions', async () => {
    await alice.getByRole('button', { name: 'More actions' }).click();
    await alice.getByRole('menuitem', { name: 'History' }).click();
    await alice.waitForURL(`${pageUrl()}/history`);
    const versions = alice.getByTestId('history').locator('li.version');
    await expect.poll(() => versions.count()).toBe(2);
    await shot(alice, 'wiki-10-history-two-versions');
    await alice.locator('button[data-restore="1"]').click();
    const dialog = alice.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Restore version 1?' }).waitFor();
    await shot(alice, 'wiki-11-restore-confirm');
    await dialog.getByRole('button', { name: 'Restore version 1' }).click();
    await alice.getByText('Version 1 restored as version 3.').waitFor();
    await expect.poll(() => versions.count()).toBe(3);
    const rows = await versions.evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ')));
    expect(rows[0]).toMatch(/^Version 3 Current .*Restored version 1/);
    expect(rows[1]).toMatch(/^Version 2 .*Badge reminder/);
    expect(rows[2]).toMatch(/^Version 1 .*Page created/);
    await shot(alice, 'wiki-12-history-three-versions');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('compares two versions as a unified diff and side by side', async () => {
    await alice.goto(`${pageUrl()}/compare?from=1&to=2`);
    await alice.getByRole('heading', { level: 1, name: `Changes to “${pageTitle}”` }).waitFor();
    await alice.locator('pnyx-unified-diff .line.added', { hasText: bobLine }).waitFor();
    await alice.getByTestId('diff-stats').getByText('+2 lines').waitFor();
    await shot(alice, 'wiki-13-compare-unified');
    await alice.getByRole('radio', { name: 'Side by side' }).click();
    await alice.waitForURL(/view=split/);
    await alice.locator('pnyx-split-diff td.added', { hasText: bobLine }).waitFor();
    await shot(alice, 'wiki-14-compare-split');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('reads an old version as it was', async () => {
    await alice.goto(`${pageUrl()}/history`);
    await alice.getByRole('link', { name: 'View version 2' }).click();
    await alice.waitForURL(`${pageUrl()}/history/2`);
    await alice.getByText('You are reading version 2, an old version. The page is now at version 3.').waitFor();
    await alice.locator('pnyx-wiki-content').getByText(bobLine).waitFor();
    await alice.getByTestId('restore-version').waitFor();
    await shot(alice, 'wiki-14b-old-version');
  });

  it('shows the restored page with its label, comments and watch button', async () => {
    await alice.goto(pageUrl());
    await expect.poll(() => alice.getByTestId('page-version').textContent()).toBe('Version 3');
    expect(await alice.getByTestId('page-body').innerText()).not.toContain(bobLine);
    // alice created the page, so she watches it; she stops and starts again.
    const watch = alice.getByTestId('watch-page');
    await expect.poll(() => watch.getAttribute('aria-pressed')).toBe('true');
    await watch.click();
    await expect.poll(() => watch.getAttribute('aria-pressed')).toBe('false');
    await watch.click();
    await expect.poll(() => watch.getAttribute('aria-pressed')).toBe('true');
    await alice.getByLabel('Add a comment').fill('Welcome aboard, **everyone**!');
    await alice.getByRole('button', { name: 'Comment', exact: true }).click();
    await alice.locator('pnyx-comment-thread li[data-author="alice"]').getByText('everyone').waitFor();
    await shot(alice, 'wiki-15-page-restored-comment');
  });

  it('lists the pages with a label', async () => {
    await alice.locator('pnyx-label-list a[data-label="onboarding"]').click();
    await alice.waitForURL(`${server.baseUrl}/wiki/${space.key}/labels/onboarding`);
    await alice.getByTestId('label-results').getByRole('link', { name: pageTitle }).waitFor();
    await shot(alice, 'wiki-16-label-pages');
  });

  it('offers the default templates, makes a "Retrospective" template and starts a new page from it', async () => {
    await alice.goto(`${server.baseUrl}/s/${space.key}`);
    const section = alice.locator('pnyx-space-pages-section');
    await section.getByRole('heading', { name: 'Templates' }).waitFor();
    for (const builtIn of ['Meeting notes', 'Decision record', 'How-to']) await section.getByRole('link', { name: builtIn }).waitFor();
    await section.getByRole('link', { name: 'New template' }).click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}/new?kind=template`);
    await alice.getByRole('heading', { level: 1, name: 'New template' }).waitFor();
    await alice.getByTestId('page-title-input').fill('Retrospective');
    await alice.getByTestId('page-body-input').fill('## Attendees\n\n## Decisions\n\n## Actions\n\n- [ ] Who does what, by when');
    await alice.getByTestId('label-input').fill('retro');
    await alice.keyboard.press('Enter');
    await alice.getByRole('button', { name: 'Create template' }).click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}/retrospective`);
    await alice.getByText('Template', { exact: true }).waitFor();
    await shot(alice, 'wiki-17a-template');

    await alice.getByTestId('use-template').click();
    await alice.waitForURL(/\/new\?template=/);
    await expect.poll(() => alice.getByTestId('page-body-input').inputValue()).toContain('## Attendees');
    expect(await alice.locator('input[data-template="Retrospective"]').isChecked()).toBe(true);
    await alice.getByTestId('page-title-input').fill('Weekly sync');
    await shot(alice, 'wiki-17b-page-from-template');
    await alice.getByTestId('save-page').click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}/weekly-sync`);
    await alice.getByTestId('page-body').getByRole('heading', { name: 'Attendees' }).waitFor();
    await alice.locator('pnyx-label-list a[data-label="retro"]').waitFor();
  });

  it('deletes a page after asking', async () => {
    await alice.getByRole('button', { name: 'More actions' }).click();
    await alice.getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = alice.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Delete “Weekly sync”?' }).waitFor();
    await dialog.getByRole('button', { name: 'Delete page' }).click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}`);
    await alice.getByText('“Weekly sync” deleted.').waitFor();
    const tree = alice.locator('pnyx-space-pages-section pnyx-page-tree');
    await tree.getByRole('link', { name: pageTitle }).waitFor();
    await expect.poll(() => tree.getByRole('link', { name: 'Weekly sync' }).count()).toBe(0);
  });

  it('opens the wiki from the side navigation', async () => {
    await alice.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Wiki' }).click();
    await alice.waitForURL(`${server.baseUrl}/wiki`);
    await alice.getByRole('heading', { level: 1, name: 'Wiki' }).waitFor();
    await alice.locator('pnyx-wiki-home-page li.card', { hasText: space.name }).getByRole('link', { name: pageTitle }).waitFor();
    await shot(alice, 'wiki-17c-wiki-home');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it('creates a second page and moves it under the first with "Move to…"', async () => {
    await alice.goto(`${server.baseUrl}/s/${space.key}/new?title=Team%20Charter`);
    await expect.poll(() => alice.getByTestId('page-title-input').inputValue()).toBe('Team Charter');
    await alice.getByTestId('page-body-input').fill('We decide in the open.');
    await alice.getByTestId('save-page').click();
    await alice.waitForURL(`${server.baseUrl}/s/${space.key}/team-charter`);
    await alice.getByRole('button', { name: 'More actions' }).click();
    await alice.getByRole('menuitem', { name: 'Move to…' }).click();
    const dialog = alice.getByRole('dialog');
    // Check contrast only once the dialog (and the closing menu) finished animating.
    await alice.locator('.mat-mdc-dialog-container.mdc-dialog--open').waitFor();
    await alice.locator('.mat-mdc-menu-panel').waitFor({ state: 'detached' });
    expect(await axeViolations(alice)).toEqual([]);
    await dialog.getByRole('radio', { name: 'Onboarding guide' }).check();
    await shot(alice, 'wiki-17-move-dialog');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await alice.getByText('“Team Charter” moved.').waitFor();
    const crumbs = alice.getByRole('navigation', { name: 'Breadcrumb' });
    await crumbs.getByRole('link', { name: pageTitle }).waitFor();
    await shot(alice, 'wiki-18-moved');
  });

  it('exports the page as a Markdown file', async () => {
    await alice.goto(pageUrl());
    await alice.getByRole('heading', { level: 1, name: pageTitle }).waitFor();
    await alice.getByRole('button', { name: 'More actions' }).click();
    const [download] = await Promise.all([alice.waitForEvent('download'), alice.getByRole('menuitem', { name: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe(`${pageSlug}.md`);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain(`# ${pageTitle}`);
    expect(markdown).toContain('[[Team Charter]]');
  });

  it('prints only the page: no shell, navigation or buttons', async () => {
    await alice.emulateMedia({ media: 'print' });
    await expect.poll(() => alice.locator('pnyx-top-bar').isVisible()).toBe(false);
    await expect.poll(() => alice.getByTestId('edit-page').isVisible()).toBe(false);
    await shot(alice, 'wiki-19-print');
    await alice.emulateMedia({ media: 'screen' });
  });

  it('reads well on a phone', async () => {
    await alice.setViewportSize({ width: 390, height: 844 });
    await alice.goto(pageUrl());
    await alice.getByRole('heading', { level: 1, name: pageTitle }).waitFor();
    await shot(alice, 'wiki-20-phone-page');
    await alice.getByTestId('edit-page').click();
    await alice.getByRole('radio', { name: 'Preview' }).click();
    await alice.getByTestId('page-preview').getByRole('heading', { name: 'First week' }).waitFor();
    await shot(alice, 'wiki-21-phone-editor');
    await alice.getByRole('button', { name: 'Cancel' }).click();
    await alice.waitForURL(pageUrl());
    await alice.setViewportSize({ width: 1280, height: 800 });
  });

  it('speaks German too', async () => {
    await alice.locator('pnyx-language-switch [data-language="de"] button').click();
    await alice.getByRole('button', { name: 'Beobachtet' }).waitFor();
    await alice.getByRole('heading', { name: 'Verlinkt von' }).waitFor();
    await shot(alice, 'wiki-22-page-german');
    await alice.locator('pnyx-language-switch [data-language="en"] button').click();
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
