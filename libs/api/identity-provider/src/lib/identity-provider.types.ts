import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoginThrottle } from '@pnyx/api/core/rate-limit';
import type { DataSource } from 'typeorm';

export interface IdpLogger {
  log(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export interface EmbeddedIdentityProviderOptions {
  /** E.g. 'http://localhost:3000/realms/pnyx'; the caller mounts `callback` at this URL's path. */
  issuer: string;
  /** Initialised TypeORM DataSource whose schema holds IDENTITY_PROVIDER_ENTITIES. */
  dataSource: DataSource;
  /** The provider refuses to start when this is 'production'. */
  nodeEnv: string;
  /**
   * Allowed redirect (and post-logout redirect) URIs of pnyx-web. Exact URIs or
   * Keycloak-style prefixes ending in `*` (e.g. 'http://localhost:4200/*').
   * Default: any URI on the issuer's origin (`${origin}/*`).
   */
  webRedirectUris?: string[];
  logger?: IdpLogger;
  /**
   * Brute-force protection of the login form and the password grant (the API
   * passes `RateLimits.logins`, shared between replicas through Redis). None:
   * every attempt is checked at once, however many failed before.
   */
  loginThrottle?: Pick<LoginThrottle, 'attempt'>;
}

export interface EmbeddedIdentityProvider {
  /** Node http handler (req, res) to mount at the issuer's path, e.g. express `app.use('/realms/pnyx', idp.callback)`. */
  callback: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}
