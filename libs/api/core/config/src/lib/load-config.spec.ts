import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('needs no environment at all (all-in-one mode)', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.oidc).toMatchObject({ embedded: true, issuerUrl: 'http://localhost:3000/realms/pnyx', audience: 'pnyx-api' });
    expect(config.seedDemo).toBe(true);
    expect(config.jobs).toEqual({ concurrency: 4, pollIntervalMs: 1_000 });
    expect(config.graphql.introspection).toBe(true);
    expect(config.metrics).toEqual({ token: null, openOnLoopback: true });
  });

  it('closes /metrics in production unless a token is set', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/pnyx', OIDC_ISSUER_URL: 'https://sso/realms/pnyx' };
    expect(loadConfig(production).metrics).toEqual({ token: null, openOnLoopback: false });
    expect(loadConfig({ ...production, METRICS_TOKEN: 'scrape-me-0123456789' }).metrics).toEqual({ token: 'scrape-me-0123456789', openOnLoopback: false });
    expect(loadConfig({ METRICS_TOKEN: 'scrape-me-0123456789' }).metrics.openOnLoopback).toBe(false);
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
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, 'GRAPHQL_INTROSPECTION'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'has a space in it 0123' }, 'METRICS_TOKEN'],
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
