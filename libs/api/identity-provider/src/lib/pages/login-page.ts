import { DEMO_USERS } from '../accounts/demo-users';
import { escapeHtml, type HtmlPage } from './html-page';

export interface LoginPageModel {
  /** Form action (path of this interaction). */
  action: string;
  username?: string;
  /** Shown above the form, announced to screen readers. */
  error?: string;
}

export const INVALID_CREDENTIALS_MESSAGE = 'Invalid username or password.';

/** Shown instead of checking the password while an account (or address) is refused after too many failures. */
export function tooManyFailuresMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** Keycloak-like login form: ids `username`, `password`, `kc-login`, error `input-error`. */
export function loginPage({ action, username = '', error }: LoginPageModel): HtmlPage {
  const invalid = error ? ' aria-invalid="true" aria-describedby="input-error"' : '';
  const alert = error ? `<div class="alert" role="alert" id="input-error">${escapeHtml(error)}</div>` : '';
  const focusUsername = username ? '' : ' autofocus';
  const focusPassword = username ? ' autofocus' : '';
  return {
    title: 'Sign in to Pnyx',
    body: `<h1 id="kc-page-title">Sign in to Pnyx</h1>
${alert}
<form id="kc-form-login" method="post" action="${escapeHtml(action)}">
<label for="username">Username or email</label>
<input id="username" name="username" type="text" value="${escapeHtml(username)}" autocomplete="username" autocapitalize="none" spellcheck="false" required${focusUsername}${invalid}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${focusPassword}${invalid}>
<button id="kc-login" name="login" type="submit">Sign in</button>
</form>
${demoUsersHint()}`,
  };
}

function demoUsersHint(): string {
  const rows = DEMO_USERS.map(
    (user) =>
      `<tr><td><code>${escapeHtml(user.username)}</code></td><td>${escapeHtml(user.name)}</td><td>${escapeHtml(
        user.realmRoles.join(', '),
      )}</td></tr>`,
  ).join('\n');
  return `<section class="hint" aria-labelledby="demo-users-title">
<h2 id="demo-users-title">Demo users</h2>
<p>This sign-in page exists only in development and demo mode. Each demo user's password is the username.</p>
<table>
<thead><tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">Roles</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
