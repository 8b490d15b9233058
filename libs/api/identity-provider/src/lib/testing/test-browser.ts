interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
}

/** fetch with a cookie jar (path-scoped, single host) and manual redirects, enough to drive the login flow. */
export class TestBrowser {
  private readonly cookies = new Map<string, StoredCookie>();

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(target.pathname);
    if (cookie) headers.set('Cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) this.store(header);
    return response;
  }

  postForm(url: string | URL, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  cookieNames(): string[] {
    return [...this.cookies.values()].map((cookie) => cookie.name);
  }

  private cookieHeader(pathname: string): string {
    return [...this.cookies.values()]
      .filter(({ path }) => pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`))
      .sort((a, b) => b.path.length - a.path.length)
      .map(({ name, value }) => `${name}=${value}`)
      .join('; ');
  }

  private store(header: string): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    const attribute = (key: string) =>
      attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const path = attribute('path') ?? '/';
    const expires = attribute('expires');
    const maxAge = attribute('max-age');
    const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
    const key = `${name};${path}`;
    if (expired || value === '') this.cookies.delete(key);
    else this.cookies.set(key, { name, value, path });
  }
}

/** Location of a redirect response, absolute. */
export function redirectTarget(response: Response): URL {
  const location = response.headers.get('location');
  if (response.status < 300 || response.status >= 400 || !location) {
    throw new Error(`expected a redirect, got ${response.status}`);
  }
  return new URL(location, response.url);
}

/** The first form of a page: decoded action and hidden inputs. */
export function parseForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form\b[^>]*\baction="([^"]*)"/i.exec(html)?.[1];
  if (action === undefined) throw new Error('no form found');
  const fields: Record<string, string> = {};
  for (const [input] of html.matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname="([^"]*)"/i.exec(input)?.[1];
    const type = /\btype="([^"]*)"/i.exec(input)?.[1];
    if (name && type === 'hidden') fields[decodeHtml(name)] = decodeHtml(/\bvalue="([^"]*)"/i.exec(input)?.[1] ?? '');
  }
  return { action: decodeHtml(action), fields };
}

function decodeHtml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Payload of a JWT, decoded the way keycloak-js does (no verification). */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
