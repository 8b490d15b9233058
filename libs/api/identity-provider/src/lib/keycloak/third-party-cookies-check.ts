import type { KoaMiddleware } from '../oidc/oidc-provider';
import { sendHtml } from '../pages/html-page';
import { KEYCLOAK_ROUTES } from './keycloak-layout';

const COOKIE = 'PNYX_IDP_3P_COOKIE';

/**
 * keycloak-js (with `silentCheckSsoRedirectUri` or the login iframe) loads
 * `3p-cookies/step1.html` in a hidden iframe and waits for a "supported" or
 * "unsupported" message; without an answer its init fails after a timeout.
 * Same protocol as Keycloak: step 1 sets a cookie, step 2 reports whether it came back.
 */
export function thirdPartyCookiesCheck(): KoaMiddleware {
  return async (ctx, next) => {
    if (ctx.method !== 'GET') return next();
    if (ctx.path === KEYCLOAK_ROUTES.thirdPartyCookiesStep1) {
      sendHtml(ctx, 200, {
        title: 'Third-party cookies check',
        body: '',
        frameAncestors: '*',
        scripts: [
          `document.cookie = "${COOKIE}=supported; Max-Age=60; SameSite=None; Secure"; window.location.replace("step2.html");`,
        ],
      });
      return;
    }
    if (ctx.path === KEYCLOAK_ROUTES.thirdPartyCookiesStep2) {
      sendHtml(ctx, 200, {
        title: 'Third-party cookies check',
        body: '',
        frameAncestors: '*',
        scripts: [
          `var supported = document.cookie.indexOf("${COOKIE}=supported") !== -1;` +
            ` document.cookie = "${COOKIE}=; Max-Age=0; SameSite=None; Secure";` +
            ` window.parent.postMessage(supported ? "supported" : "unsupported", "*");`,
        ],
      });
      return;
    }
    return next();
  };
}
