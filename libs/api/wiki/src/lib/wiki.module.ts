import { PageSearchSource } from './page-search-source';
import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@pnyx/api/core/graphql';
import { SocialModule, SubjectRegistry } from '@pnyx/api/social';
import { SpaceRepository, SpacesModule } from '@pnyx/api/spaces';
import { PageAccess } from './page-access';
import { PageFieldsResolver } from './page-fields.resolver';
import { PageHistoryService } from './page-history.service';
import { PageLabelRepository } from './page-label.repository';
import { PageLabelService } from './page-label.service';
import { PageLinkRepository } from './page-link.repository';
import { PageMutationResolver } from './page-mutation.resolver';
import { PageQueryResolver } from './page-query.resolver';
import { PageReader } from './page-reader';
import { PageRenderer } from './page-renderer';
import { PageRevisionRepository } from './page-revision.repository';
import { PageRevisionResolver } from './page-revision.resolver';
import { PageSubscriptionConsumer } from './page-subscription.consumer';
import { PageSubscriptionResolver } from './page-subscription.resolver';
import { PageTreeService } from './page-tree.service';
import { PageWriter } from './page-writer';
import { PageLoader } from './page.loader';
import { toPageModel } from './page.mapper';
import { PageModel } from './page.model';
import { PagePolicy } from './page.policy';
import { UserPagesResolver } from './user-pages.resolver';
import { PageRepository } from './page.repository';
import { PageService } from './page.service';
import { RevisionHtmlCache } from './revision-html.cache';
import { SpacePagesResolver } from './space-pages.resolver';
import { SpaceTemplates } from './space-templates';
import { WikiException } from './wiki.exception';

@Module({
  imports: [SpacesModule, SocialModule],
  providers: [PageSearchSource, 
    UserPagesResolver,
    PageRepository,
    PageRevisionRepository,
    PageLinkRepository,
    PageLabelRepository,
    PageAccess,
    PageRenderer,
    RevisionHtmlCache,
    PageWriter,
    PageService,
    PageHistoryService,
    PageTreeService,
    PageLabelService,
    PageReader,
    PageLoader,
    PageQueryResolver,
    PageMutationResolver,
    PageFieldsResolver,
    PageRevisionResolver,
    PageSubscriptionResolver, PageSubscriptionConsumer,
    SpacePagesResolver,
    SpaceTemplates,
  ],
  exports: [PageService, PageHistoryService, PageTreeService, PageRepository],
})
export class WikiModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly subjects: SubjectRegistry,
    private readonly loader: PageLoader,
    private readonly pages: PageRepository,
    private readonly spaces: SpaceRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Page', PageModel, async (ctx, id) => {
      const user = ctx.req.user;
      const page = user ? await this.loader.visible(ctx, user.id, id) : null;
      if (!page) throw WikiException.pageNotFound('id');
      return toPageModel(page);
    });
    // Comments and watches on pages follow the page's space.
    this.subjects.register('Page', async (user, id, tx) => {
      const page = await this.pages.findLive(tx, id);
      if (!page) return null;
      const [space] = await this.spaces.findVisibleByIds(user.id, [page.spaceId], tx);
      if (!space) return { spaceId: page.spaceId, canRead: false, canComment: false };
      return {
        spaceId: page.spaceId,
        canRead: PagePolicy.canRead(space.space.visibility, space.role),
        canComment: PagePolicy.canComment(space.space.visibility, space.role),
      };
    });
  }
}
