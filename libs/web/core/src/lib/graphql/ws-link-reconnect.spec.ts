import { ApolloLink, type ApolloClient } from '@apollo/client';
import { buildSchema, parse } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { AuthService } from '../auth/auth.service';
import { createWsLink } from './ws-link';

const schema = buildSchema('type Query { ok: Boolean } type Subscription { tick: Int }');

/** An event stream that never emits and closes at once when asked. */
function quiet(): AsyncIterableIterator<never> {
  const iterator: AsyncIterableIterator<never> = {
    next: () => new Promise<IteratorResult<never>>(() => undefined),
    return: async () => ({ done: true, value: undefined }),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

describe('createWsLink reconnect signalling', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    vi.unstubAllGlobals();
  });

  it('tells onReconnect when a running subscription had to connect again, not at the first connect', async () => {
    vi.stubGlobal('WebSocket', WebSocket);
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    let subscribes = 0;
    const server = useServer({ schema, roots: { subscription: { tick: quiet } }, onSubscribe: () => void subscribes++ }, wss);
    cleanups.push(() => new Promise<void>((resolve) => wss.close(() => resolve())), () => server.dispose());

    const port = (wss.address() as { port: number }).port;
    const auth = { accessToken: async () => 'opaque-token' } as unknown as AuthService;
    let reconnects = 0;
    const link = createWsLink(auth, `ws://127.0.0.1:${port}/graphql`, () => reconnects++);
    cleanups.push(() => link.client.dispose());
    const running = ApolloLink.execute(link, { query: parse('subscription { tick }') }, { client: {} as ApolloClient }).subscribe({ error: () => undefined });
    cleanups.push(() => running.unsubscribe());

    await expect.poll(() => subscribes).toBe(1);
    expect(reconnects).toBe(0);

    // The server goes away (1012 Service Restart): graphql-ws reconnects and subscribes again.
    for (const socket of wss.clients) socket.close(1012, 'Service Restart');
    await expect.poll(() => subscribes, { timeout: 5_000 }).toBe(2);
    expect(reconnects).toBe(1);
  });
});
