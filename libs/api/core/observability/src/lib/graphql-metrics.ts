import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { OperationObserver, OperationReport, RequestWithUser } from '@pnyx/api/core/graphql';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { OperationNames } from './operation-names';
import { currentRequestId, runInRequestContext } from './request-context';

/** Where the per-operation line goes: Nest's logger (so `app.useLogger` and the JSON logger apply). */
export type OperationLog = (entry: Record<string, unknown>) => void;

const nestLogger = new Logger('GraphQL');
const defaultLog: OperationLog = (entry) => nestLogger.log(entry);

/**
 * GraphQL over both transports, as metrics and one log line per operation:
 * `pnyx_graphql_operations_total{operation,type,outcome}`,
 * `pnyx_graphql_operation_duration_seconds{operation,type}`,
 * `pnyx_websocket_connections` and `pnyx_graphql_subscriptions_active{field}`.
 * Operation names are bounded (operation-names.ts); a subscription counts
 * once when it starts, not per event. The log line names the operation,
 * never its variables.
 */
export class GraphqlMetrics implements OperationObserver {
  readonly names = new OperationNames();
  private readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly connections: Gauge;
  private readonly subscriptions: Gauge<'field'>;

  constructor(
    registry: Registry,
    private readonly log: OperationLog = defaultLog,
  ) {
    this.operations = new Counter({
      name: 'pnyx_graphql_operations_total',
      help: "GraphQL operations by name, type and outcome ('ok' or the error code), over HTTP and WebSocket",
      labelNames: ['operation', 'type', 'outcome'] as const,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'pnyx_graphql_operation_duration_seconds',
      help: 'GraphQL operation duration by name and type (a subscription: until its stream is set up)',
      labelNames: ['operation', 'type'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.connections = new Gauge({
      name: 'pnyx_websocket_connections',
      help: 'Open, authenticated GraphQL WebSocket connections',
      registers: [registry],
    });
    this.subscriptions = new Gauge({
      name: 'pnyx_graphql_subscriptions_active',
      help: 'Running GraphQL subscriptions by root field',
      labelNames: ['field'] as const,
      registers: [registry],
    });
    // Present (at 0) from the first scrape, not only once someone connects.
    this.connections.set(0);
  }

  operation(report: OperationReport): void {
    const operation = this.names.label(report.name);
    this.operations.inc({ operation, type: report.type, outcome: report.outcome });
    this.duration.observe({ operation, type: report.type }, report.seconds);
    this.log({
      msg: 'graphql operation',
      operation: OperationNames.plain(report.name),
      type: report.type,
      transport: report.transport,
      outcome: report.outcome,
      durationMs: Math.round(report.seconds * 10_000) / 10,
      // A WebSocket operation runs outside any HTTP request: it has an id of its own.
      requestId: report.requestId ?? currentRequestId() ?? randomUUID(),
      userId: report.userId,
    });
  }

  connection(delta: 1 | -1): void {
    this.connections.inc(delta);
  }

  /** A WebSocket operation's resolvers log with its request id and user id, as over HTTP. */
  scope<T>(requestId: string, req: RequestWithUser, run: () => T): T {
    return runInRequestContext(requestId, req, run);
  }

  subscription(field: string, delta: 1 | -1): void {
    // Root fields come from the schema (validated before they get here), so the label is bounded.
    this.subscriptions.inc({ field }, delta);
  }
}
