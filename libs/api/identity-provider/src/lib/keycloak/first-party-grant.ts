import type { Grant, KoaContext, Provider } from '../oidc/oidc-provider';
import { API_RESOURCE_INDICATOR } from './keycloak-layout';

/**
 * oidc-provider's `loadExistingGrant`: Pnyx's clients are first-party, so the
 * user's consent is implied (as for a Keycloak client without "consent
 * required"). The session's grant is extended by whatever is requested, and
 * the consent prompt never shows.
 */
export async function loadFirstPartyGrant(ctx: KoaContext): Promise<Grant | undefined> {
  const oidc = ctx.oidc;
  const accountId = oidc?.session.accountId;
  if (!oidc?.client || !accountId) return undefined;
  const { provider, client, session } = oidc;
  const grantId = oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  const grant =
    existing && existing.accountId === accountId && existing.clientId === client.clientId
      ? existing
      : new provider.Grant({ accountId, clientId: client.clientId });
  await grantScopes(grant, [...oidc.requestParamScopes].join(' '));
  return grant;
}

/** Grants `scope` for OpenID Connect and the API resource, and saves the grant. */
export async function grantScopes(grant: Grant, scope: string): Promise<string> {
  if (scope) {
    grant.addOIDCScope(scope);
    grant.addResourceScope(API_RESOURCE_INDICATOR, scope);
  }
  return grant.save();
}

/** Consent for an interaction that asks for it anyway (e.g. `prompt=consent`). */
export async function autoConsent(
  provider: Provider,
  interaction: { grantId?: string; session?: { accountId?: string }; params: Readonly<Record<string, unknown>> },
): Promise<{ consent: { grantId: string } }> {
  const { params } = interaction;
  const accountId = interaction.session?.accountId;
  const clientId = params['client_id'];
  if (!accountId || typeof clientId !== 'string') throw new Error('consent interaction without account or client');
  const grant =
    (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ??
    new provider.Grant({ accountId, clientId });
  const scope = typeof params['scope'] === 'string' ? params['scope'] : '';
  return { consent: { grantId: await grantScopes(grant, scope) } };
}
