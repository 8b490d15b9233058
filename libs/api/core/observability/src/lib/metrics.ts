import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { Controller, Get, Header, HttpException, HttpStatus, Injectable, NotFoundException, Req } from '@nestjs/common';
import { Public } from '@pnyx/api/core/auth';
import type { NextFunction, Request, Response } from 'express';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { GraphqlMetrics } from './graphql-metrics';
import { JobMetrics } from './job-metrics';
import { PoolMetrics, type PoolLike } from './pool-metrics';

/** Who may scrape: bearers of the token; without one, loopback clients when `openOnLoopback`; else nobody. */
export interface MetricsAccess {
  token: string | null;
  openOnLoopback: boolean;
}

export type MetricsVerdict = 'allowed' | 'unauthorized' | 'hidden';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function isLoopback(ip: string | undefined): boolean {
  if (!ip || !isIP(ip)) return false;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return v4 === '::1' || /^127\./.test(v4);
}

/**
 * The /metrics rule. `clientIp` is Express's `req.ip` (a local proxy's X-Forwarded-For
 * is trusted, so a request it forwards counts as its real client, not as loopback).
 */
export function metricsVerdict(access: MetricsAccess, authorization: string | undefined, clientIp: string | undefined): MetricsVerdict {
  if (access.token !== null) {
    const presented = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    // Compare digests: constant time, and no length leak.
    return presented !== undefined && timingSafeEqual(digest(presented), digest(access.token)) ? 'allowed' : 'unauthorized';
  }
  return access.openOnLoopback && isLoopback(clientIp) ? 'allowed' : 'hidden';
}

/**
 * One registry per app, so tests that boot several apps do not collide. It
 * holds HTTP timings and, once platform-metrics.ts has wired them, GraphQL
 * operations and subscriptions, database pools and job runs.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly graphql = new GraphqlMetrics(this.registry);
  readonly jobs = new JobMetrics(this.registry);
  readonly pools = new PoolMetrics(this.registry);
  readonly httpDuration = new Histogram({
    name: 'pnyx_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  /** Closed unless told otherwise. */
  constructor(readonly access: MetricsAccess = { token: null, openOnLoopback: false }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'pnyx_' });
  }

  /** Reports a database pool as `pnyx_db_pool_connections{pool="<name>"}` (read replicas, for instance). */
  registerPool(name: string, pool: PoolLike): void {
    this.pools.register(name, pool);
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.httpDuration.startTimer();
      res.on('finish', () => {
        const route = req.path.startsWith('/graphql') ? '/graphql' : req.path.startsWith('/realms/') ? '/realms' : req.path === '/health' || req.path === '/metrics' ? req.path : 'other';
        end({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    };
  }
}

@Controller()
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  /** Public to the token guard (Prometheus has no user token); `metricsVerdict` decides. */
  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  @Header('cache-control', 'no-store')
  async scrape(@Req() req: Request): Promise<string> {
    const verdict = metricsVerdict(this.metrics.access, req.header('authorization'), req.ip);
    if (verdict === 'unauthorized') {
      req.res?.setHeader('www-authenticate', 'Bearer realm="metrics"');
      throw new HttpException('Unauthorized', HttpStatus.UNAUTHORIZED);
    }
    // As if there were no such route.
    if (verdict === 'hidden') throw new NotFoundException(`Cannot GET ${req.path}`);
    return this.metrics.registry.metrics();
  }
}
