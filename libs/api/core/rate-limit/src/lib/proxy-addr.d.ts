/**
 * Minimal type declarations for proxy-addr 2 (express's own dependency, which
 * tells a request's client address from X-Forwarded-For for `req.ip`; it
 * ships no types). Pulled in by the triple-slash reference in `client-ip.ts`.
 */
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';

  type Trust = (address: string, hop: number) => boolean;

  function proxyaddr(req: IncomingMessage, trust: Trust): string;

  namespace proxyaddr {
    function compile(value: string | string[]): Trust;
  }

  export = proxyaddr;
}
