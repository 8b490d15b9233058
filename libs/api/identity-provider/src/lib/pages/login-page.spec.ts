import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, pageContentSecurityPolicy, renderPage, type HtmlPage } from './html-page';
import { loginPage } from './login-page';
import { logoutPage } from './session-pages';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('login page', () => {
  it('escapes everything it renders', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderPage(loginPage({ action: '/login-actions/a"b', username: '"><script>', error: '<b>' }));
    expect(html).toContain('action="/login-actions/a&quot;b"');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toMatch(/<script>|<b>/);
  });

  it('is an accessible Keycloak-like form listing the demo users', () => {
    const html = renderPage(loginPage({ action: '/x', error: 'Invalid username or password.' }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Sign in to Pnyx</title>');
    expect(html).toContain('<label for="username">');
    expect(html).toContain('<label for="password">');
    expect(html).toContain('id="kc-login"');
    expect(html).toContain('role="alert" id="input-error"');
    expect(html).toContain('aria-describedby="input-error"');
    for (const username of ['alice', 'bob', 'carol', 'admin']) expect(html).toContain(`<code>${username}</code>`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each<[string, HtmlPage]>([
    ['login', loginPage({ action: '/x' })],
    ['logout', logoutPage('<form id="op.logoutForm" method="post" action="/session/end/confirm"><input type="hidden" name="xsrf" value="x"/></form>')],
  ])('%s page: its CSP allows exactly its inline style and scripts, by hash', (_name, page) => {
    const html = renderPage(page);
    const csp = new Map(pageContentSecurityPolicy(page).split('; ').map((d) => [d.slice(0, d.indexOf(' ')), d.slice(d.indexOf(' ') + 1)]));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1] ?? ''));
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ''));
    expect(styles).toHaveLength(1);
    expect(csp.get('style-src')).toBe(styles.join(' '));
    expect(csp.get('script-src')).toBe(scripts.length ? scripts.join(' ') : `'none'`);
    expect(csp.get('frame-ancestors')).toBe(`'none'`);
    expect(csp.get('form-action')).toBe(`'self'`);
    expect(csp.get('default-src')).toBe(`'none'`);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});
