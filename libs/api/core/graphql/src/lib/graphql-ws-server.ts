import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Optional, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { execute, specifiedRules, subscribe } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { formatErrorForClient, logUnexpectedError } from './format-error';
import { CONNECTION_AUTHENTICATOR, type ConnectionAuthenticator } from './graphql-context';
import { graphqlWsOptions } from './graphql-ws';
import { OperationGuards } from './operation-guards';
import { OperationObservers, observeWsOperations } from './operation-metrics';
import { validationRules } from './query-limits';

export const GRAPHQL_PATH = '/graphql';

/**
 * The largest WebSocket message accepted (a subscription is a few hundred
 * bytes; queries and mutations go over HTTP). A bigger one closes the
 * connection with 1009 Message Too Big before it is parsed.
 */
export const MAX_WS_MESSAGE_BYTES = 1024 * 1024;

/**
 * GraphQL over WebSocket (graphql-ws) at /graphql. This server is ours rather
 * than @nestjs/graphql's, whose WebSocketServer cannot be given `maxPayload`;
 * what runs on it (authentication, validation, guards, error formatting) is
 * in graphql-ws.ts.
 */
@Injectable()
export class GraphqlWsServer implements OnModuleInit, OnModuleDestroy {
  private stop: (() => Promise<void>) | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly guards: OperationGuards,
    private readonly observers: OperationObservers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(CONNECTION_AUTHENTICATOR) private readonly authenticator: ConnectionAuthenticator | null,
  ) {}

  onModuleInit(): void {
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
    const hooks = graphqlWsOptions({
      authenticator: this.authenticator ?? null,
      schema: () => this.schemaHost.schema,
      rules: [...specifiedRules, ...validationRules(this.config.graphql)],
      checkOperation: (call) => this.guards.check(call),
      format: formatErrorForClient,
      logError: logUnexpectedError,
    });
    // Metrics and logs see every connection and operation (operation-metrics.ts).
    const options = observeWsOperations({ ...hooks, execute, subscribe }, this.observers);
    // isProd: graphql-ws's own close reasons never carry an error's message.
    const server = useServer({ ...options, isProd: true }, wss);
    const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (request.url?.split('?')[0] !== GRAPHQL_PATH) return; // another path: not ours
      wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
    };
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as NodeJS.EventEmitter;
    httpServer.on('upgrade', onUpgrade);
    this.stop = async () => {
      httpServer.off('upgrade', onUpgrade);
      await server.dispose(); // closes every connection with 1001 Going Away
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop?.();
    this.stop = null;
  }
}
