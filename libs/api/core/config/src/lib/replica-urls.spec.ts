import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, MAX_REPLICA_URLS } from './load-config';

const primary = { DATABASE_URL: 'postgres://pnyx@db:5432/pnyx' };

function variableRefused(env: Record<string, string>): string | undefined {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.variable;
    throw error;
  }
  return undefined;
}

describe('DATABASE_REPLICA_URLS', () => {
  it('is empty when unset: every read goes to the primary', () => {
    expect(loadConfig(primary).db.replicaUrls).toEqual([]);
    expect(loadConfig({}).db.replicaUrls).toEqual([]);
  });

  it('takes comma-separated postgres URLs, spaces trimmed', () => {
    const config = loadConfig({ ...primary, DATABASE_REPLICA_URLS: ' postgres://pnyx@r1:5432/pnyx , postgresql://pnyx@r2/pnyx/ ' });
    expect(config.db.replicaUrls).toEqual(['postgres://pnyx@r1:5432/pnyx', 'postgresql://pnyx@r2/pnyx']);
  });

  it(`takes up to ${MAX_REPLICA_URLS}`, () => {
    const urls = Array.from({ length: MAX_REPLICA_URLS }, (_, i) => `postgres://pnyx@r${i}/pnyx`);
    expect(loadConfig({ ...primary, DATABASE_REPLICA_URLS: urls.join(',') }).db.replicaUrls).toHaveLength(MAX_REPLICA_URLS);
  });

  it.each([
    ['another scheme', { ...primary, DATABASE_REPLICA_URLS: 'mysql://r1/pnyx' }],
    ['not a URL', { ...primary, DATABASE_REPLICA_URLS: 'r1:5432' }],
    ['an empty entry', { ...primary, DATABASE_REPLICA_URLS: 'postgres://r1/pnyx,,postgres://r2/pnyx' }],
    ['a URL twice', { ...primary, DATABASE_REPLICA_URLS: 'postgres://r1/pnyx,postgres://r1/pnyx' }],
    ['the primary itself', { ...primary, DATABASE_REPLICA_URLS: primary.DATABASE_URL }],
    ['no DATABASE_URL (embedded PostgreSQL)', { DATABASE_REPLICA_URLS: 'postgres://r1/pnyx' }],
    ['too many', { ...primary, DATABASE_REPLICA_URLS: Array.from({ length: MAX_REPLICA_URLS + 1 }, (_, i) => `postgres://r${i}/pnyx`).join(',') }],
  ])('refuses %s', (_case, env) => {
    expect(variableRefused(env)).toBe('DATABASE_REPLICA_URLS');
  });
});
