import { escapeHtml, type HtmlPage } from './html-page';

/**
 * RP-initiated logout: oidc-provider's confirmation form (action + xsrf),
 * extended with `logout=yes` (end the whole session, as Keycloak does) and
 * submitted automatically, so signing out needs no extra click.
 */
export function logoutPage(oidcForm: string): HtmlPage {
  const form = oidcForm.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
  return {
    title: 'Signing out of Pnyx',
    body: `<h1>Signing out…</h1>
${form}
<noscript><p>JavaScript is disabled. Please confirm:</p><button type="submit" form="op.logoutForm">Sign out</button></noscript>`,
    scripts: [`document.getElementById('op.logoutForm').submit();`],
  };
}

export function loggedOutPage(): HtmlPage {
  return {
    title: 'Signed out of Pnyx',
    body: `<h1>You are signed out</h1>
<p class="muted">You can close this window or go back to the application to sign in again.</p>`,
  };
}

export function errorPage(title: string, details: Readonly<Record<string, unknown>>): HtmlPage {
  const items = Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd><code>${escapeHtml(value)}</code></dd>`)
    .join('\n');
  return {
    title: `${title} – Pnyx`,
    body: `<h1>${escapeHtml(title)}</h1>
${items ? `<dl>\n${items}\n</dl>` : ''}
<p class="muted">Go back to the application and try to sign in again.</p>`,
  };
}

export function sessionExpiredPage(): HtmlPage {
  return {
    title: 'Sign-in expired – Pnyx',
    body: `<h1>Your sign-in has expired</h1>
<p class="muted">The sign-in took too long or this page was opened outside of a sign-in. Go back to the application and sign in again.</p>`,
  };
}
