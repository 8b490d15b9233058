import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import type { AuthService } from '../auth/auth.service';

/** Reconnect this long before the connection's token expires (the API closes it with 4401 at expiry). */
export const RECONNECT_BEFORE_EXPIRY_MS = 15_000;
const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_RETRY_WAIT_MS = 30_000;

/** The WebSocket URL of a same-origin path (`/graphql` → `wss://host/graphql` under https). */
export function webSocketUrl(path: string, location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

/** The `exp` of a JWT in epoch ms, or null when it has none (or is no JWT). */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** How long a connection opened with `token` may stay before it reconnects with a fresh one; null: no limit known. */
export function reconnectDelay(token: string, now: number): number | null {
  const expiry = tokenExpiry(token);
  if (expiry === null) return null;
  return Math.min(Math.max(expiry - now - RECONNECT_BEFORE_EXPIRY_MS, 0), MAX_TIMER_MS);
}

/** Quick first retries (a planned reconnect, a blip), then exponential up to 30 s, with jitter. */
export function retryWaitMs(retries: number, random = Math.random()): number {
  return Math.min(250 * 2 ** retries, MAX_RETRY_WAIT_MS) * (0.5 + random / 2);
}

/**
 * GraphQL over WebSocket (graphql-ws) for subscriptions. Connects when the
 * first subscription starts and closes after the last one (lazy); sends
 * `Authorization: Bearer <token>` as a connection parameter with a token
 * fetched fresh at each (re)connect; reconnects shortly before that token
 * expires and after connection losses, resubscribing what was running;
 * `onReconnect` hears of each connection after the first while subscriptions
 * ran (what was published in between never arrives: refetch).
 */
export function createWsLink(auth: AuthService, url: string, onReconnect: () => void = () => undefined): GraphQLWsLink {
  let token = '';
  let refresh: ReturnType<typeof setTimeout> | undefined;
  const client: Client = createClient({
    url,
    lazy: true,
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryWaitMs(retries))),
    connectionParams: async () => {
      token = await auth.accessToken();
      return { Authorization: `Bearer ${token}` };
    },
    on: {
      connected: (_socket, _payload, wasRetry) => {
        clearTimeout(refresh);
        if (wasRetry) onReconnect();
        const delay = reconnectDelay(token, Date.now());
        // terminate() closes with 4499, which graphql-ws retries: a new connection, a fresh token.
        if (delay !== null) refresh = setTimeout(() => client.terminate(), delay);
      },
      closed: () => clearTimeout(refresh),
    },
  });
  return new GraphQLWsLink(client);
}
