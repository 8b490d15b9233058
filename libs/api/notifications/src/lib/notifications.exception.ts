import { DomainException } from '@pnyx/api/core/graphql';

/** At most this many ids per `markNotificationsRead`. */
export const MAX_MARK_IDS = 100;

export const NotificationsException = {
  notFound: (field?: string) => DomainException.notFound('Notification', field),
  badIds: () => DomainException.badInput('ids', 'ids must be Notification ids'),
  tooManyIds: () => DomainException.badInput('ids', `At most ${MAX_MARK_IDS} ids at once`),
};
