export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Validated configuration. Built once from the environment in main.ts. */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  /** Where browsers reach this process, e.g. http://localhost:3000 (no trailing slash). */
  publicUrl: string;
  /** null: start the embedded PostgreSQL (PGlite) under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /**
   * Pool settings, and `replicaUrls` (DATABASE_REPLICA_URLS): streaming
   * replicas that may serve HTTP GraphQL queries; empty: every read goes to
   * the primary.
   */
  db: { poolSize: number; statementTimeoutMs: number; connectTimeoutMs: number; replicaUrls: string[] };
  oidc: {
    /** The realm URL whose tokens the API accepts. */
    issuerUrl: string;
    audience: string;
    /** Where the realm's signing keys are fetched (defaults to Keycloak's certs URL under the issuer). */
    jwksUrl: string;
    /** true: this process also serves the embedded identity provider at `issuerUrl`. */
    embedded: boolean;
    /** Browser client (keycloak-js) settings, served to the web app. */
    webClientId: string;
  };
  redisUrl: string | null;
  /**
   * Outgoing e-mail: through SMTP when `smtpUrl` is set (smtp:// or smtps://,
   * credentials in the URL), else written as `.eml` files into `outboxDir`
   * (all-in-one mode: `./data/outbox`), where admins can read them in the app.
   */
  mail: { smtpUrl: string | null; from: string; outboxDir: string };
  logLevel: LogLevel;
  seedDemo: boolean;
  /** Folder with the built web app (index.html), or null to serve none. */
  webDist: string | null;
  /** Query limits, and whether the schema may be introspected (`__schema`, `__type`). */
  graphql: { maxDepth: number; maxAliases: number; maxRootFields: number; introspection: boolean };
  /** The background job runner (graphile-worker): jobs run at once per process, and how often it polls. */
  jobs: { concurrency: number; pollIntervalMs: number; deadRunnerAfterMs: number };
  /** Seconds between checkpoints of the audit chain's head (table audit_checkpoint and a JSON log line). */
  audit: { checkpointIntervalS: number };
  /**
   * Who may read /metrics: with a token, requests carrying `Authorization: Bearer <token>`;
   * without one, loopback clients only when `openOnLoopback` (not in production), else nobody.
   */
  metrics: { token: string | null; openOnLoopback: boolean };
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For is believed when
   * telling a client's address (true: all, a number: that many hops, or
   * addresses, subnets and the names loopback / linklocal / uniquelocal).
   */
  trustProxy: boolean | number | string[];
  /** Operations per minute per user and per address, and sign-in brute-force protection; `enabled: false` switches all off. */
  rateLimit: {
    enabled: boolean;
    userPerMinute: number;
    ipPerMinute: number;
    /** Failed sign-ins, per account and per address, counted over `windowSeconds`; past the maximum refused for `lockSeconds`. */
    login: { slowAfterFailures: number; maxFailures: number; ipMaxFailures: number; windowSeconds: number; lockSeconds: number; delayMs: number };
  };
}
