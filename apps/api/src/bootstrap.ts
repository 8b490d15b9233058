import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@pnyx/api/core/config';
import { readRouteMiddleware, replicaReadsGuard, runMigrations, startEmbeddedPostgres, type EmbeddedPostgres } from '@pnyx/api/core/database';
import { OperationGuards } from '@pnyx/api/core/graphql';
import { Metrics, requestIdMiddleware, securityHeaders } from '@pnyx/api/core/observability';
import { RateLimits } from '@pnyx/api/core/rate-limit';
import { createEmbeddedIdentityProvider, type EmbeddedIdentityProvider } from '@pnyx/api/identity-provider';
import express from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app/app.module';
import { serveWebApp } from './app/web-app';
import { seedDemo } from './seed/demo-seed';

export interface RunningApi {
  app: INestApplication;
  /** Where it listens, e.g. http://127.0.0.1:3000 */
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface StartOptions {
  logger: LoggerService;
  schemaFile?: string | false;
  /** Listen on 127.0.0.1 (tests) instead of all interfaces. */
  host?: string;
}

/**
 * Starts the whole API in this process: the embedded PostgreSQL when no
 * DATABASE_URL is set, migrations, demo seed, the embedded identity provider
 * when no OIDC_ISSUER_URL is set, GraphQL, and the web app. One code path for
 * `npm start`, production and the integration tests.
 */
export async function startApi(config: AppConfig, options: StartOptions): Promise<RunningApi> {
  const log = options.logger;
  let embeddedDb: EmbeddedPostgres | null = null;
  let idp: EmbeddedIdentityProvider | null = null;
  let app: INestApplication | null = null;
  try {
    if (!config.databaseUrl) {
      // TypeORM's pool, the job runner's pool (concurrency + 2), and headroom for tools and a second process.
      embeddedDb = await startEmbeddedPostgres(config.dataDir, config.db.poolSize + config.jobs.concurrency + 2 + 10);
      log.log(`Embedded PostgreSQL ready (data in ${config.dataDir}/pg)`, 'Bootstrap');
    }
    const databaseUrl = config.databaseUrl ?? (embeddedDb as EmbeddedPostgres).url;

    const server = express();
    server.disable('x-powered-by');
    server.set('trust proxy', config.trustProxy);
    const metrics = new Metrics(config.metrics);
    // helmet: CSP (with a per-response style nonce), nosniff, referrer policy, HSTS on https. See security-headers.ts.
    server.use(requestIdMiddleware, securityHeaders({ publicUrl: config.publicUrl, issuerUrl: config.oidc.issuerUrl }), metrics.middleware());
    // Read replicas: each request starts on the primary; only its GraphQL query operation may move to a replica (read-route.ts).
    if (config.db.replicaUrls.length) server.use(readRouteMiddleware);
    // Mounted before Nest's body parsers; filled in once the database is ready.
    server.use('/realms/pnyx', (req, res, next) => (idp ? idp.callback(req, res) : next()));
    if (serveWebApp(server, config.webDist)) log.log(`Serving the web app from ${config.webDist}`, 'Bootstrap');

    app = await NestFactory.create(
      AppModule.forRoot({ config, databaseUrl, metrics, schemaFile: options.schemaFile ?? false }),
      new ExpressAdapter(server),
      { logger: log, abortOnError: false, bodyParser: false },
    );
    // Page bodies may be up to 1 MB; JSON-escaped they need some room.
    (app as NestExpressApplication).useBodyParser('json', { limit: '3mb' });
    (app as NestExpressApplication).useBodyParser('urlencoded', { limit: '100kb', extended: false });
    const dataSource = app.get(DataSource);
    // Read replicas: HTTP GraphQL queries may read from one (the route the middleware above entered).
    if (config.db.replicaUrls.length) app.get(OperationGuards).add(replicaReadsGuard);
    const applied = await runMigrations(dataSource);
    if (applied.length) log.log(`Applied ${applied.length} migration(s)`, 'Bootstrap');
    if (config.oidc.embedded) {
      idp = await createEmbeddedIdentityProvider({
        issuer: config.oidc.issuerUrl,
        dataSource,
        nodeEnv: config.nodeEnv,
        loginThrottle: app.get(RateLimits).logins,
        logger: { log: (m) => log.log(m, 'IdentityProvider'), warn: (m) => log.warn(m, 'IdentityProvider'), error: (m) => log.error(m, undefined, 'IdentityProvider') },
      });
      log.log(`Embedded identity provider at ${config.oidc.issuerUrl}`, 'Bootstrap');
    }
    await app.init(); // modules register their node types and subjects here; the seed needs them
    if (config.seedDemo && (await seedDemo(app))) log.log('Seeded demo content', 'Bootstrap');

    await app.listen(config.port, options.host ?? '0.0.0.0');
    const address = app.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${address.port}`;
    const running = app;
    let closing: Promise<void> | null = null;
    return {
      app,
      url,
      config,
      dataSource,
      close: () => (closing ??= (async () => {
        await running.close();
        await idp?.close();
        await embeddedDb?.close();
      })()),
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await idp?.close().catch(() => undefined);
    await embeddedDb?.close().catch(() => undefined);
    throw error;
  }
}
