import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { Observable, filter, map } from 'rxjs';
import { PageSavedDocument, type PageSavedSubscription } from '@pnyx/shared/graphql-types';
import type { NewerVersion } from './edit-state';

export type SavedPage = PageSavedSubscription['pageSaved'];

/** Live news about a page, over the API's WebSocket (GraphQL subscriptions). */
@Injectable({ providedIn: 'root' })
export class PageLive {
  private readonly apollo = inject(Apollo);

  /** Every new version of the page saved by someone other than the viewer (edits and restores). */
  savedByOthers(pageId: string, viewerId: () => string | null): Observable<NewerVersion> {
    return this.apollo.subscribe({ query: PageSavedDocument, variables: { pageId }, context: { handledErrorCodes: ['NOT_FOUND'] } }).pipe(
      map((result) => result.data?.pageSaved),
      filter((page): page is SavedPage => !!page && page.updatedBy.id !== viewerId()),
      map((page) => ({ version: page.version, authorName: page.updatedBy.displayName, savedAt: page.updatedAt })),
    );
  }
}
