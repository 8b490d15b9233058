/**
 * Keycloak-style redirect URI rules: exact URIs, or prefixes ending in `*`
 * (e.g. `http://localhost:4200/*`). oidc-provider itself only knows exact URIs.
 */
export interface RedirectUriPolicy {
  /** Concrete URIs to register with oidc-provider (it requires valid, exact URIs). */
  readonly registered: readonly string[];
  /** Browser origins of the client (for CORS). */
  readonly origins: ReadonlySet<string>;
  allows(uri: string): boolean;
}

interface Rule {
  readonly origin: string;
  readonly exact?: string;
  readonly prefix?: string;
}

export function redirectUriPolicy(patterns: readonly string[]): RedirectUriPolicy {
  if (patterns.length === 0) throw new Error('at least one redirect URI is required');
  const rules = patterns.map(parseRule);
  return {
    registered: [...new Set(rules.map((rule) => rule.exact ?? rule.prefix ?? rule.origin))],
    origins: new Set(rules.map((rule) => rule.origin)),
    allows(uri: string): boolean {
      if (uri.includes('#')) return false;
      const url = URL.parse(uri);
      if (!url || !isHttp(url)) return false;
      return rules.some((rule) =>
        rule.exact !== undefined ? rule.exact === uri : url.origin === rule.origin && url.href.startsWith(rule.prefix ?? ''),
      );
    },
  };
}

function parseRule(pattern: string): Rule {
  const wildcard = pattern.endsWith('*');
  const url = URL.parse(wildcard ? pattern.slice(0, -1) : pattern);
  if (!url || !isHttp(url) || url.hash || url.username || url.password || (!wildcard && pattern.includes('*'))) {
    throw new Error(`invalid redirect URI pattern: ${pattern}`);
  }
  return wildcard ? { origin: url.origin, prefix: url.href } : { origin: url.origin, exact: pattern };
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}
