export { createEmbeddedIdentityProvider } from './lib/identity-provider';
export type {
  EmbeddedIdentityProvider,
  EmbeddedIdentityProviderOptions,
  IdpLogger,
} from './lib/identity-provider.types';
export { IDENTITY_PROVIDER_ENTITIES } from './lib/persistence/identity-provider.entities';
export { DEMO_GROUPS, DEMO_USERS, type DemoUser } from './lib/accounts/demo-users';
export { PNYX_API_AUDIENCE } from './lib/keycloak/keycloak-layout';
