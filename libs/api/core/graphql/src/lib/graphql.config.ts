import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import type { Request } from 'express';
import { formatError } from './format-error';
import { createContext, type RequestWithUser } from './graphql-context';
import { PageInfoModel } from './node';
import { queryLimitsRule } from './query-limits';

const logger = new Logger('GraphQL');

interface WsExtra {
  request?: Request;
}

/**
 * Apollo at /graphql (code-first; schema printed sorted to `schemaFile` when
 * given), GraphQL over WebSocket (graphql-ws) on the same path, query limits,
 * and the error formatter. A fresh context (and its loaders) per request.
 */
export function graphqlModule(schemaFile: string | false) {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig): ApolloDriverConfig => ({
      path: '/graphql',
      autoSchemaFile: schemaFile || true,
      sortSchema: true,
      // PageInfo is part of the contract before any connection uses it.
      buildSchemaOptions: { orphanedTypes: [PageInfoModel] },
      playground: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      validationRules: [queryLimitsRule(config.graphql)],
      formatError: (formatted, error) => formatError(formatted, error, (e) => logger.error(e instanceof Error ? e : String(e))),
      subscriptions: {
        'graphql-ws': {
          path: '/graphql',
          onConnect: (ctx) => {
            const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
            const extra = ctx.extra as WsExtra;
            const auth = params['Authorization'] ?? params['authorization'];
            if (extra.request && typeof auth === 'string') extra.request.headers.authorization = auth;
          },
        },
      },
      context: ({ req, extra }: { req?: RequestWithUser; extra?: WsExtra }) =>
        createContext((req ?? extra?.request) as RequestWithUser),
    }),
  });
}
