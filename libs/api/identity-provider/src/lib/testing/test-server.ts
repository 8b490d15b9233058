import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { DataSource } from 'typeorm';
import { createEmbeddedIdentityProvider } from '../identity-provider';
import type { EmbeddedIdentityProvider, EmbeddedIdentityProviderOptions, IdpLogger } from '../identity-provider.types';

export const REALM_PATH = '/realms/pnyx';

export interface TestServer {
  readonly origin: string;
  readonly issuer: string;
  readonly logs: string[];
  /** Starts a provider on `dataSource` and mounts it (replacing a previous one, which is closed). */
  start(dataSource: DataSource, options?: Partial<EmbeddedIdentityProviderOptions>): Promise<EmbeddedIdentityProvider>;
  close(): Promise<void>;
}

/** An express app on 127.0.0.1:<random port>, the provider mounted like the API does: `app.use('/realms/pnyx', idp.callback)`. */
export async function startTestServer(): Promise<TestServer> {
  let current: EmbeddedIdentityProvider | undefined;
  const app = express();
  app.use(REALM_PATH, (req: IncomingMessage, res: ServerResponse) => {
    if (current) current.callback(req, res);
    else res.writeHead(503).end();
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}${REALM_PATH}`;
  const logs: string[] = [];
  const logger: IdpLogger = {
    log: (msg) => logs.push(`log: ${msg}`),
    warn: (msg) => logs.push(`warn: ${msg}`),
    error: (msg) => logs.push(`error: ${msg}`),
  };

  return {
    origin,
    issuer,
    logs,
    async start(dataSource, options = {}) {
      await current?.close();
      current = await createEmbeddedIdentityProvider({ issuer, dataSource, nodeEnv: 'test', logger, ...options });
      return current;
    },
    async close() {
      await current?.close();
      current = undefined;
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
