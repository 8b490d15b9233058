import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

export interface SecurityHeadersOptions {
  /** Where browsers reach Pnyx (PUBLIC_URL). https turns on HSTS and upgrade-insecure-requests. */
  publicUrl: string;
  /** The OIDC realm URL. On another origin (a real Keycloak) keycloak-js talks to it. */
  issuerUrl: string;
}

type DirectiveValue = string | ((req: IncomingMessage, res: ServerResponse) => string);

const nonces = new WeakMap<ServerResponse, string>();

/**
 * The nonce of this response's Content-Security-Policy: index.html hands it to Angular
 * (`ngCspNonce`), which puts it on the <style> elements it adds for component styles.
 */
export function cspNonce(res: ServerResponse): string {
  let nonce = nonces.get(res);
  if (!nonce) {
    nonce = randomBytes(16).toString('base64');
    nonces.set(res, nonce);
  }
  return nonce;
}

function websocketOrigin(url: URL): string {
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

/**
 * The policy, directive by directive (see docs/architecture.md, "Security headers"):
 * scripts from this origin only, styles from this origin or carrying the response's
 * nonce, images also inline (`data:`) and from any https host (Markdown images by URL),
 * connections to this origin (HTTP and the GraphQL WebSocket) and to the identity
 * provider, no framing, no plugins, forms only to this origin and the identity provider.
 */
export function contentSecurityPolicyDirectives({ publicUrl, issuerUrl }: SecurityHeadersOptions): Record<string, DirectiveValue[]> {
  const app = new URL(publicUrl);
  const issuer = new URL(issuerUrl).origin;
  const identityProvider = issuer === app.origin ? [] : [issuer];
  const https = app.protocol === 'https:';
  return {
    'default-src': [`'self'`],
    'script-src': [`'self'`],
    'style-src': [`'self'`, (_req, res) => `'nonce-${cspNonce(res)}'`],
    'img-src': [`'self'`, 'data:', 'https:'],
    'connect-src': [`'self'`, websocketOrigin(app), ...identityProvider],
    'frame-ancestors': [`'none'`],
    'object-src': [`'none'`],
    'base-uri': [`'self'`],
    'form-action': [`'self'`, ...identityProvider],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Security headers on every response (helmet): the CSP above, `nosniff`,
 * `Referrer-Policy: same-origin`, `X-Frame-Options: DENY`, cross-origin isolation
 * of the opener and of resources, and HSTS when PUBLIC_URL is https. The identity
 * provider's pages replace the CSP with their own, stricter one.
 */
export function securityHeaders(options: SecurityHeadersOptions): RequestHandler {
  const https = new URL(options.publicUrl).protocol === 'https:';
  const directives = contentSecurityPolicyDirectives(options);
  const common = {
    referrerPolicy: { policy: 'same-origin' as const },
    xFrameOptions: { action: 'deny' as const },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : (false as const),
  };
  const pages = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives } });
  // JSON answers render no styles: the same policy without a per-response nonce, built once (the API's hot path).
  const api = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { ...directives, 'style-src': [`'self'`] } } });
  return (req: Request, res: Response, next: NextFunction) => (API_PATHS.has(req.path) ? api : pages)(req, res, next);
}

/** Answers that are never an HTML page. */
const API_PATHS = new Set(['/graphql', '/health', '/metrics']);
