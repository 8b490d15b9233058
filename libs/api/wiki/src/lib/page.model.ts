import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, NodeModel } from '@pnyx/api/core/graphql';
import { UserModel } from '@pnyx/api/identity';
import { SpaceModel } from '@pnyx/api/spaces';

export const DiffLineKind = { CONTEXT: 'CONTEXT', ADDED: 'ADDED', REMOVED: 'REMOVED' } as const;
export type DiffLineKind = (typeof DiffLineKind)[keyof typeof DiffLineKind];
registerEnumType(DiffLineKind, { name: 'DiffLineKind' });

@ObjectType('Page', { implements: () => [NodeModel] })
export class PageModel extends NodeModel {
  /** Internal ids, for field resolvers. */
  uuid!: string;
  spaceId!: string;
  parentId!: string | null;
  createdById!: string;
  updatedById!: string;

  @Field(() => SpaceModel)
  space?: SpaceModel;

  @Field(() => PageModel, { nullable: true })
  parent?: PageModel | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Canonical slug: the page is at /s/<space key>/<slug>. Fixed at creation; old slugs still resolve.' })
  slug!: string;

  @Field(() => String, { description: 'Markdown' })
  body!: string;

  @Field(() => String, { description: 'Rendered, sanitised HTML; wiki links resolved' })
  html!: string;

  @Field(() => Int, { description: 'The current version; name it as baseVersion when saving' })
  version!: number;

  @Field(() => Int, { description: 'Order among siblings (then title)' })
  position!: number;

  @Field(() => Boolean, { description: "True for a template (in the space's templates area, outside the tree)" })
  isTemplate!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => UserModel, { description: 'Who created the page' })
  author?: UserModel;

  @Field(() => UserModel, { description: 'Who saved the current version' })
  updatedBy?: UserModel;
}

@ObjectType('PageRevision')
export class PageRevisionModel {
  /** Internal, for field resolvers. */
  pageId!: string;
  spaceId!: string;
  authorId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown of this version' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'The edit summary' })
  summary!: string | null;

  @Field(() => Int, { nullable: true, description: 'Set when this version restored an older one' })
  restoredFrom!: number | null;

  @Field(() => UserModel)
  author?: UserModel;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('DiffLine', { description: 'One line of a side-by-side comparison' })
export class DiffLineModel {
  @Field(() => DiffLineKind)
  kind!: DiffLineKind;

  @Field(() => String)
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Line number in the older version; null for an added line' })
  oldNumber!: number | null;

  @Field(() => Int, { nullable: true, description: 'Line number in the newer version; null for a removed line' })
  newNumber!: number | null;
}

@ObjectType('PageDiff')
export class PageDiffModel {
  @Field(() => Int)
  fromVersion!: number;

  @Field(() => Int)
  toVersion!: number;

  @Field(() => String, { description: 'Unified diff of the bodies' })
  unified!: string;

  @Field(() => PageRevisionModel)
  from!: PageRevisionModel;

  @Field(() => PageRevisionModel)
  to!: PageRevisionModel;

  @Field(() => [DiffLineModel], { description: 'Every line of both bodies, for a side-by-side view' })
  lines!: DiffLineModel[];

  @Field(() => Int)
  additions!: number;

  @Field(() => Int)
  deletions!: number;

  @Field(() => Boolean, {
    description:
      'True when the versions differ too much to be matched line by line (more than about 1,000 lines added and removed, fewer for very long pages): between their common first and last lines, everything shows as removed, then added',
  })
  approximate!: boolean;
}

@ObjectType('PageConnection')
export class PageConnectionModel extends Connection(PageModel) {}

@ObjectType('PageLabelCount')
export class PageLabelCountModel {
  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: 'Pages with this label that the caller can see' })
  count!: number;
}
