import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser, GraphqlContext } from '@pnyx/api/core/graphql';
import { filterMap, PubSub } from '@pnyx/api/core/realtime';
import { PageAccess } from './page-access';
import { PAGE_SAVED, type PageSavedMessage } from './page-subscription.consumer';
import { PageLoader } from './page.loader';
import { pageUuid, toPageModel } from './page.mapper';
import { PageModel } from './page.model';

@Resolver(() => PageModel)
export class PageSubscriptionResolver {
  constructor(
    private readonly pubSub: PubSub,
    private readonly access: PageAccess,
    private readonly loader: PageLoader,
  ) {}

  /**
   * NOT_FOUND at once for a page the caller cannot read (as the `page`
   * query). Then, for each save of the page: checks again that the caller
   * may read it (membership may have changed; if not, nothing is sent) and
   * sends the page as it is then. A save already overtaken by a newer one is
   * skipped: the newer one's message follows.
   */
  @Authenticated()
  @Subscription(() => PageModel, {
    description: 'Each new version of a page (edits and restores), for as long as the caller may read it',
    resolve: (page: PageModel) => page,
  })
  async pageSaved(
    @CurrentUser() user: AuthUser,
    @Args('pageId', { type: () => ID }) pageId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<AsyncIterableIterator<PageModel>> {
    const id = pageUuid(pageId, 'pageId');
    await this.access.requireReadable(user, id, undefined, 'pageId');
    const messages = await this.pubSub.subscribe<PageSavedMessage>(PAGE_SAVED);
    return filterMap(messages, async ({ data }) => {
      if (data.pageId !== id) return undefined;
      // One context serves the whole subscription; each event starts with fresh loaders.
      ctx.loaders.clear();
      const page = await this.loader.visible(ctx, user.id, id);
      if (!page || page.version > data.version) return undefined;
      return toPageModel(page);
    });
  }
}
