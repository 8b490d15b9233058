// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- proxy-addr ships no types; this makes the local declarations part of every program that compiles this library
/// <reference path="./proxy-addr.d.ts" />
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** TRUST_PROXY as express takes it: all, none, a hop count, or addresses, subnets and names (loopback, …). */
export type TrustProxy = boolean | number | readonly string[];

/**
 * The client's address of a request, as express's `req.ip` tells it with
 * `trust proxy` set to `trust` — for requests express never sees (the
 * WebSocket upgrade) and to be sure both transports count the same address.
 */
export function clientIpResolver(trust: TrustProxy): (request: IncomingMessage) => string {
  const trusted: (address: string, hop: number) => boolean =
    typeof trust === 'boolean' ? () => trust : typeof trust === 'number' ? (_address, hop) => hop < trust : proxyaddr.compile([...trust]);
  return (request) => proxyaddr(request, trusted) ?? 'unknown';
}
