import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { Observable, map } from 'rxjs';
import {
  type AddArgumentInput,
  type AmendProposalInput,
  type CastVoteInput,
  type CloseProposalInput,
  type CreateProposalInput,
  type DecisionFilter,
  DecisionsAddArgumentDocument,
  DecisionsAddCommentDocument,
  DecisionsAddDissentDocument,
  DecisionsAmendProposalDocument,
  DecisionsCastVoteDocument,
  DecisionsCloseProposalDocument,
  DecisionsCreateProposalDocument,
  DecisionsExtendProposalDocument,
  DecisionsFollowDocument,
  DecisionsLogMarkdownDocument,
  DecisionsNudgeVotersDocument,
  DecisionsOpenDocument,
  type DecisionsOpenQuery,
  DecisionsProposalDocument,
  type DecisionsProposalDetailFragment,
  type DecisionsProposalQuery,
  type DecisionsProposalSummaryFragment,
  DecisionsProposalUpdatedDocument,
  DecisionsSetReviewDateDocument,
  DecisionsSpaceDocument,
  DecisionsSpaceProposalsDocument,
  type DecisionsSpaceQuery,
  DecisionsSpacesDocument,
  type DecisionsSpacesQuery,
  DecisionsStatsDocument,
  type DecisionsStatsQuery,
  DecisionsUnfollowDocument,
  DecisionsWithdrawProposalDocument,
  type ExtendProposalInput,
} from '@pnyx/shared/graphql-types';
import { type QueryState, toQueryState } from '@pnyx/web/core';
import { READ_HANDLED, WRITE_HANDLED } from './decision-errors';

export type ProposalDetail = DecisionsProposalDetailFragment;
export type ProposalSummary = DecisionsProposalSummaryFragment;
export type DecisionsSpace = NonNullable<DecisionsSpaceQuery['space']>;
export type DecisionStats = DecisionsStatsQuery['decisionStats'];

export interface ProposalPage {
  readonly nodes: readonly ProposalSummary[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** Lists that change when a proposal opens, closes or is withdrawn. */
const LIST_QUERIES = ['DecisionsOpen', 'DecisionsStats'];

function required<T>(value: T | null | undefined, operation: string): T {
  if (value == null) throw new Error(`${operation}: the API answered without data`);
  return value;
}

/** The decisions operations of the API, typed by codegen from the `.graphql` files beside it. */
@Injectable({ providedIn: 'root' })
export class DecisionsApi {
  private readonly apollo = inject(Apollo);

  // ------------------------------------------------------------------ reading

  space(key: string): Observable<QueryState<DecisionsSpaceQuery>> {
    return this.apollo
      .watchQuery({ query: DecisionsSpaceDocument, variables: { key }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  spaces(): Observable<DecisionsSpacesQuery['spaces']> {
    return this.apollo.query({ query: DecisionsSpacesDocument }).pipe(map((result) => result.data?.spaces ?? []));
  }

  /** One page of a space's open proposals (closing soonest first) or of its decision log (newest first). */
  proposals(spaceKey: string, closed: boolean, after: string | null, first = 25): Observable<ProposalPage> {
    return this.apollo
      .query({
        query: DecisionsSpaceProposalsDocument,
        variables: { spaceKey, closed, first, after },
        fetchPolicy: 'network-only',
        context: { handledErrorCodes: READ_HANDLED },
      })
      .pipe(
        map((result) => {
          const connection = required(result.data?.proposals, 'proposals');
          return { nodes: connection.nodes, hasNextPage: connection.pageInfo.hasNextPage, endCursor: connection.pageInfo.endCursor };
        }),
      );
  }

  decisionLogMarkdown(spaceKey: string): Observable<string> {
    return this.apollo
      .query({ query: DecisionsLogMarkdownDocument, variables: { spaceKey }, fetchPolicy: 'network-only' })
      .pipe(map((result) => required(result.data?.decisionLogMarkdown, 'decisionLogMarkdown')));
  }

  openDecisions(filter: DecisionFilter): Observable<QueryState<DecisionsOpenQuery>> {
    return this.apollo.watchQuery({ query: DecisionsOpenDocument, variables: { filter, first: 200 } }).valueChanges.pipe(toQueryState());
  }

  stats(spaceIds: readonly string[] | null): Observable<QueryState<DecisionsStatsQuery>> {
    return this.apollo
      .watchQuery({ query: DecisionsStatsDocument, variables: { spaceIds: spaceIds ? [...spaceIds] : null } })
      .valueChanges.pipe(toQueryState());
  }

  proposal(id: string): Observable<QueryState<DecisionsProposalQuery>> {
    return this.apollo
      .watchQuery({ query: DecisionsProposalDocument, variables: { id }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  /** Reads the proposal again from the server; the watching screen follows through the cache. */
  reloadProposal(id: string): Observable<void> {
    return this.apollo
      .query({ query: DecisionsProposalDocument, variables: { id }, fetchPolicy: 'network-only', context: { handledErrorCodes: READ_HANDLED } })
      .pipe(map(() => undefined));
  }

  /** An event each time the proposal changes (vote, argument, amendment, extension, close, withdrawal). */
  updates(id: string): Observable<number> {
    return this.apollo
      .subscribe({ query: DecisionsProposalUpdatedDocument, variables: { id }, context: { handledErrorCodes: READ_HANDLED } })
      .pipe(map((result) => result.data?.proposalUpdated?.version ?? 0));
  }

  // ------------------------------------------------------------------ writing

  createProposal(input: CreateProposalInput): Observable<{ readonly id: string }> {
    return this.apollo
      .mutate({ mutation: DecisionsCreateProposalDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED }, refetchQueries: LIST_QUERIES })
      .pipe(map((result) => ({ id: required(result.data?.createProposal, 'createProposal').id })));
  }

  castVote(input: CastVoteInput): Observable<ProposalDetail> {
    return this.apollo
      .mutate({ mutation: DecisionsCastVoteDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.castVote, 'castVote')));
  }

  addArgument(input: AddArgumentInput): Observable<void> {
    return this.apollo
      .mutate({
        mutation: DecisionsAddArgumentDocument,
        variables: { input },
        context: { handledErrorCodes: WRITE_HANDLED },
        update: (cache, { data }) => {
          const argument = data?.addArgument;
          if (argument) appendTo(cache, input.proposalId, 'arguments', argument);
        },
      })
      .pipe(map(() => undefined));
  }

  closeProposal(input: CloseProposalInput): Observable<ProposalDetail> {
    return this.apollo
      .mutate({ mutation: DecisionsCloseProposalDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED }, refetchQueries: LIST_QUERIES })
      .pipe(map((result) => required(result.data?.closeProposal, 'closeProposal')));
  }

  withdrawProposal(id: string): Observable<ProposalDetail> {
    return this.apollo
      .mutate({ mutation: DecisionsWithdrawProposalDocument, variables: { id }, context: { handledErrorCodes: WRITE_HANDLED }, refetchQueries: LIST_QUERIES })
      .pipe(map((result) => required(result.data?.withdrawProposal, 'withdrawProposal')));
  }

  /** CONFLICT when `baseVersion` is stale. */
  amendProposal(input: AmendProposalInput): Observable<ProposalDetail> {
    return this.apollo
      .mutate({ mutation: DecisionsAmendProposalDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.amendProposal, 'amendProposal')));
  }

  extendProposal(input: ExtendProposalInput): Observable<ProposalDetail> {
    return this.apollo
      .mutate({ mutation: DecisionsExtendProposalDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.extendProposal, 'extendProposal')));
  }

  setReviewDate(id: string, reviewAt: string | null): Observable<void> {
    return this.apollo
      .mutate({ mutation: DecisionsSetReviewDateDocument, variables: { input: { id, reviewAt } }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map(() => undefined));
  }

  /** How many voters were reminded; RATE_LIMITED (with retryAfterSeconds) when nudged within the last day. */
  nudgeVoters(proposalId: string): Observable<number> {
    return this.apollo
      .mutate({ mutation: DecisionsNudgeVotersDocument, variables: { proposalId }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => result.data?.nudgeVoters ?? 0));
  }

  addDissent(proposalId: string, body: string): Observable<void> {
    return this.apollo
      .mutate({
        mutation: DecisionsAddDissentDocument,
        variables: { input: { proposalId, body } },
        context: { handledErrorCodes: WRITE_HANDLED },
        update: (cache, { data }) => {
          const dissent = data?.addDissent;
          if (dissent) appendTo(cache, proposalId, 'dissents', dissent);
        },
      })
      .pipe(map(() => undefined));
  }

  addComment(proposalId: string, body: string): Observable<void> {
    return this.apollo
      .mutate({
        mutation: DecisionsAddCommentDocument,
        variables: { input: { subjectId: proposalId, body } },
        context: { handledErrorCodes: WRITE_HANDLED },
        update: (cache, { data }) => {
          const comment = data?.addComment;
          if (comment) appendTo(cache, proposalId, 'comments', comment);
        },
      })
      .pipe(map(() => undefined));
  }

  setFollowing(proposalId: string, follow: boolean): Observable<void> {
    const options = {
      variables: { id: proposalId },
      update: (cache: ApolloCache) => {
        cache.modify({ id: cache.identify({ __typename: 'Proposal', id: proposalId }), fields: { followedByMe: () => follow } });
      },
    };
    return follow
      ? this.apollo.mutate({ mutation: DecisionsFollowDocument, ...options }).pipe(map(() => undefined))
      : this.apollo.mutate({ mutation: DecisionsUnfollowDocument, ...options }).pipe(map(() => undefined));
  }
}

/** Appends a new item to a list field of the cached proposal (arguments, comments, dissents). */
function appendTo(cache: ApolloCache, proposalId: string, field: 'arguments' | 'comments' | 'dissents', item: object): void {
  cache.modify({
    id: cache.identify({ __typename: 'Proposal', id: proposalId }),
    fields: {
      [field]: (existing: unknown, { toReference }: { toReference: (value: never, merge?: boolean) => unknown }) => {
        if (!Array.isArray(existing)) return existing;
        const ref = '__typename' in item && 'id' in item ? toReference(item as never, true) : item;
        return [...existing, ref];
      },
    },
  });
}
