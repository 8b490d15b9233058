import type Keycloak from 'keycloak-js';
import { loadAppConfig } from '../config/app-config';
import { initKeycloak } from '../auth/keycloak';
import { coreDictionaries } from '../i18n/core.i18n';
import { initialLanguage } from '../i18n/translation.service';

/**
 * Before Angular starts: read `/app-config.json`, then sign in (redirects to the identity
 * provider when there is no session). Resolves with the signed-in keycloak-js instance.
 */
export async function authenticate(): Promise<Keycloak> {
  return initKeycloak(await loadAppConfig());
}

/** A plain page for when the app cannot start (no Angular, no Material yet). */
export function renderBootFailure(error: unknown, doc: Document = document): void {
  console.error('Pnyx could not start', error);
  const texts = coreDictionaries[initialLanguage()];
  const main = doc.createElement('main');
  main.className = 'boot-failure';
  const title = doc.createElement('h1');
  title.textContent = texts['boot.failed.title'] as string;
  const message = doc.createElement('p');
  message.textContent = texts['boot.failed.message'] as string;
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.textContent = texts['boot.failed.retry'] as string;
  retry.addEventListener('click', () => doc.defaultView?.location.reload());
  main.append(title, message, retry);
  doc.body.replaceChildren(main);
  retry.focus();
}
