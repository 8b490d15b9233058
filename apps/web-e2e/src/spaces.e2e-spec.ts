import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser } from './support/api';
import { axeViolations, launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

/**
 * The first journey through the hub: sign in through the identity provider, create a
 * space, find it, see yourself as its owner, add a colleague, switch to German, use it on
 * a phone, sign out. One page, steps in order; a screenshot at each key step.
 */
describe('spaces journey', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const space = { key: `RISK-${suffix}`, name: `Risk Committee ${suffix}`, description: 'Where credit risk proposals are argued and decided.' };
  const problems = pageProblems();
  const authRequests: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    // Under the served Content-Security-Policy: any violation fails the journey.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await watchPage(page, problems, 'alice');
    page.on('request', (request) => {
      if (request.url().includes('/protocol/openid-connect/auth')) authRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends an anonymous visitor to the identity provider', async () => {
    await page.goto(server.baseUrl);
    await page.locator('#username').waitFor();
    expect(page.url().startsWith(`${server.baseUrl}/realms/pnyx/`)).toBe(true);
    const authorize = new URL(authRequests[0] ?? 'http://missing');
    expect(authorize.searchParams.get('client_id')).toBe('pnyx-web');
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    await screenshot(page, '01-login');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('signs alice in and lands in the hub with her name in the top bar', async () => {
    await page.fill('#username', 'alice');
    await page.fill('#password', 'alice');
    await page.click('#kc-login');
    await page.waitForURL(`${server.baseUrl}/`); // the home feed
    await page.goto(`${server.baseUrl}/spaces`); // signed in already: straight through the identity provider
    await page.waitForURL(`${server.baseUrl}/spaces`);
    const userName = page.locator('pnyx-top-bar [data-testid="user-name"]');
    await expect.poll(() => userName.textContent()).toMatch(/alice/i);
    await page.getByRole('heading', { level: 1, name: 'Spaces' }).waitFor();
    await page.getByRole('heading', { name: 'No spaces yet' }).waitFor();
    expect(await page.title()).toBe('Spaces · Pnyx');
    await screenshot(page, '02-hub-empty');
  });

  it('offers a skip link as the first keyboard stop', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    await screenshot(page, '02b-skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toBe(`${server.baseUrl}/spaces`);
  });

  it('checks the new-space form on the client before sending it', async () => {
    await page.getByRole('link', { name: 'Create space' }).first().click();
    await page.waitForURL(`${server.baseUrl}/spaces/new`);
    await page.getByRole('button', { name: 'Create space' }).click();
    await page.getByText('Give the space a name.').waitFor();
    await page.getByText('Choose a key.').waitFor();
    await page.getByLabel('Key').fill('x');
    await page.getByText('Use 2–32 letters, digits or dashes.').waitFor();
    await screenshot(page, '03-create-validation');
  });

  it('creates a private space and opens it', async () => {
    await page.getByLabel('Name').fill(space.name);
    await page.getByLabel('Key').fill(space.key);
    await page.getByLabel('Description').fill(space.description);
    await page.getByRole('radio', { name: /Private/ }).check();
    await screenshot(page, '04-create-filled');
    await page.getByRole('button', { name: 'Create space' }).click();
    await page.waitForURL(`${server.baseUrl}/s/${space.key}`);
    await page.getByRole('heading', { level: 1, name: space.name }).waitFor();
    await page.getByText(`Space “${space.name}” created.`).waitFor();
    await screenshot(page, '05-space-created');
  });

  it('lists the new space', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Spaces' }).click();
    await page.waitForURL(`${server.baseUrl}/spaces`);
    const card = page.locator('pnyx-space-card', { hasText: space.name });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('Private');
    await expect.poll(() => card.textContent()).toContain('1 member');
    await expect.poll(() => card.textContent()).toContain(`Key ${space.key}`);
    await screenshot(page, '06-list');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens the space and shows alice as its owner', async () => {
    await page.getByRole('link', { name: space.name }).click();
    await page.waitForURL(`${server.baseUrl}/s/${space.key}`);
    const alice = page.locator('pnyx-member-list li[data-username="alice"]');
    await alice.waitFor();
    await expect.poll(() => alice.textContent()).toContain('Owner');
    await page.getByRole('heading', { name: 'Add a member' }).waitFor();
    await screenshot(page, '07-space-owner');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adds bob as a member, found by the autocomplete', async () => {
    await introduceUser(server.baseUrl, 'bob');
    await page.getByLabel('Username').fill('bo');
    const option = page.getByRole('option', { name: /bob/i });
    await option.waitFor();
    await screenshot(page, '08-autocomplete');
    await option.click();
    await page.getByRole('button', { name: 'Add member' }).click();
    const bob = page.locator('pnyx-member-list li[data-username="bob"]');
    await bob.waitFor();
    await expect.poll(() => bob.textContent()).toContain('Member');
    await expect.poll(() => page.locator('#members-heading').textContent()).toContain('2 members');
    await screenshot(page, '09-member-added');
  });

  it('says "This key is taken" next to the key when it is', async () => {
    await page.goto(`${server.baseUrl}/spaces/new`);
    await page.getByLabel('Name').fill('Another risk committee');
    await page.getByLabel('Key').fill(space.key);
    await page.getByRole('button', { name: 'Create space' }).click();
    await page.getByText('This key is taken.').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/spaces/new`);
    await screenshot(page, '10-key-taken');
  });

  it('switches to German, and stays German after a reload', async () => {
    await page.goto(`${server.baseUrl}/s/${space.key}`);
    await page.getByRole('heading', { level: 1, name: space.name }).waitFor();
    await page.locator('pnyx-language-switch [data-language="de"] button').click();
    await page.getByRole('heading', { name: /^Mitglieder/ }).waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Bereiche' }).waitFor();
    const alice = page.locator('pnyx-member-list li[data-username="alice"]');
    await expect.poll(() => alice.textContent()).toContain('Verantwortlich');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await screenshot(page, '11-german-space');
    await page.reload();
    await page.getByRole('heading', { name: 'Mitglied hinzufügen' }).waitFor();
  });

  it('shows a friendly page for a space that does not exist or is hidden', async () => {
    await page.goto(`${server.baseUrl}/s/NO-SUCH-${suffix}`);
    await page.getByRole('heading', { name: 'Bereich nicht gefunden' }).waitFor();
    await screenshot(page, '12-not-found-de');
  });

  it('fits a phone: the navigation becomes a menu', async () => {
    await page.locator('pnyx-language-switch [data-language="en"] button').click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/spaces`);
    await page.locator('pnyx-space-card', { hasText: space.name }).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
    await screenshot(page, '13-phone-list');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Spaces' }).waitFor();
    await screenshot(page, '14-phone-menu');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('refuses a script injected into a screen (the Content-Security-Policy at work)', async () => {
    const probe = await context.newPage();
    const probeProblems = pageProblems();
    await watchPage(probe, probeProblems, 'probe');
    await probe.goto(`${server.baseUrl}/spaces`); // signed in already: straight through the identity provider
    await probe.getByRole('heading', { level: 1, name: 'Spaces' }).waitFor();
    await probe.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran";';
      document.body.append(script);
    });
    await expect.poll(() => probeProblems.cspViolations.some((line) => line.startsWith('probe: script-src-elem refused inline'))).toBe(true);
    expect(await probe.evaluate(() => document.body.dataset['injected'])).toBeUndefined();
    expect(probeProblems.cspViolations.filter((line) => !/script-src/.test(line))).toEqual([]);
    expect(probeProblems.errors).toEqual([]);
    await probe.close();
  });

  it('signs out back to the identity provider', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#username').waitFor();
    await screenshot(page, '15-signed-out');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
