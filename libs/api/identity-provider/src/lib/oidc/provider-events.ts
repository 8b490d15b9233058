import type { IdpLogger } from '../identity-provider.types';
import type { KoaMiddleware, Provider, ProviderEvent } from './oidc-provider';
import { errorPage } from '../pages/session-pages';
import { sendHtml } from '../pages/html-page';

const PREFIX = 'identity provider:';

/** Normal outcomes of `prompt=none` (silent check-sso), not worth a warning. */
const EXPECTED_ERRORS: ReadonlySet<string> = new Set(['login_required', 'interaction_required', 'consent_required']);

/** Routes oidc-provider's error events to the logger (otherwise its 500s are silent). */
export function logProviderEvents(provider: Provider, logger: IdpLogger): void {
  provider.on('server_error', (ctx, error) =>
    logger.error(`${PREFIX} server_error on ${ctx.method} ${ctx.path}: ${error.stack ?? describe(error)}`),
  );
  const warnings: readonly ProviderEvent[] = ['grant.error', 'authorization.error', 'end_session.error', 'revocation.error'];
  for (const event of warnings) {
    provider.on(event, (ctx, error) => {
      if (!EXPECTED_ERRORS.has(error.message)) logger.warn(`${PREFIX} ${event} on ${ctx.method} ${ctx.path}: ${describe(error)}`);
    });
  }
  provider.on('error', (error, ctx) =>
    logger.error(`${PREFIX} unhandled error${ctx ? ` on ${ctx.method} ${ctx.path}` : ''}: ${error.stack ?? describe(error)}`),
  );
}

/** Catches errors of this library's own middleware (oidc-provider handles its routes' errors itself). */
export function errorBoundary(logger: IdpLogger): KoaMiddleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const status = statusOf(error);
      const out = { error: status >= 500 ? 'server_error' : 'invalid_request', error_description: status >= 500 ? undefined : messageOf(error) };
      if (status >= 500) {
        logger.error(`${PREFIX} ${ctx.method} ${ctx.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      if (ctx.accepts('json', 'html') === 'html') {
        sendHtml(ctx, status, errorPage('Something went wrong', out));
      } else {
        ctx.status = status;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = out;
      }
    }
  };
}

function statusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(error: Error): string {
  const details = error as Error & { error_description?: unknown; error_detail?: unknown };
  return [error.message, details.error_description, details.error_detail]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' – ');
}
