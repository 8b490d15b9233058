import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, loaderFor, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { NotificationRepository, type NotificationRow } from './notification.repository';

/** Batches the caller's own notifications by id within one request (anyone else's load as null). */
@Injectable()
export class NotificationLoader {
  constructor(private readonly notifications: NotificationRepository) {}

  load(ctx: GraphqlContext, id: string): Promise<NotificationRow | null> {
    const recipientId = viewer(ctx).id;
    return loaderFor(ctx, 'notification.byId', () =>
      new DataLoader<string, NotificationRow | null>(async (ids) => byKeys(ids, await this.notifications.findOwn(recipientId, ids), (n) => n.id)),
    ).load(id);
  }
}
