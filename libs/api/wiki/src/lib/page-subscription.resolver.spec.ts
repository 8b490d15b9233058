import { createContext, DomainException, type AuthUser, type GraphqlContext, type RequestWithUser } from '@pnyx/api/core/graphql';
import { LocalPubSub } from '@pnyx/api/core/realtime';
import { encodeId } from '@pnyx/shared/contracts';
import { describe, expect, it, vi } from 'vitest';
import type { PageAccess } from './page-access';
import { PAGE_SAVED, type PageSavedMessage } from './page-subscription.consumer';
import { PageSubscriptionResolver } from './page-subscription.resolver';
import type { PageEntity } from './page.entity';
import type { PageLoader } from './page.loader';

const PAGE = '6f1c2a4e-9d7b-4c1a-8e2f-3b5d7a9c1e01';
const OTHER = '0b7e5f3a-1c2d-4e6f-8a9b-0c1d2e3f4a5b';
const carol: AuthUser = { id: 'u-carol', subject: 's', username: 'carol', displayName: 'Carol', email: null, roles: ['EMPLOYEE'] };

function page(version: number): PageEntity {
  return { id: PAGE, spaceId: 'space-1', version, title: `v${version}`, updatedAt: new Date(), createdAt: new Date() } as PageEntity;
}

function setup(options: { readable?: boolean; visible?: (PageEntity | null)[] } = {}) {
  const pubSub = new LocalPubSub();
  const access = {
    requireReadable: vi.fn(async () => {
      if (options.readable === false) throw DomainException.notFound('Page', 'pageId');
      return page(1);
    }),
  } as unknown as PageAccess;
  const answers = [...(options.visible ?? [])];
  const visible = vi.fn(async (ctx: GraphqlContext) => {
    expect(ctx.loaders.size).toBe(0); // every event starts with fresh loaders
    ctx.loaders.set('used', {} as never);
    return answers.shift() ?? null;
  });
  const resolver = new PageSubscriptionResolver(pubSub, access, { visible } as unknown as PageLoader);
  const ctx = createContext({ user: carol } as RequestWithUser);
  const save = (pageId: string, version: number) => pubSub.publish<PageSavedMessage>(PAGE_SAVED, { pageId, spaceId: 'space-1', version, actorId: 'u-bob' });
  return { pubSub, resolver, ctx, visible, save };
}

describe('PageSubscriptionResolver.pageSaved', () => {
  it('refuses an unreadable page with NOT_FOUND before subscribing', async () => {
    const { resolver, ctx, pubSub } = setup({ readable: false });
    await expect(resolver.pageSaved(carol, encodeId('Page', PAGE), ctx)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(resolver.pageSaved(carol, 'not-an-id', ctx)).rejects.toMatchObject({ code: 'NOT_FOUND', details: { field: 'pageId' } });
    expect(pubSub.listenerCount(PAGE_SAVED)).toBe(0);
  });

  it('sends the page as it is now, only for its own saves, and nothing while the caller may not read it', async () => {
    const { resolver, ctx, save, visible } = setup({ visible: [null, page(3)] });
    const saves = await resolver.pageSaved(carol, encodeId('Page', PAGE), ctx);
    await save(OTHER, 2);
    await save(PAGE, 2); // carol lost access: skipped
    await save(PAGE, 3); // and got it back
    const next = await saves.next();
    expect(next.value).toMatchObject({ id: encodeId('Page', PAGE), version: 3, title: 'v3' });
    expect(visible).toHaveBeenCalledTimes(2);
    expect(visible).toHaveBeenCalledWith(ctx, carol.id, PAGE);
  });

  it('skips a save already overtaken by a newer version (whose own message follows)', async () => {
    const { resolver, ctx, save } = setup({ visible: [page(3), page(3)] });
    const saves = await resolver.pageSaved(carol, encodeId('Page', PAGE), ctx);
    await save(PAGE, 2);
    await save(PAGE, 3);
    expect((await saves.next()).value).toMatchObject({ version: 3 });
  });

  it('unsubscribes when the subscription is closed', async () => {
    const { resolver, ctx, pubSub } = setup();
    const saves = await resolver.pageSaved(carol, encodeId('Page', PAGE), ctx);
    expect(pubSub.listenerCount(PAGE_SAVED)).toBe(1);
    const pending = saves.next();
    await saves.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(pubSub.listenerCount(PAGE_SAVED)).toBe(0);
  });
});
