import './operation-context';
import { HttpHeaders } from '@angular/common/http';
import { Provider, inject } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { ErrorCode } from '@pnyx/shared/contracts';
import { AuthService } from '../auth/auth.service';
import { Notifier } from './error-notifier';
import { errorInfos, errorMessageKey } from './graphql-errors';
import { createIdempotentRetryLink } from './idempotent-retry-link';
import { LiveUpdates } from './live-updates';
import { createResyncLink } from './resync-link';
import { createWsLink, webSocketUrl } from './ws-link';

/** Relative: the API serves the web app, so the GraphQL endpoint is on the same origin. */
export const GRAPHQL_PATH = '/graphql';

function withAuthorization(headers: HttpHeaders | Record<string, string> | undefined, token: string): HttpHeaders {
  const base = headers instanceof HttpHeaders ? headers : new HttpHeaders(headers ?? {});
  return base.set('Authorization', `Bearer ${token}`);
}

/**
 * Apollo client for the API: queries and mutations over HTTP with a fresh
 * bearer token on every request (mutations with an Idempotency-Key, sent
 * again with the same key when no answer came back), subscriptions over one WebSocket
 * (graphql-ws, token sent when connecting) that are subscribed again when
 * the API ends them with RESYNC, a reconnect or RESYNC telling LiveUpdates
 * to catch up; errors turned into messages.
 */
export function provideGraphQL(): Provider {
  return provideApollo(() => {
    const httpLink = inject(HttpLink);
    const auth = inject(AuthService);
    const notifier = inject(Notifier);
    const live = inject(LiveUpdates);

    const authLink = new SetContextLink(async (context) => ({
      headers: withAuthorization(context.headers, await auth.accessToken()),
    }));

    const errorLink = new ErrorLink(({ error, operation }) => {
      const infos = errorInfos(error);
      if (infos.some((info) => info.code === ErrorCode.UNAUTHENTICATED)) {
        notifier.show(auth.login() ? errorMessageKey(ErrorCode.UNAUTHENTICATED) : 'errors.SESSION_REJECTED');
        return;
      }
      const handled = operation.getContext().handledErrorCodes ?? [];
      const shown = infos.find((info) => !handled.includes(info.code));
      if (shown) notifier.show(errorMessageKey(shown.code));
    });

    const http = httpLink.create({
      uri: GRAPHQL_PATH,
      // Apollo Server's CSRF prevention accepts JSON requests.
      headers: new HttpHeaders({ 'Content-Type': 'application/json' }),
    });

    const ws = ApolloLink.from([createResyncLink(() => live.gap()), createWsLink(auth, webSocketUrl(GRAPHQL_PATH, location), () => live.gap())]);

    return {
      link: ApolloLink.from([errorLink, ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, ApolloLink.from([createIdempotentRetryLink(), authLink, http]))]),
      cache: new InMemoryCache(),
      defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
    };
  });
}
