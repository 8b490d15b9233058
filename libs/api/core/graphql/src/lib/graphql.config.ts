import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { formatErrorForClient } from './format-error';
import { createContext, type RequestWithUser } from './graphql-context';
import { GRAPHQL_PATH, GraphqlWsServer } from './graphql-ws-server';
import { PageInfoModel } from './node';
import { OperationGuards, operationGuardsPlugin } from './operation-guards';
import { OperationObservers, operationMetricsPlugin } from './operation-metrics';
import { PlainFieldResolvers } from './plain-field-resolvers';
import { MAX_QUERY_TOKENS, validationRules } from './query-limits';

/**
 * No cache hints are used: without the cache-control plugin (nor inline
 * traces) Apollo wraps no field resolver. (Cast: the plugins' CommonJS typings
 * and the ESM ones Nest's config names are the same objects.)
 */
const DISABLED_APOLLO_PLUGINS = [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()] as unknown as NonNullable<ApolloDriverConfig['plugins']>;

/** The operation guards, for every module to add its own (see operation-guards.ts), and plain field resolvers (plain-field-resolvers.ts). */
@Global()
@Module({ providers: [OperationGuards, PlainFieldResolvers, OperationObservers], exports: [OperationGuards, PlainFieldResolvers, OperationObservers] })
export class OperationGuardsModule {}

@Module({})
export class GraphqlModule {}

/**
 * Apollo at /graphql (code-first; schema printed sorted to `schemaFile` when
 * given), GraphQL over WebSocket on the same path (graphql-ws-server.ts),
 * query limits, operation guards and the error formatter — the same rules,
 * guards and formatter for both transports. A fresh context (and its
 * loaders) per request or WebSocket operation.
 */
export function graphqlModule(schemaFile: string | false): DynamicModule {
  const apollo = GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: [OperationGuardsModule],
    inject: [APP_CONFIG, OperationGuards, PlainFieldResolvers, OperationObservers],
    useFactory: (config: AppConfig, guards: OperationGuards, plain: PlainFieldResolvers, observers: OperationObservers): ApolloDriverConfig => ({
      path: GRAPHQL_PATH,
      autoSchemaFile: schemaFile || true,
      sortSchema: true,
      // PageInfo is part of the contract before any connection uses it.
      buildSchemaOptions: { orphanedTypes: [PageInfoModel] },
      transformSchema: (schema) => plain.apply(schema),
      playground: false,
      // Apollo's own switch (off by default when NODE_ENV=production) stays on: with
      // GRAPHQL_INTROSPECTION=false one rule refuses it, with one message over both transports.
      introspection: true,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      parseOptions: { maxTokens: MAX_QUERY_TOKENS },
      validationRules: validationRules(config.graphql),
      plugins: [operationGuardsPlugin(guards), operationMetricsPlugin(observers), ...DISABLED_APOLLO_PLUGINS],
      formatError: formatErrorForClient,
      // HTTP only: WebSocket operations get their context from onSubscribe.
      context: ({ req }: { req: RequestWithUser }) => createContext(req),
    }),
  });
  return { module: GraphqlModule, imports: [OperationGuardsModule, apollo], providers: [GraphqlWsServer] };
}
