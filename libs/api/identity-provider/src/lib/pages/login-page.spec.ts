import { describe, expect, it } from 'vitest';
import { escapeHtml, renderPage } from './html-page';
import { loginPage } from './login-page';

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
});
