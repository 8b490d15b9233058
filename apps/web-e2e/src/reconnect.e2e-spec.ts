import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introduceUser, graphqlAs } from './support/api';
import { launchChromium, pageProblems, screenshot, watchPage } from './support/browser';
import { type TestServer, startServer } from './support/server';

const WAIT = { timeout: 30_000, interval: 100 };
/** WebSocket 1012 Service Restart: what a server going away sends; graphql-ws clients reconnect after it. */
const SERVICE_RESTART = 1012;
/** WebSocket 1013 Try Again Later: the answer to a connection attempt while "offline"; retried too. */
const TRY_AGAIN_LATER = 1013;
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Live updates survive a lost WebSocket: alice has the home feed open; the
 * server drops her socket and refuses her reconnects for a while; bob posts
 * meanwhile (through the GraphQL HTTP API), so the feed event is published
 * while she has no subscription and never reaches her. Once she can connect
 * again, the app reads the feed again (a reconnect means missed events) and
 * the "1 new post" banner shows, without a page reload.
 *
 * Then the API itself ends her feed subscription with RESYNC (a hole in the
 * numbering on the Redis channel): the app subscribes again and reads the
 * feed again, showing no error.
 *
 * The socket goes through Playwright's WebSocket routing (Chromium's offline
 * mode does not touch WebSockets), which forwards everything both ways and
 * lets the test close the server side and refuse new connections.
 */
describe('reconnect journey', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let alice: Page;
  const problems = pageProblems();
  /** alice's WebSocket connections, in order: the page's side and the server's. */
  const connections: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  /** Frames the server sent to alice, per connection. */
  const received: string[][] = [];
  /** Frames alice's page sent, per connection. */
  const sent: string[][] = [];
  let offline = false;
  let refused = 0;
  let redis: Redis;
  /** How often alice's page read the feed's first page over HTTP. */
  let feedReads = 0;

  /** A GraphQL call as `username` (the demo users' password is their username). */
  const graphql = <T>(username: string, query: string, variables: Record<string, unknown> = {}) => graphqlAs<T>(server.baseUrl, username, query, variables);

  /** Whether the connection `index` subscribed to new feed items (Everything). */
  function subscribedOn(index: number): boolean {
    return (sent[index] ?? []).some((frame) => frame.includes('"subscribe"') && frame.includes('feedItemAdded'));
  }

  beforeAll(async () => {
    // The API fans out through Redis here (the spawned server inherits the environment).
    const previous = process.env['REDIS_URL'];
    process.env['REDIS_URL'] = REDIS_URL;
    try {
      server = await startServer();
    } finally {
      if (previous === undefined) delete process.env['REDIS_URL'];
      else process.env['REDIS_URL'] = previous;
    }
    redis = new Redis(REDIS_URL, { connectionName: 'pnyx-reconnect-e2e' });
    browser = await launchChromium();
    for (const who of ['alice', 'bob']) await introduceUser(server.baseUrl, who);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await context.routeWebSocket(/\/graphql$/, (page) => {
      if (offline) {
        refused++;
        void page.close({ code: TRY_AGAIN_LATER, reason: 'offline' });
        return;
      }
      const index = connections.length;
      received.push([]);
      sent.push([]);
      const upstream = page.connectToServer();
      connections.push({ page, server: upstream });
      page.onMessage((frame) => {
        sent[index]?.push(String(frame));
        upstream.send(frame);
      });
      upstream.onMessage((frame) => {
        received[index]?.push(String(frame));
        page.send(frame);
      });
    });
    alice = await context.newPage();
    alice.setDefaultTimeout(15_000);
    await watchPage(alice, problems, 'alice');
    alice.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql') && request.postData()?.includes('"operationName":"Feed"')) feedReads++;
    });
  });

  afterAll(async () => {
    redis?.disconnect();
    await browser?.close();
    await server?.stop();
  });

  it('alice signs in and has Everything open, subscribed to new feed items', async () => {
    await alice.goto(server.baseUrl);
    await alice.locator('#username').waitFor();
    await alice.fill('#username', 'alice');
    await alice.fill('#password', 'alice');
    await alice.click('#kc-login');
    await alice.waitForURL(`${server.baseUrl}/`);
    await alice.getByTestId('tab-everything').click();
    await alice.waitForURL(`${server.baseUrl}/?tab=everything`);
    await alice.getByTestId('composer').waitFor();
    await expect.poll(() => connections.length, WAIT).toBeGreaterThan(0);
    await expect.poll(() => subscribedOn(connections.length - 1), WAIT).toBe(true);
    expect(await alice.getByTestId('feed-banner').count()).toBe(0);
  });

  it('the server drops her socket; bob posts while she cannot reconnect; once she can, the banner shows his post without a reload', async () => {
    const before = connections.length;
    const navigations: string[] = [];
    alice.on('framenavigated', (frame) => {
      if (frame === alice.mainFrame()) navigations.push(frame.url());
    });

    offline = true;
    const dropped = connections[before - 1];
    // Both ends, as a server going away would: the page hears 1012, the API ends the socket's
    // subscriptions. (The route's server end is a WebSocket of the page: it may only send 1000.)
    await dropped?.page.close({ code: SERVICE_RESTART, reason: 'Service Restart' });
    await dropped?.server.close();
    // graphql-ws retries: the next attempt is refused, so she is disconnected for sure.
    await expect.poll(() => refused, WAIT).toBeGreaterThan(0);

    const text = `Während du weg warst ${Date.now()}`;
    const created = await graphql<{ createPost: { id: string } }>('bob', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { body: text } });
    // The feed item exists (and was announced to nobody connected) once bob's Everything lists it.
    await expect
      .poll(async () => {
        const feed = await graphql<{ feed: { nodes: { subject: { id: string } }[] } }>('bob', '{ feed(first: 5) { nodes { subject { ... on Post { id } } } } }');
        return feed.feed.nodes.some((node) => node.subject?.id === created.createPost.id);
      }, WAIT)
      .toBe(true);

    offline = false;
    await expect.poll(() => connections.length, WAIT).toBeGreaterThan(before);
    await expect.poll(() => subscribedOn(connections.length - 1), WAIT).toBe(true);

    const banner = alice.getByTestId('feed-banner');
    await banner.waitFor({ timeout: WAIT.timeout });
    expect((await banner.innerText()).trim()).toContain('1 new post');
    // Caught up by reading again, not sent live: no connection carried the feed item.
    expect(received.flat().some((frame) => frame.includes(created.createPost.id) || frame.includes('Während du weg warst'))).toBe(false);
    await screenshot(alice, 'reconnect-01-banner-after-reconnect');

    await banner.click();
    const first = alice.getByTestId('feed').locator('pnyx-feed-item-card').first();
    await expect.poll(() => first.innerText(), WAIT).toContain('Während du weg warst');
    expect(navigations).toEqual([]);
  });

  it('stays live on the new connection: a later post of bob arrives over it', async () => {
    const index = connections.length - 1;
    await graphql('bob', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { body: 'Wieder da' } });
    await expect.poll(() => (received[index] ?? []).some((frame) => frame.includes('Wieder da')), WAIT).toBe(true);
    const banner = alice.getByTestId('feed-banner');
    await expect.poll(async () => ((await banner.count()) ? (await banner.innerText()).trim() : ''), WAIT).toContain('1 new post');
    expect(problems.errors).toEqual([]);
  });

  it('the API ends her feed subscription with RESYNC: the app subscribes again, reads the feed again, shows no error', async () => {
    const index = connections.length - 1;
    const sentBefore = sent[index]?.length ?? 0;
    const readsBefore = feedReads;
    // A publisher whose numbering skips 2: alice's API process may have missed a feed item.
    const channel = `pnyx:${server.databaseName}:feed.item_added`;
    const origin = randomUUID();
    // About an item that does not exist: nobody is sent anything for it, but the numbering counts.
    const message = (seq: number) => JSON.stringify({ topic: 'feed.item_added', origin, seq, publishedAt: Date.now(), data: { itemId: randomUUID(), spaceId: null } });
    expect(await redis.publish(channel, message(1))).toBeGreaterThan(0);
    expect(await redis.publish(channel, message(3))).toBeGreaterThan(0);

    await expect
      .poll(() => (received[index] ?? []).some((frame) => frame.includes('"type":"error"') && frame.includes('"code":"RESYNC"')), WAIT)
      .toBe(true);
    // Subscribed again on the same connection, and the first page read again.
    await expect.poll(() => (sent[index] ?? []).slice(sentBefore).some((frame) => frame.includes('"subscribe"') && frame.includes('feedItemAdded')), WAIT).toBe(true);
    await expect.poll(() => feedReads, WAIT).toBeGreaterThan(readsBefore);
    expect(connections.length).toBe(index + 1);

    await graphql('bob', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { body: 'Nach dem Resync' } });
    await expect.poll(() => (received[index] ?? []).some((frame) => frame.includes('Nach dem Resync')), WAIT).toBe(true);
    const banner = alice.getByTestId('feed-banner');
    await expect.poll(async () => ((await banner.count()) ? (await banner.innerText()).trim() : ''), WAIT).toContain('2 new posts');
    expect(await alice.locator('mat-snack-bar-container').count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await screenshot(alice, 'reconnect-02-after-resync');
  });
});
