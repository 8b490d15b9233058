import { tmpdir } from 'node:os';
import type { LoggerService } from '@nestjs/common';
import { join } from 'node:path';
import { loadConfig } from '@pnyx/api/core/config';
import { freePort } from '@pnyx/api/core/testing';
import { JsonLogger } from '@pnyx/api/core/observability';
import { startApi, type RunningApi } from '@pnyx/api/app';
import { inject } from 'vitest';

export interface TestApi extends RunningApi {
  issuer: string;
  /** An access token from the identity provider (password grant, client pnyx-cli). */
  token(username: string): Promise<string>;
  /** POST /graphql; returns the parsed body. */
  gql<T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
}

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResult<T> {
  data?: T | null;
  errors?: GqlError[];
}

/**
 * Boots the whole API in-process against the run's fresh database, with the
 * embedded identity provider (unless `env` points elsewhere). `logger`
 * receives everything it logs, the identity provider's lines included.
 */
export async function startTestApi(env: Record<string, string> = {}, logger: LoggerService = new JsonLogger('error')): Promise<TestApi> {
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: inject('databaseUrl'),
    SEED_DEMO: 'true',
    WEB_DIST: 'none',
    LOG_LEVEL: 'error',
    // Without SMTP_URL notification mail is written as .eml files: into the temp folder, not the checkout.
    MAIL_OUTBOX_DIR: join(tmpdir(), 'pnyx-test-outbox'),
    ...env,
  });
  const api = await startApi(config, { logger, host: '127.0.0.1' });
  const tokens = new Map<string, string>();
  return {
    ...api,
    issuer: config.oidc.issuerUrl,
    async token(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await fetch(`${config.oidc.issuerUrl}/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password: username, scope: 'openid' }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string };
      if (!body.access_token) throw new Error(`No token for ${username}: ${JSON.stringify(body)}`);
      tokens.set(username, body.access_token);
      return body.access_token;
    },
    async gql(token, query, variables) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GqlResult<never>;
    },
  };
}

/** The error code of the first error, for terse assertions. */
export function errorOf(result: GqlResult<unknown>): { code?: string; field?: string; message?: string } {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}
