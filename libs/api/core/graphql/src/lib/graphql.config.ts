import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost, type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { specifiedRules } from 'graphql';
import { formatError } from './format-error';
import { CONNECTION_AUTHENTICATOR, createContext, type ConnectionAuthenticator, type RequestWithUser } from './graphql-context';
import { graphqlWsOptions } from './graphql-ws';
import { PageInfoModel } from './node';
import { queryLimitsRule } from './query-limits';

const logger = new Logger('GraphQL');
const logUnexpected = (error: unknown) => logger.error(error instanceof Error ? error : String(error));

/**
 * Apollo at /graphql (code-first; schema printed sorted to `schemaFile` when
 * given), GraphQL over WebSocket (graphql-ws) on the same path, query limits,
 * and the error formatter — the same rules and formatter for both transports.
 * A fresh context (and its loaders) per request or WebSocket operation.
 */
export function graphqlModule(schemaFile: string | false) {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [APP_CONFIG, GraphQLSchemaHost, { token: CONNECTION_AUTHENTICATOR, optional: true }],
    useFactory: (config: AppConfig, schemaHost: GraphQLSchemaHost, authenticator?: ConnectionAuthenticator): ApolloDriverConfig => {
      const validationRules = [queryLimitsRule(config.graphql)];
      const ws = graphqlWsOptions({
        authenticator: authenticator ?? null,
        schema: () => schemaHost.schema,
        rules: [...specifiedRules, ...validationRules],
        format: (formatted, error) => formatError(formatted, error, logUnexpected),
        logError: logUnexpected,
      });
      return {
        path: '/graphql',
        autoSchemaFile: schemaFile || true,
        sortSchema: true,
        // PageInfo is part of the contract before any connection uses it.
        buildSchemaOptions: { orphanedTypes: [PageInfoModel] },
        playground: false,
        introspection: true,
        includeStacktraceInErrorResponses: false,
        csrfPrevention: true,
        validationRules,
        formatError: (formatted, error) => formatError(formatted, error, logUnexpected),
        // @nestjs/graphql's type lists only some graphql-ws hooks, but hands the whole object to useServer.
        subscriptions: { 'graphql-ws': { path: '/graphql', ...ws } as GraphQLWsSubscriptionsConfig },
        // HTTP only: WebSocket operations get their context from onSubscribe.
        context: ({ req }: { req: RequestWithUser }) => createContext(req),
      };
    },
  });
}
