import { encodeId } from '@pnyx/shared/contracts';
import { NotificationModel, type NotificationKind } from './notification.model';
import type { NotificationRow } from './notification.repository';

export function toNotificationModel(row: NotificationRow): NotificationModel {
  return Object.assign(new NotificationModel(), {
    id: encodeId('Notification', row.id),
    kind: row.kind as NotificationKind,
    actorId: row.actorId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    path: row.path,
    title: row.title,
    read: row.readAt !== null,
    createdAt: row.createdAt,
  });
}
