import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('needs no environment at all (all-in-one mode)', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.oidc).toMatchObject({ embedded: true, issuerUrl: 'http://localhost:3000/realms/pnyx', audience: 'pnyx-api' });
    expect(config.seedDemo).toBe(true);
    expect(config.jobs).toEqual({ concurrency: 4, pollIntervalMs: 1_000, deadRunnerAfterMs: 60_000 });
    expect(config.audit).toEqual({ checkpointIntervalS: 300 });
    expect(config.graphql.introspection).toBe(true);
    expect(config.metrics).toEqual({ token: null, openOnLoopback: true });
  });

  it('closes /metrics in production unless a token is set', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/pnyx', OIDC_ISSUER_URL: 'https://sso/realms/pnyx' };
    expect(loadConfig(production).metrics).toEqual({ token: null, openOnLoopback: false });
    expect(loadConfig({ ...production, METRICS_TOKEN: 'scrape-me-0123456789' }).metrics).toEqual({ token: 'scrape-me-0123456789', openOnLoopback: false });
    expect(loadConfig({ METRICS_TOKEN: 'scrape-me-0123456789' }).metrics.openOnLoopback).toBe(false);
  });

  it('limits operations and sign-ins by default, and switches both off', () => {
    const { rateLimit, trustProxy } = loadConfig({});
    expect(trustProxy).toEqual(['loopback']);
    expect(rateLimit).toEqual({
      enabled: true,
      userPerMinute: 1_200,
      ipPerMinute: 3_000,
      login: { slowAfterFailures: 5, maxFailures: 10, ipMaxFailures: 100, windowSeconds: 900, lockSeconds: 900, delayMs: 500 },
    });
    expect(loadConfig({ RATE_LIMIT_ENABLED: 'false' }).rateLimit.enabled).toBe(false);
    expect(loadConfig({ LOGIN_MAX_FAILURES: '3' }).rateLimit.login).toMatchObject({ slowAfterFailures: 3, maxFailures: 3 });
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
  });

  it('points at real services', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://pnyx@db:5432/pnyx',
      OIDC_ISSUER_URL: 'https://sso.bank.example/realms/pnyx/',
      OIDC_AUDIENCE: 'pnyx',
    });
    expect(config.databaseUrl).toBe('postgres://pnyx@db:5432/pnyx');
    expect(config.oidc).toMatchObject({ embedded: false, issuerUrl: 'https://sso.bank.example/realms/pnyx', audience: 'pnyx' });
    expect(config.seedDemo).toBe(false);
  });

  it('turns GraphQL introspection off', () => {
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).graphql.introspection).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ OIDC_ISSUER_URL: 'not a url' }, 'OIDC_ISSUER_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE'],
    [{ JOBS_CONCURRENCY: '0' }, 'JOBS_CONCURRENCY'],
    [{ JOBS_POLL_INTERVAL_MS: '10' }, 'JOBS_POLL_INTERVAL_MS'],
    [{ JOBS_DEAD_RUNNER_AFTER_S: '4' }, 'JOBS_DEAD_RUNNER_AFTER_S'],
    [{ AUDIT_CHECKPOINT_INTERVAL_S: '5' }, 'AUDIT_CHECKPOINT_INTERVAL_S'],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, 'GRAPHQL_INTROSPECTION'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'has a space in it 0123' }, 'METRICS_TOKEN'],
    [{ RATE_LIMIT_ENABLED: 'sometimes' }, 'RATE_LIMIT_ENABLED'],
    [{ RATE_LIMIT_USER_PER_MINUTE: '0' }, 'RATE_LIMIT_USER_PER_MINUTE'],
    [{ RATE_LIMIT_IP_PER_MINUTE: 'many' }, 'RATE_LIMIT_IP_PER_MINUTE'],
    [{ LOGIN_MAX_FAILURES: '0' }, 'LOGIN_MAX_FAILURES'],
    [{ LOGIN_MAX_FAILURES: '4', LOGIN_SLOW_AFTER_FAILURES: '5' }, 'LOGIN_SLOW_AFTER_FAILURES'],
    [{ LOGIN_IP_MAX_FAILURES: '-1' }, 'LOGIN_IP_MAX_FAILURES'],
    [{ LOGIN_LOCK_SECONDS: '0' }, 'LOGIN_LOCK_SECONDS'],
    [{ LOGIN_FAILURE_WINDOW_SECONDS: '86401' }, 'LOGIN_FAILURE_WINDOW_SECONDS'],
    [{ LOGIN_DELAY_MS: '60000' }, 'LOGIN_DELAY_MS'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/pnyx' }, 'OIDC_ISSUER_URL'],
    [{ NODE_ENV: 'production', OIDC_ISSUER_URL: 'https://sso/realms/pnyx' }, 'DATABASE_URL'],
  ])('rejects %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
  });
});
