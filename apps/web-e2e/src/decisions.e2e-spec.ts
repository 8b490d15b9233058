import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser, graphqlAs } from './support/api';
import { axeViolations, launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

type Person = 'alice' | 'bob' | 'carol';

/**
 * The decisions journey: carol (a manager) opens a consent proposal in a space whose members
 * are carol, alice and bob. alice argues against it and objects (with a reason), bob consents;
 * carol sees both arrive live, closes it, and it is rejected. Each of them then sees the
 * outcome and the entry in the space's decision log; alice adds a minority statement; carol's
 * dashboard counts the rejection in the charts' table alternative.
 */
describe('decisions journey', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<Person, Page>;
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const space = { key: `DEC-${suffix}`, name: `Credit Committee ${suffix}` };
  const title = 'Adopt the new collateral policy';
  const objection = 'It breaks the audit trail for legacy loans.';
  const problems = pageProblems();
  let proposalUrl = '';
  const month = new Date().toISOString().slice(0, 7);

  /** A GraphQL call as `username` (the demo users' password is their username). */
  const graphql = <T>(username: Person, query: string, variables: Record<string, unknown> = {}) => graphqlAs<T>(server.baseUrl, username, query, variables);

  async function open(who: Person): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', acceptDownloads: true });
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
  }

  /** What the decision-log entry of the proposal says, on the space's decisions screen. */
  async function logEntry(page: Page) {
    await page.goto(`${server.baseUrl}/s/${space.key}/decisions`);
    await page.getByRole('heading', { level: 1, name: `Decisions in ${space.name}` }).waitFor();
    return page.getByTestId('decision-log').locator('pnyx-proposal-card', { hasText: title });
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    // Set up through the API: the people, carol's space, alice and bob as members.
    for (const who of ['alice', 'bob', 'carol'] as const) await introduceUser(server.baseUrl, who);
    const created = await graphql<{ createSpace: { id: string } }>(
      'carol',
      'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }',
      { input: { key: space.key, name: space.name, visibility: 'PRIVATE', description: 'Credit policy decisions.' } },
    );
    for (const username of ['alice', 'bob']) {
      await graphql('carol', 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', {
        input: { spaceId: created.createSpace.id, username, role: 'MEMBER' },
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("carol finds the space's decisions from its page and the side navigation", async () => {
    const carol = await open('carol');
    await carol.goto(`${server.baseUrl}/s/${space.key}`);
    await carol.getByTestId('space-decisions').click();
    await carol.waitForURL(`${server.baseUrl}/s/${space.key}/decisions`);
    await carol.getByRole('heading', { level: 1, name: `Decisions in ${space.name}` }).waitFor();
    await carol.getByText('No open proposals. Start one when your team needs to decide something.').waitFor();
    await carol.getByText('No decisions yet.').waitFor();
    expect(await carol.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Decisions' }).getAttribute('href')).toBe('/decisions');
    await shot(carol, 'decisions-01-space-empty');
    expect(await axeViolations(carol)).toEqual([]);
  });

  it('carol opens a consent proposal; the form checks the closing time and the options as she types', async () => {
    const carol = pages.carol;
    await carol.getByTestId('new-proposal').click();
    await carol.waitForURL(`${server.baseUrl}/s/${space.key}/decisions/new`);
    await carol.getByRole('heading', { level: 1, name: 'New proposal' }).waitFor();
    await carol.getByTestId('proposal-title').fill(title);
    await carol.getByTestId('proposal-description').fill('## Why\n\nThe regulator asks for **haircuts by asset class**.\n\n- Applies from next quarter');
    // Immediate feedback from the shared rules: ranked choice needs options, a past closing time is refused.
    await carol.locator('mat-radio-button[data-process="RANKED_CHOICE"] input').check();
    await carol.getByTestId('option-0').fill('Option A');
    await carol.getByTestId('option-1').fill('option a');
    await carol.getByTestId('open-proposal').click();
    await carol.getByText('“option a” is listed twice.').waitFor();
    await carol.locator('mat-radio-button[data-preset="custom"] input').check();
    await carol.getByTestId('closes-at').fill('2020-01-01T10:00');
    await carol.getByText('The closing time must be in the future.').waitFor();
    await shot(carol, 'decisions-02-form-feedback');
    // Back to what she wants: consent, three days, quorum 50 %.
    await carol.locator('mat-radio-button[data-process="CONSENT"] input').check();
    await carol.locator('mat-radio-button[data-preset="3d"] input').check();
    await expect.poll(() => carol.locator('#closing-preview').innerText()).toMatch(/^Voting closes on .+\.$/);
    await carol.getByTestId('quorum').fill('50');
    await shot(carol, 'decisions-03-form');
    expect(await axeViolations(carol)).toEqual([]);
    await carol.getByTestId('open-proposal').click();
    await carol.waitForURL((url) => /^\/decisions\/[A-Za-z0-9_-]+$/.test(url.pathname));
    proposalUrl = carol.url();
    await carol.getByRole('heading', { level: 1, name: title }).waitFor();
    await carol.getByText(`Proposal “${title}” is open for votes.`).waitFor();
    await expect.poll(() => carol.getByTestId('proposal-status').textContent()).toMatch(/Open/);
    await carol.getByTestId('proposal-body').getByRole('heading', { name: 'Why' }).waitFor();
    await expect.poll(() => carol.getByTestId('participation').first().innerText()).toMatch(/0 of 3 voted \(0 %\)\s*· quorum of 50 % not reached yet/);
  });

  it('alice argues against it and objects; the form insists on a reason first', async () => {
    const alice = await open('alice');
    await alice.goto(proposalUrl);
    await alice.getByRole('heading', { level: 1, name: title }).waitFor();
    await alice.getByTestId('argument-CON').fill('Legacy loans lose their audit trail.');
    await alice.getByTestId('argument-CON-submit').click();
    await alice.getByText('Your argument was added.').waitFor();
    await alice.locator('pnyx-argument-board section[data-side="CON"] li[data-author="alice"]').getByText('Legacy loans lose their audit trail.').waitFor();

    await alice.locator('mat-radio-button[data-option="object"] input').check();
    await alice.getByTestId('cast-vote').click();
    await alice.getByText('Give a reason for this choice.').waitFor();
    await alice.getByTestId('vote-reason').fill(objection);
    await alice.getByTestId('cast-vote').click();
    await alice.getByText('Your vote was recorded.').waitFor();
    await alice.getByTestId('voted').locator('li[data-username="alice"]').waitFor();
    await expect.poll(() => alice.getByTestId('tally').locator('li[data-option="object"]').innerText()).toMatch(/1 vote/);
    await shot(alice, 'decisions-04-alice-objected');
    expect(await axeViolations(alice)).toEqual([]);
  });

  it("carol's open page shows alice's vote and argument without a reload", async () => {
    const carol = pages.carol;
    await carol.getByTestId('voted').locator('li[data-username="alice"]').waitFor();
    await carol.locator('pnyx-argument-board section[data-side="CON"] li[data-author="alice"]').waitFor();
    expect(carol.url()).toBe(proposalUrl);
  });

  it('bob consents', async () => {
    const bob = await open('bob');
    await bob.goto(proposalUrl);
    await bob.getByRole('heading', { level: 1, name: title }).waitFor();
    await bob.locator('mat-radio-button[data-option="consent"] input').check();
    await bob.getByTestId('cast-vote').click();
    await bob.getByText('Your vote was recorded.').waitFor();
    await expect.poll(() => bob.getByTestId('participation').first().innerText()).toMatch(/2 of 3 voted \(66.7 %\)\s*· quorum of 50 % reached/);
    await pages.carol.getByTestId('voted').locator('li[data-username="bob"]').waitFor();
    await expect.poll(() => pages.carol.getByTestId('not-voted').locator('li').count()).toBe(1);
    await shot(pages.carol, 'decisions-05-carol-live-votes');
    expect(await axeViolations(pages.carol)).toEqual([]);
  });

  it('carol, a manager, nudges the one who has not voted, once a day', async () => {
    const carol = pages.carol;
    await carol.getByTestId('nudge').click();
    await carol.getByText('1 person was reminded.').waitFor();
    await carol.getByTestId('nudge').click();
    await carol.getByText('Already nudged today. You can nudge again in 24 hours.').waitFor();
  });

  it('carol closes it: rejected, with its record', async () => {
    const carol = pages.carol;
    await carol.getByTestId('manage').click();
    await carol.getByRole('menuitem', { name: 'Close now' }).click();
    const dialog = carol.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Close “${title}” now?` }).waitFor();
    await carol.locator('.mat-mdc-dialog-container.mdc-dialog--open').waitFor();
    await carol.locator('.mat-mdc-menu-panel').waitFor({ state: 'detached' });
    expect(await axeViolations(carol)).toEqual([]);
    await dialog.getByTestId('close-confirm').click();
    await carol.getByText('The proposal is closed.').waitFor();
    await carol.getByTestId('outcome').getByRole('heading', { name: 'Decision: Rejected' }).waitFor();
    expect(await carol.getByTestId('proposal-status').getAttribute('data-outcome')).toBe('REJECTED');
    await expect.poll(() => carol.getByTestId('record-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    const [download] = await Promise.all([carol.waitForEvent('download'), carol.locator('button[data-download="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('adopt-the-new-collateral-policy-ballots.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(objection);
    await shot(carol, 'decisions-06-proposal-closed');
    expect(await axeViolations(carol)).toEqual([]);
  });

  it('alice sees the outcome on her open page and adds a minority statement', async () => {
    const alice = pages.alice;
    await alice.getByTestId('outcome').getByRole('heading', { name: 'Decision: Rejected' }).waitFor();
    await alice.getByTestId('dissent').fill('I support the goal; the migration plan for legacy loans is missing.');
    await alice.getByTestId('dissent-submit').click();
    await alice.getByText('Your minority statement is part of the record.').waitFor();
    await alice.getByTestId('dissents').locator('li[data-author="alice"]').waitFor();
    await expect.poll(() => alice.getByTestId('dissent').count()).toBe(0);
    await shot(alice, 'decisions-07-alice-dissent');
  });

  it('alice, bob and carol each see it rejected, in the outcome and in the decision log', async () => {
    // A wiki page that links to the decision shows under "Linked from".
    const { space: found } = await graphql<{ space: { id: string } }>('alice', 'query($key: String!) { space(key: $key) { id } }', { key: space.key });
    await graphql('alice', 'mutation($input: CreatePageInput!) { createPage(input: $input) { id } }', {
      input: { spaceId: found.id, title: 'Collateral policy', body: `Rejected for now: see [the vote](${new URL(proposalUrl).pathname}).` },
    });
    for (const who of ['alice', 'bob', 'carol'] as const) {
      const page = pages[who];
      await page.goto(proposalUrl);
      await page.getByTestId('outcome').getByRole('heading', { name: 'Decision: Rejected' }).waitFor();
      expect(await page.getByTestId('linked-from').getByRole('link', { name: 'Collateral policy' }).getAttribute('href')).toBe(`/s/${space.key}/collateral-policy`);
      const entry = await logEntry(page);
      await entry.locator('pnyx-outcome-chip[data-outcome="REJECTED"]').getByText('Rejected').waitFor();
      await expect.poll(() => page.getByTestId('open-proposals').count()).toBe(0);
    }
    await shot(pages.bob, 'decisions-08-bob-decision-log');
    expect(await axeViolations(pages.bob)).toEqual([]);
  });

  it('exports the decision log as Markdown', async () => {
    const carol = pages.carol;
    const [download] = await Promise.all([carol.waitForEvent('download'), carol.getByTestId('export-log').click()]);
    expect(download.suggestedFilename()).toBe(`${space.key.toLowerCase()}-decision-log.md`);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain(title);
    expect(markdown).toContain('REJECTED');
  });

  it("carol's dashboard counts the rejection this month, in the chart's table", async () => {
    const carol = pages.carol;
    await carol.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Decisions' }).click();
    await carol.waitForURL(`${server.baseUrl}/decisions`);
    await carol.getByRole('heading', { level: 1, name: 'Open decisions' }).waitFor();
    await carol.getByRole('heading', { name: 'No open decisions' }).waitFor();
    const table = carol.getByTestId('months-table');
    await table.locator('caption').waitFor({ state: 'attached' });
    const row = table.locator(`tr[data-month="${month}"]`);
    await expect.poll(() => row.locator('td[data-outcome="REJECTED"]').textContent()).toBe('1');
    expect(await row.locator('td[data-outcome="ACCEPTED"]').textContent()).toBe('0');
    await carol.getByTestId('toggle-months-table').click();
    await table.waitFor({ state: 'visible' });
    await carol.getByTestId('median-figure').getByText('from 1 decision').waitFor();
    // Two canvases drawn by chart.js (loaded on demand), under the app's Content-Security-Policy.
    await expect.poll(() => carol.locator('pnyx-decision-chart canvas[height]').count()).toBe(2);
    await shot(carol, 'decisions-09-dashboard');
    expect(await axeViolations(carol)).toEqual([]);
  });

  it('the dashboard lists an open proposal with its leaning and filters by time and following', async () => {
    const carol = pages.carol;
    const created = await graphql<{ createProposal: { id: string } }>(
      'alice',
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      {
        input: {
          spaceId: (await graphql<{ space: { id: string } }>('alice', 'query($key: String!) { space(key: $key) { id } }', { key: space.key })).space.id,
          title: 'Quarterly limit review',
          description: 'Keep the limits as they are.',
          process: 'MAJORITY',
          closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          quorumPercent: 0,
        },
      },
    );
    await carol.reload();
    const card = carol.getByTestId('dashboard-open').locator('pnyx-proposal-card', { hasText: 'Quarterly limit review' });
    await card.getByText(/Closes in [45] days/).waitFor();
    await card.getByText('No clear leaning yet').waitFor();
    await carol.getByRole('radio', { name: 'Within 24 h' }).click();
    await carol.getByRole('heading', { name: 'No open decisions match these filters' }).waitFor();
    await carol.getByRole('radio', { name: 'Within 7 days' }).click();
    await card.waitFor();
    await carol.getByTestId('followed-only').locator('button').click();
    await carol.getByRole('heading', { name: 'No open decisions match these filters' }).waitFor();
    expect(created.createProposal.id).toBeTruthy();
  });

  it("alice amends her proposal; bob, who voted on the first text, is asked to confirm and does", async () => {
    const { alice, bob } = pages;
    await bob.goto(server.baseUrl + '/decisions');
    await bob.getByTestId('dashboard-open').getByRole('link', { name: 'Quarterly limit review' }).click();
    await bob.getByRole('heading', { level: 1, name: 'Quarterly limit review' }).waitFor();
    await bob.locator('mat-radio-button[data-option="yes"] input').check();
    await bob.getByTestId('cast-vote').click();
    await bob.getByText('Your vote was recorded.').waitFor();

    await alice.goto(bob.url());
    await alice.getByTestId('manage').click();
    await alice.getByRole('menuitem', { name: 'Amend the text' }).click();
    // Type only once the dialog has opened and placed its focus.
    await alice.locator('.mat-mdc-dialog-container.mdc-dialog--open').waitFor();
    await expect.poll(() => alice.evaluate(() => !!document.activeElement?.closest('mat-dialog-container'))).toBe(true);
    await alice.getByTestId('amend-description').fill('Keep the limits as they are, and review them again in June.');
    await alice.getByRole('button', { name: 'Save amendment' }).click();
    await alice.getByText('Saved as version 2.').waitFor();
    await alice.getByRole('heading', { level: 1, name: 'Quarterly limit review' }).waitFor();

    // Over the WebSocket: bob's open page shows the banner without a reload.
    const banner = bob.getByTestId('outdated-vote');
    await banner.getByText('You voted “Yes” on version 1; it is now at version 2.', { exact: false }).waitFor();
    await bob.getByTestId('proposal-body').getByText('review them again in June').waitFor();
    await shot(bob, 'decisions-09b-outdated-vote');
    expect(await axeViolations(bob)).toEqual([]);
    await bob.getByTestId('confirm-vote').click();
    await bob.getByText('Your vote was updated.').waitFor();
    await banner.waitFor({ state: 'detached' });
  });

  it('speaks German too', async () => {
    const carol = pages.carol;
    await carol.locator('pnyx-language-switch [data-language="de"] button').click();
    await carol.getByRole('heading', { level: 1, name: 'Offene Entscheidungen' }).waitFor();
    await carol.getByRole('figure', { name: 'Entscheidungen pro Monat nach Ergebnis' }).waitFor();
    await carol.goto(proposalUrl);
    await carol.getByTestId('outcome').getByRole('heading', { name: 'Entscheidung: Abgelehnt' }).waitFor();
    await shot(carol, 'decisions-10-proposal-german');
    await carol.locator('pnyx-language-switch [data-language="en"] button').click();
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
