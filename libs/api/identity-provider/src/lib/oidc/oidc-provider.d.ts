/**
 * Minimal type declarations for oidc-provider 9 (the package ships none and
 * `@types/oidc-provider` is not installed). Only what this library uses.
 * Pulled into every program compiling this library through the triple-slash
 * reference in `oidc-provider.ts`.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { JWK } from 'jose';

  export type Next = () => Promise<void>;
  export type KoaMiddleware = (ctx: KoaContext, next: Next) => Promise<void>;

  /** The parts of a Koa context used here (koa 3, the Provider is a Koa app). */
  export interface KoaContext {
    readonly req: IncomingMessage & { body?: unknown };
    readonly res: ServerResponse;
    readonly request: { body?: unknown };
    readonly response: { get(field: string): string };
    readonly method: string;
    readonly path: string;
    query: Record<string, string | string[] | undefined>;
    status: number;
    body: unknown;
    type: string;
    is(...types: string[]): string | false | null;
    get(field: string): string;
    set(field: string, value: string): void;
    vary(field: string): void;
    redirect(url: string): void;
    accepts(...types: string[]): string | false;
    /** Present only on the provider's own routes (defined lazily by its router). */
    readonly oidc?: OIDCContext;
  }

  export interface OIDCContext {
    readonly provider: Provider;
    readonly route?: string;
    readonly client?: Client;
    readonly account?: Account;
    readonly session: Session;
    readonly result?: InteractionResults;
    readonly params?: Readonly<Record<string, unknown>>;
    readonly requestParamScopes: Set<string>;
    readonly entities: Readonly<Record<string, unknown>>;
    entity(name: string, value: unknown): void;
  }

  export interface Session {
    readonly accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    readonly accountId: string;
    claims(use: string, scope: string, claims: unknown, rejected: string[]): Promise<AccountClaims> | AccountClaims;
  }

  export interface InteractionResults {
    login?: { accountId: string; remember?: boolean; amr?: string[] };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
  }

  export interface Interaction {
    readonly uid: string;
    readonly returnTo: string;
    readonly prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    readonly params: Readonly<Record<string, unknown>>;
    readonly session?: { accountId?: string };
    readonly grantId?: string;
  }

  export interface Client {
    readonly clientId: string;
    readonly clientName?: string;
    readonly clientAuthMethod: string;
    readonly redirectUris: readonly string[];
    readonly postLogoutRedirectUris: readonly string[];
    grantTypeAllowed(type: string): boolean;
    redirectUriAllowed(uri: string): boolean;
    postLogoutRedirectUriAllowed(uri: string): boolean;
    readonly [extraMetadata: string]: unknown;
  }

  export interface ClientClass {
    readonly prototype: Client;
    find(clientId: string): Promise<Client | undefined>;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg?: string } };
  }

  export interface ResourceServer {
    readonly identifier: () => string;
  }

  export interface BaseToken {
    jti: string;
    readonly kind: string;
    accountId?: string;
    clientId?: string;
    grantId?: string;
    scope?: string;
    sid?: string;
    sessionUid?: string;
    iat?: number;
    exp?: number;
    readonly expiration: number;
    readonly remainingTTL: number;
    save(): Promise<string>;
  }

  export interface BaseTokenInit {
    accountId: string;
    client: Client;
    grantId: string;
    gty?: string;
    scope?: string;
    sid?: string;
    sessionUid?: string;
    expiresWithSession?: boolean;
  }

  export interface AccessToken extends BaseToken {
    resourceServer?: ResourceServer;
    readonly tokenType: string;
  }

  export interface RefreshToken extends BaseToken {
    resource?: string | string[];
  }

  export interface AccessTokenClass {
    new (init: BaseTokenInit): AccessToken;
  }

  export interface RefreshTokenClass {
    new (init: BaseTokenInit & { resource?: string; rotations?: number }): RefreshToken;
    find(value: string, options?: { ignoreExpiration?: boolean }): Promise<RefreshToken | undefined>;
  }

  export interface Grant {
    readonly jti: string;
    readonly accountId: string;
    readonly clientId: string;
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    getResourceScopeFiltered(resource: string, filter: Set<string> | string[]): string;
    save(): Promise<string>;
  }

  export interface GrantClass {
    new (init: { accountId: string; clientId: string }): Grant;
    find(grantId: string): Promise<Grant | undefined>;
  }

  export interface IdToken {
    scope?: string;
    set(claim: string, value: unknown): void;
    issue(options: { use: 'idtoken' }): Promise<string>;
  }

  export interface IdTokenClass {
    new (claims: AccountClaims, options: { ctx: KoaContext }): IdToken;
  }

  export interface ResourceServerClass {
    new (identifier: string, info: ResourceServerInfo): ResourceServer;
  }

  /** The persistence interface oidc-provider calls, one instance per model name. */
  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface AdapterPayload {
    grantId?: string;
    uid?: string;
    userCode?: string;
    consumed?: unknown;
    [key: string]: unknown;
  }

  export interface ClientMetadata {
    client_id: string;
    client_name?: string;
    token_endpoint_auth_method?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    application_type?: 'web' | 'native';
    [extraMetadata: string]: unknown;
  }

  export type Awaitable<T> = T | Promise<T>;

  export interface Configuration {
    adapter?: (name: string) => Adapter;
    clients?: ClientMetadata[];
    jwks?: { keys: JWK[] };
    cookies?: {
      keys?: string[];
      names?: { session?: string; interaction?: string; resume?: string };
      long?: { path?: string; httpOnly?: boolean; sameSite?: 'lax' | 'strict' | 'none' };
      short?: { path?: string; httpOnly?: boolean; sameSite?: 'lax' | 'strict' | 'none' };
    };
    claims?: Record<string, string[] | null>;
    scopes?: string[];
    responseTypes?: string[];
    routes?: Record<string, string>;
    conformIdTokenClaims?: boolean;
    clientBasedCORS?: (ctx: KoaContext, origin: string, client: Client) => boolean;
    extraClientMetadata?: {
      properties: string[];
      validator?: (ctx: KoaContext | undefined, key: string, value: unknown, metadata: ClientMetadata) => void;
    };
    findAccount?: (ctx: KoaContext, sub: string, token?: unknown) => Awaitable<Account | undefined>;
    extraTokenClaims?: (ctx: KoaContext, token: BaseToken) => Awaitable<Record<string, unknown> | undefined>;
    loadExistingGrant?: (ctx: KoaContext) => Awaitable<Grant | undefined>;
    issueRefreshToken?: (ctx: KoaContext, client: Client, code: BaseToken) => Awaitable<boolean>;
    interactions?: { url?: (ctx: KoaContext, interaction: Interaction) => Awaitable<string> };
    renderError?: (ctx: KoaContext, out: Record<string, string>, error: Error) => Awaitable<void>;
    formats?: {
      customizers?: {
        jwt?: (
          ctx: KoaContext | undefined,
          token: BaseToken,
          jwt: { header?: Record<string, unknown>; payload: Record<string, unknown> },
        ) => Awaitable<void>;
      };
    };
    ttl?: Partial<
      Record<
        'AccessToken' | 'AuthorizationCode' | 'IdToken' | 'RefreshToken' | 'Interaction' | 'Session' | 'Grant',
        number
      >
    >;
    features?: {
      devInteractions?: { enabled: boolean };
      dPoP?: { enabled: boolean };
      introspection?: { enabled: boolean; allowedPolicy?: (ctx: KoaContext, client: Client, token: BaseToken) => Awaitable<boolean> };
      revocation?: { enabled: boolean; allowedPolicy?: (ctx: KoaContext, client: Client, token: BaseToken) => Awaitable<boolean> };
      userinfo?: { enabled: boolean };
      pushedAuthorizationRequests?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?: (ctx: KoaContext, form: string) => Awaitable<void>;
        postLogoutSuccessSource?: (ctx: KoaContext) => Awaitable<void>;
      };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: KoaContext, client: Client, oneOf?: string[]) => Awaitable<string | string[] | undefined>;
        useGrantedResource?: (ctx: KoaContext, model: unknown) => Awaitable<boolean>;
        getResourceServerInfo?: (ctx: KoaContext, resource: string, client: Client) => Awaitable<ResourceServerInfo>;
      };
    };
  }

  export type ProviderEvent =
    | 'server_error'
    | 'grant.error'
    | 'authorization.error'
    | 'end_session.error'
    | 'revocation.error'
    | 'introspection.error';

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    /** Koa: trust X-Forwarded-* headers. */
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    /** Adds a Koa middleware that runs before the provider's router. */
    use(middleware: KoaMiddleware): this;
    on(event: ProviderEvent, listener: (ctx: KoaContext, error: Error) => void): this;
    on(event: 'error', listener: (error: Error, ctx?: KoaContext) => void): this;
    removeAllListeners(): this;
    registerGrantType(
      name: string,
      handler: (ctx: KoaContext) => Promise<void>,
      params?: string | string[] | Set<string>,
    ): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
    readonly Client: ClientClass;
    readonly Grant: GrantClass;
    readonly AccessToken: AccessTokenClass;
    readonly RefreshToken: RefreshTokenClass;
    readonly IdToken: IdTokenClass;
    readonly ResourceServer: ResourceServerClass;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      error: string;
      error_description?: string;
      status: number;
      statusCode: number;
      expose: boolean;
    }
    class CustomOIDCProviderError extends OIDCProviderError {
      constructor(error: string, description?: string);
    }
    class InvalidRequest extends OIDCProviderError {
      constructor(description?: string, code?: number);
    }
    class InvalidTarget extends OIDCProviderError {
      constructor(description?: string);
    }
    class SessionNotFound extends InvalidRequest {}
  }
}
