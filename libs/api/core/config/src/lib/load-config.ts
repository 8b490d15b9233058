import { isIP } from 'node:net';
import type { AppConfig, LogLevel } from './app-config';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** At most this many read replicas (each has a pool of DB_POOL_SIZE connections). */
export const MAX_REPLICA_URLS = 8;

/** DATABASE_REPLICA_URLS: comma-separated postgres URLs of streaming replicas of DATABASE_URL. */
function replicaUrls(env: Env, databaseUrl: string | null): string[] {
  const name = 'DATABASE_REPLICA_URLS';
  const raw = text(env, name);
  if (raw === undefined) return [];
  if (!databaseUrl) throw new ConfigError(name, 'needs DATABASE_URL (the embedded PostgreSQL has no replicas)');
  const entries = raw.split(',').map((entry) => entry.trim());
  if (entries.length > MAX_REPLICA_URLS) throw new ConfigError(name, `may list at most ${MAX_REPLICA_URLS} URLs, got ${entries.length}`);
  const urls = entries.map((entry) => {
    if (!entry) throw new ConfigError(name, 'has an empty entry');
    return url({ [name]: entry }, name, ['postgres:', 'postgresql:']) as string;
  });
  if (new Set(urls).size !== urls.length) throw new ConfigError(name, 'lists a URL twice');
  if (urls.includes(databaseUrl)) throw new ConfigError(name, 'must not list DATABASE_URL itself');
  return urls;
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY as express takes it: true/false, a hop count, or addresses, CIDR subnets and names. */
function trustProxy(env: Env): boolean | number | string[] {
  const raw = text(env, 'TRUST_PROXY') ?? 'loopback';
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  if (/^\d+$/.test(raw)) return int(env, 'TRUST_PROXY', 0, 0, 10);
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const bits = isIP(address) === 6 ? 128 : 32;
    const valid =
      extra === undefined &&
      (prefix === undefined ? PROXY_NAMES.includes(entry) || isIP(address) > 0 : isIP(address) > 0 && /^\d+$/.test(prefix) && Number(prefix) <= bits);
    if (!valid) throw new ConfigError('TRUST_PROXY', `must be true, false, a hop count, or addresses, subnets and ${PROXY_NAMES.join('/')}, got "${entry}"`);
  }
  return entries;
}

/**
 * Validates the environment and returns the configuration. Throws ConfigError
 * naming the variable on the first bad value. Nothing else reads process.env.
 */
export function loadConfig(env: Env): AppConfig {
  const nodeEnv = text(env, 'NODE_ENV') ?? 'development';
  const production = nodeEnv === 'production';
  const port = int(env, 'PORT', 3000, 1, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']) ?? null;
  const issuer = url(env, 'OIDC_ISSUER_URL', ['http:', 'https:']);

  if (production && !issuer) {
    throw new ConfigError('OIDC_ISSUER_URL', 'is required when NODE_ENV=production (the embedded identity provider is for development and demos only)');
  }
  if (production && !databaseUrl) {
    throw new ConfigError('DATABASE_URL', 'is required when NODE_ENV=production (the embedded PostgreSQL is for development and demos only)');
  }

  const logLevel = (text(env, 'LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);

  const metricsToken = text(env, 'METRICS_TOKEN') ?? null;
  if (metricsToken !== null && !/^[\x21-\x7e]{16,}$/.test(metricsToken)) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 printable characters without spaces');
  }

  const loginMaxFailures = int(env, 'LOGIN_MAX_FAILURES', 10, 1, 1_000);
  const loginSlowAfter = int(env, 'LOGIN_SLOW_AFTER_FAILURES', Math.min(5, loginMaxFailures), 0, 1_000);
  if (loginSlowAfter > loginMaxFailures) throw new ConfigError('LOGIN_SLOW_AFTER_FAILURES', `must not exceed LOGIN_MAX_FAILURES (${loginMaxFailures})`);

  const issuerUrl = issuer ?? `${publicUrl}/realms/pnyx`;
  const webDist = text(env, 'WEB_DIST');
  return {
    nodeEnv,
    port,
    publicUrl,
    databaseUrl,
    dataDir: text(env, 'DATA_DIR') ?? './data',
    db: {
      poolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
      statementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
      connectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 5_000, 100, 120_000),
      replicaUrls: replicaUrls(env, databaseUrl),
    },
    oidc: {
      issuerUrl,
      audience: text(env, 'OIDC_AUDIENCE') ?? 'pnyx-api',
      jwksUrl: url(env, 'OIDC_JWKS_URL', ['http:', 'https:']) ?? `${issuerUrl}/protocol/openid-connect/certs`,
      embedded: !issuer,
      webClientId: text(env, 'OIDC_WEB_CLIENT_ID') ?? 'pnyx-web',
    },
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']) ?? null,
    mail: {
      smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']) ?? null,
      from: text(env, 'MAIL_FROM') ?? 'Pnyx <pnyx@localhost>',
      outboxDir: text(env, 'MAIL_OUTBOX_DIR') ?? `${text(env, 'DATA_DIR') ?? './data'}/outbox`,
    },
    logLevel,
    seedDemo: bool(env, 'SEED_DEMO', !databaseUrl),
    webDist: webDist === 'none' ? null : (webDist ?? 'dist/apps/web/browser'),
    graphql: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 100, 1, 10_000),
      maxRootFields: int(env, 'GRAPHQL_MAX_ROOT_FIELDS', 30, 1, 1_000),
      introspection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    },
    jobs: {
      concurrency: int(env, 'JOBS_CONCURRENCY', 4, 1, 32),
      // On PostgreSQL new jobs wake the runner through LISTEN/NOTIFY; polling is the fallback (and the only way on PGlite).
      pollIntervalMs: int(env, 'JOBS_POLL_INTERVAL_MS', 1_000, 50, 60_000),
      // A process silent this long is dead: the jobs it had locked go back to the queue (see dead-runners.ts).
      deadRunnerAfterMs: int(env, 'JOBS_DEAD_RUNNER_AFTER_S', 60, 5, 3_600) * 1_000,
    },
    audit: { checkpointIntervalS: int(env, 'AUDIT_CHECKPOINT_INTERVAL_S', 300, 10, 86_400) },
    metrics: { token: metricsToken, openOnLoopback: !production && metricsToken === null },
    trustProxy: trustProxy(env),
    rateLimit: {
      enabled: bool(env, 'RATE_LIMIT_ENABLED', true),
      userPerMinute: int(env, 'RATE_LIMIT_USER_PER_MINUTE', 1_200, 1, 1_000_000),
      ipPerMinute: int(env, 'RATE_LIMIT_IP_PER_MINUTE', 3_000, 1, 10_000_000),
      login: {
        slowAfterFailures: loginSlowAfter,
        maxFailures: loginMaxFailures,
        ipMaxFailures: int(env, 'LOGIN_IP_MAX_FAILURES', 100, 1, 1_000_000),
        windowSeconds: int(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86_400),
        lockSeconds: int(env, 'LOGIN_LOCK_SECONDS', 900, 1, 86_400),
        delayMs: int(env, 'LOGIN_DELAY_MS', 500, 0, 3_000),
      },
    },
  };
}
