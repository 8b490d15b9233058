import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@pnyx/shared/contracts';
import { DomainException } from './domain.exception';
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

/** A node to load: its type name (`Post`, `Page`…) and internal id. */
export interface NodeRef {
  type: string;
  id: string;
}

/** A loader's NOT_FOUND means gone or hidden from the caller (hidden looks like missing): null. Anything else is an error. */
function hiddenAsNull(error: unknown): null {
  if (error instanceof DomainException && error.code === ErrorCode.NOT_FOUND) return null;
  throw error;
}

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

  /**
   * The node if the caller may see it, for lists and fields that show
   * what is left rather than fail: null when no module registers the type,
   * the node is gone, or it is hidden. Other errors propagate.
   */
  async loadVisible(ctx: GraphqlContext, typeName: string, id: string): Promise<object | null> {
    const load = this.loaders.get(typeName);
    if (!load) return null;
    try {
      return await load(ctx, id);
    } catch (error) {
      return hiddenAsNull(error);
    }
  }

  /**
   * `loadVisible` for each ref, in the refs' order. All loads start in the
   * same tick, so each type's request-scoped DataLoader batches its ids into
   * one statement.
   */
  loadVisibleMany(ctx: GraphqlContext, refs: readonly NodeRef[]): Promise<(object | null)[]> {
    return Promise.all(refs.map((ref) => this.loadVisible(ctx, ref.type, ref.id)));
  }

  static typeOf(value: object): string | undefined {
    for (const [model, name] of NodeRegistry.classes) {
      if (value instanceof model) return name;
    }
    return undefined;
  }
}
