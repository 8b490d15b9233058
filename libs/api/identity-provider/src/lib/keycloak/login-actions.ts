import { authenticateDemoUser } from '../accounts/demo-users';
import { errors, type Interaction, type KoaContext, type KoaMiddleware, type Provider } from '../oidc/oidc-provider';
import { sendHtml } from '../pages/html-page';
import { INVALID_CREDENTIALS_MESSAGE, loginPage, tooManyFailuresMessage } from '../pages/login-page';
import { sessionExpiredPage } from '../pages/session-pages';
import { autoConsent } from './first-party-grant';
import { readForm } from './form-body';
import { KEYCLOAK_ROUTES } from './keycloak-layout';
import { signInAttempt, type SignInThrottle } from './sign-in-throttle';

const PREFIX = `${KEYCLOAK_ROUTES.loginActions}/`;

/** Path of an interaction's page below the issuer (oidc-provider's `interactions.url`). */
export function loginActionPath(mountPath: string, uid: string): string {
  return `${mountPath}${PREFIX}${encodeURIComponent(uid)}`;
}

/**
 * The interaction pages oidc-provider redirects to: GET shows the login form,
 * POST checks the credentials (wrong ones re-show the form with an error) and
 * finishes the login; consent is granted without asking (first-party clients).
 * With a throttle, repeated wrong passwords for an account (or from an
 * address) are answered more slowly, then refused for a while (429, the form
 * with a message saying for how long) without the password being checked.
 */
export function loginActions(provider: Provider, mountPath: string, throttle?: SignInThrottle): KoaMiddleware {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const uid = ctx.path.slice(PREFIX.length);
    if (!/^[\w-]+$/.test(uid)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, POST');
      return;
    }

    const interaction = await findInteraction(provider, ctx, uid);
    if (!interaction) return sendHtml(ctx, 400, sessionExpiredPage());

    if (interaction.prompt.name !== 'login') {
      return finish(ctx, await provider.interactionResult(ctx.req, ctx.res, await autoConsent(provider, interaction)));
    }

    const action = loginActionPath(mountPath, uid);
    if (ctx.method === 'GET') {
      const loginHint = interaction.params['login_hint'];
      return sendHtml(ctx, 200, loginPage({ action, username: typeof loginHint === 'string' ? loginHint : '' }));
    }

    const form = await readForm(ctx);
    const username = form.get('username') ?? '';
    const attempt = await signInAttempt(throttle, username, ctx.req);
    if (!attempt.allowed) {
      ctx.set('Retry-After', String(attempt.retryAfterSeconds));
      return sendHtml(ctx, 429, loginPage({ action, username, error: tooManyFailuresMessage(attempt.retryAfterSeconds) }));
    }
    const user = authenticateDemoUser(username, form.get('password') ?? '');
    if (!user) return sendHtml(ctx, 200, loginPage({ action, username, error: INVALID_CREDENTIALS_MESSAGE }));
    await attempt.succeeded();

    const returnTo = await provider.interactionResult(
      ctx.req,
      ctx.res,
      { login: { accountId: user.sub, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
    return finish(ctx, returnTo);
  };
}

async function findInteraction(provider: Provider, ctx: KoaContext, uid: string): Promise<Interaction | undefined> {
  try {
    const interaction = await provider.interactionDetails(ctx.req, ctx.res);
    return interaction.uid === uid ? interaction : undefined;
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return undefined;
    throw error;
  }
}

function finish(ctx: KoaContext, returnTo: string): void {
  ctx.set('Cache-Control', 'no-store');
  ctx.status = 303;
  ctx.redirect(returnTo);
}
