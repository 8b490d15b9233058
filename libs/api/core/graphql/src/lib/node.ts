import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import type { GraphqlContext } from './graphql-context';

@InterfaceType('Node', {
  resolveType: (value: object) => NodeRegistry.typeOf(value),
})
export abstract class NodeModel {
  @Field(() => ID)
  id!: string;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Loads one node by its internal id, enforcing the caller's visibility; throws NOT_FOUND if hidden. */
export type NodeLoader = (ctx: GraphqlContext, id: string) => Promise<object>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ModelClass = Function;

/** Each module registers its node types, so `node(id)` can load any of them. */
@Injectable()
export class NodeRegistry {
  private static readonly classes = new Map<ModelClass, string>();
  private readonly loaders = new Map<string, NodeLoader>();

  register(typeName: string, model: ModelClass, load: NodeLoader): void {
    NodeRegistry.classes.set(model, typeName);
    this.loaders.set(typeName, load);
  }

  loader(typeName: string): NodeLoader | undefined {
    return this.loaders.get(typeName);
  }

  static typeOf(value: object): string | undefined {
    for (const [model, name] of NodeRegistry.classes) {
      if (value instanceof model) return name;
    }
    return undefined;
  }
}
