import { Injectable } from '@nestjs/common';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphqlContext } from './graphql-context';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PlainFieldResolver<S = any> = GraphQLFieldResolver<S, GraphqlContext>;

/**
 * Field resolvers that run as plain graphql-js resolvers, without Nest's
 * per-call machinery (parameter decorators, pipes, the execution context),
 * for fields resolved hundreds of times in one request: a dashboard's
 * per-row counts. Each such call through `@ResolveField` costs tens of
 * microseconds before it reaches the loader; 200 rows × 7 fields made it the
 * dashboard's main cost. Declare the field with `@Field` on the model (the
 * schema keeps its type and description) and register its resolver in a
 * provider's constructor, which runs before the schema is built. A
 * registered field that is not in the schema stops the start.
 */
@Injectable()
export class PlainFieldResolvers {
  private readonly resolvers = new Map<string, PlainFieldResolver>();

  register<S>(type: string, field: string, resolve: PlainFieldResolver<S>): void {
    const key = `${type}.${field}`;
    if (this.resolvers.has(key)) throw new Error(`PlainFieldResolvers: ${key} is registered twice`);
    this.resolvers.set(key, resolve);
  }

  /** Sets the registered resolvers on the built schema (in place). */
  apply(schema: GraphQLSchema): GraphQLSchema {
    for (const [key, resolve] of this.resolvers) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      if (!field) throw new Error(`PlainFieldResolvers: ${key} is not in the schema`);
      field.resolve = resolve;
    }
    return schema;
  }
}
