export { createEmbeddedIdentityProvider } from './lib/identity-provider';
export type {
  EmbeddedIdentityProvider,
  EmbeddedIdentityProviderOptions,
  IdpLogger,
} from './lib/identity-provider.types';
export { IDENTITY_PROVIDER_ENTITIES } from './lib/persistence/identity-provider.entities';
export { DEMO_GROUPS, DEMO_USERS, type DemoUser } from './lib/accounts/demo-users';
export { DEFAULT_SCOPES, PNYX_API_AUDIENCE } from './lib/keycloak/keycloak-layout';
// The client definitions, for the test that holds docker/keycloak's realm export to them.
export { pnyxClients } from './lib/oidc/provider-configuration';
export { redirectUriPolicy } from './lib/keycloak/redirect-uri-policy';
