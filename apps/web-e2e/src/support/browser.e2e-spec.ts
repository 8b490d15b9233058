import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, type PageProblems, pageProblems, watchPage } from './browser';

/** As strict as the app's policy for what these pages try. */
const CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'`;

const PAGES: Record<string, { type: string; body: string }> = {
  '/clean': {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>Clean</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/site.css"></head>
<body><main><h1>Clean</h1><p id="said">…</p></main><script src="/site.js"></script></body></html>`,
  },
  '/violating': {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>Violating</title><link rel="icon" href="data:,"><style>h1 { color: red }</style></head>
<body><main><h1>Violating</h1><img alt="" src="http://images.invalid/tracker.png"></main>
<script>document.title = 'inline script ran';</script></body></html>`,
  },
  '/throwing': {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>Throwing</title><link rel="icon" href="data:,"></head><body><script src="/throw.js"></script></body></html>`,
  },
  '/site.css': { type: 'text/css', body: 'h1 { color: #1f4f8a }' },
  '/site.js': { type: 'text/javascript', body: `document.getElementById('said').textContent = 'served script ran';` },
  '/throw.js': { type: 'text/javascript', body: `throw new Error('boom from throw.js');` },
};

/**
 * The journeys trust the problem collector to fail them on any CSP violation or error;
 * this proves it sees them, on tiny pages served under a strict policy.
 */
describe('page problem collector', () => {
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const page = PAGES[req.url ?? ''];
      if (!page) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': page.type, 'content-security-policy': CSP }).end(page.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function visit(path: string): Promise<{ page: Page; problems: PageProblems }> {
    const page = await (await browser.newContext()).newPage();
    const problems = pageProblems();
    await watchPage(page, problems, 'tester');
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    return { page, problems };
  }

  it('records nothing for a page that keeps to its policy, and axe still runs there', async () => {
    const { page, problems } = await visit('/clean');
    await expect.poll(() => page.locator('#said').textContent()).toBe('served script ran');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('records each refused inline script, inline style and foreign image', async () => {
    const { page, problems } = await visit('/violating');
    const directives = ['script-src-elem', 'style-src-elem', 'img-src'];
    const reported = (directive: string) => problems.cspViolations.some((line) => line.startsWith(`tester: ${directive} refused`));
    await expect.poll(() => directives.filter(reported)).toEqual(directives);
    expect(problems.cspViolations.find((line) => line.startsWith('tester: img-src'))).toContain('http://images.invalid/tracker.png');
    // Chromium's own console reports land with the violations, not with the errors.
    expect(problems.cspViolations.some((line) => /violates the following Content Security Policy directive/.test(line))).toBe(true);
    expect(await page.title()).toBe('Violating');
    expect(problems.errors).toEqual([]);
  });

  it('records an uncaught error', async () => {
    const { problems } = await visit('/throwing');
    await expect.poll(() => problems.errors).toEqual(['tester: boom from throw.js']);
    expect(problems.cspViolations).toEqual([]);
  });
});
