import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { CreatePageInput } from './create-page.input';
import { PageHistoryService } from './page-history.service';
import { PageLabelService } from './page-label.service';
import { PageTreeService } from './page-tree.service';
import { toPageModel } from './page.mapper';
import { PageModel } from './page.model';
import { PageService } from './page.service';
import { UpdatePageInput } from './update-page.input';

@Resolver(() => PageModel)
export class PageMutationResolver {
  constructor(
    private readonly pages: PageService,
    private readonly history: PageHistoryService,
    private readonly tree: PageTreeService,
    private readonly labels: PageLabelService,
  ) {}

  @Authenticated()
  @Mutation(() => PageModel, { description: 'Creates a page (or, with isTemplate, a template); members of the space only' })
  async createPage(@CurrentUser() user: AuthUser, @Args('input', { type: () => CreatePageInput }) input: CreatePageInput): Promise<PageModel> {
    return toPageModel(await this.pages.create(user, input));
  }

  @Authenticated()
  @Mutation(() => PageModel, { description: 'Saves an edit; CONFLICT (extensions.currentVersion) when baseVersion is stale' })
  async updatePage(@CurrentUser() user: AuthUser, @Args('input', { type: () => UpdatePageInput }) input: UpdatePageInput): Promise<PageModel> {
    return toPageModel(await this.pages.update(user, input));
  }

  @Authenticated()
  @Mutation(() => PageModel, { description: "Writes an old version's title and body as a new version (audited); nothing is deleted" })
  async restorePageRevision(
    @CurrentUser() user: AuthUser,
    @Args('pageId', { type: () => ID }) pageId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('baseVersion', { type: () => Int, nullable: true, description: 'If given, CONFLICT when the page is no longer at this version' })
    baseVersion: number | null,
  ): Promise<PageModel> {
    return toPageModel(await this.history.restore(user, pageId, version, baseVersion ?? null));
  }

  @Authenticated()
  @Mutation(() => PageModel, { description: 'Moves a page under another page of its space (parentId null: to the root) at a position among its new siblings (null: last)' })
  async movePage(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @Args('position', { type: () => Int, nullable: true }) position: number | null,
  ): Promise<PageModel> {
    return toPageModel(await this.tree.move(user, id, parentId ?? null, position ?? null));
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Deletes a page (kept for the record, audited); its subpages move up to its parent' })
  deletePage(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.tree.delete(user, id);
  }

  @Authenticated()
  @Mutation(() => PageModel)
  async addPageLabel(
    @CurrentUser() user: AuthUser,
    @Args('pageId', { type: () => ID }) pageId: string,
    @Args('label', { type: () => String }) label: string,
  ): Promise<PageModel> {
    return toPageModel(await this.labels.add(user, pageId, label));
  }

  @Authenticated()
  @Mutation(() => PageModel)
  async removePageLabel(
    @CurrentUser() user: AuthUser,
    @Args('pageId', { type: () => ID }) pageId: string,
    @Args('label', { type: () => String }) label: string,
  ): Promise<PageModel> {
    return toPageModel(await this.labels.remove(user, pageId, label));
  }
}
