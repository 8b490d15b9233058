import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { Observable, filter, map } from 'rxjs';
import {
  type EmailMode,
  MailOutboxDocument,
  type MailOutboxQuery,
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  type NotificationItemFragment,
  type NotificationKind,
  NotificationSettingsDocument,
  type NotificationSettingsQuery,
  NotificationsDocument,
  NotificationsUnreadCountDocument,
  SetNotificationLanguageDocument,
  UpdateNotificationPreferenceDocument,
} from '@pnyx/shared/graphql-types';

export type NotificationItem = NotificationItemFragment;
export type NotificationSettings = NotificationSettingsQuery['notificationSettings'];
export type NotificationPreference = NotificationSettings['preferences'][number];
export type OutboxMail = MailOutboxQuery['mailOutbox'][number];

export interface NotificationPage {
  readonly nodes: readonly NotificationItem[];
  readonly unreadCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** The notification operations of the API, typed by codegen from the `.graphql` files beside it. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly apollo = inject(Apollo);

  page(first: number, after: string | null, unreadOnly = false): Observable<NotificationPage> {
    return this.apollo.query({ query: NotificationsDocument, variables: { first, after, unreadOnly }, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        const connection = result.data?.notifications;
        if (!connection) throw new Error('The API answered without data');
        return {
          nodes: connection.nodes,
          unreadCount: connection.unreadCount,
          hasNextPage: connection.pageInfo.hasNextPage,
          endCursor: connection.pageInfo.endCursor ?? null,
        };
      }),
    );
  }

  unreadCount(): Observable<number> {
    return this.apollo
      .query({ query: NotificationsUnreadCountDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.notifications.unreadCount ?? 0));
  }

  /** Marks these notifications read (none: all); answers how many changed. */
  markRead(ids?: readonly string[]): Observable<number> {
    return this.apollo
      .mutate({ mutation: MarkNotificationsReadDocument, variables: { ids: ids ? [...ids] : null } })
      .pipe(map((result) => result.data?.markNotificationsRead ?? 0));
  }

  /** The caller's notifications from now on (over the API's WebSocket). */
  added(): Observable<NotificationItem> {
    return this.apollo.subscribe({ query: NotificationAddedDocument }).pipe(
      map((result) => result.data?.notificationAdded),
      filter((item): item is NotificationItem => !!item),
    );
  }

  settings(): Observable<NotificationSettings> {
    return this.apollo.query({ query: NotificationSettingsDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        const settings = result.data?.notificationSettings;
        if (!settings) throw new Error('The API answered without data');
        return settings;
      }),
    );
  }

  updatePreference(input: { kind: NotificationKind; inApp: boolean; email: EmailMode }): Observable<NotificationPreference> {
    return this.apollo.mutate({ mutation: UpdateNotificationPreferenceDocument, variables: { input } }).pipe(
      map((result) => {
        const preference = result.data?.updateNotificationPreference;
        if (!preference) throw new Error('The API answered without data');
        return preference;
      }),
    );
  }

  setLanguage(language: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: SetNotificationLanguageDocument, variables: { language } })
      .pipe(map((result) => result.data?.setNotificationLanguage ?? language));
  }

  outbox(first = 50): Observable<readonly OutboxMail[]> {
    return this.apollo
      .query({ query: MailOutboxDocument, variables: { first }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.mailOutbox ?? []));
  }
}
