import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AddArgumentInput = {
  /** Markdown, 1 to 5,000 characters */
  body: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
  side: ArgumentSide;
};

export type AddCommentInput = {
  /** Markdown, 1 to 10,000 characters */
  body: Scalars['String']['input'];
  /** The page (or other commentable node) to comment on */
  subjectId: Scalars['ID']['input'];
};

export type AddDissentInput = {
  /** 1 to 5,000 characters */
  body: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};

export type AddSpaceMemberInput = {
  role: SpaceRole;
  spaceId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

export type AmendProposalInput = {
  /** The version the amendment started from; a stale one fails with CONFLICT */
  baseVersion: Scalars['Int']['input'];
  description: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Argument = Node & {
  __typename?: 'Argument';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Rendered, sanitised HTML of the body */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  side: ArgumentSide;
};

export type ArgumentSide =
  | 'CON'
  | 'PRO';

/** Why the audit chain is broken */
export type AuditChainBreak =
  /** A checkpoint's row has another hash or position: the chain was rewritten */
  | 'CHECKPOINT_MISMATCH'
  /** A row does not link to the row before it: rows were deleted in between */
  | 'GAP'
  /** A row's content no longer matches its hash: it was changed */
  | 'HASH_MISMATCH'
  /** A checkpoint's row is gone: the rows from there on were deleted */
  | 'TRUNCATED_AFTER_CHECKPOINT';

/** The head of the audit chain at one moment; keep it offline to prove later that nothing up to it was deleted */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  at: Scalars['DateTime']['output'];
  /** That row's hash (sha256, hex) */
  hash: Scalars['String']['output'];
  /** Id of the newest audit row covered */
  lastId: Scalars['String']['output'];
  /** Audit rows up to and including lastId */
  rowCount: Scalars['Int']['output'];
};

export type AuditVerification = {
  __typename?: 'AuditVerification';
  checked: Scalars['Int']['output'];
  /** The newest checkpoint (null: none taken yet) */
  checkpoint: Maybe<AuditCheckpoint>;
  /** Id of the first row that breaks the chain (for a checkpoint: the checkpointed row) */
  firstBrokenId: Maybe<Scalars['String']['output']>;
  intact: Scalars['Boolean']['output'];
  /** Why the chain is broken (null when intact) */
  reason: Maybe<AuditChainBreak>;
};

/** A blog post: personal, or in a space's blog; a draft only its author sees */
export type BlogPost = Node & {
  __typename?: 'BlogPost';
  author: User;
  /** Markdown as written */
  body: Scalars['String']['output'];
  /** The caller wrote it and may edit it */
  canEdit: Scalars['Boolean']['output'];
  /** The caller wrote this draft and may publish it */
  canPublish: Scalars['Boolean']['output'];
  /** Oldest first */
  comments: Array<Comment>;
  createdAt: Scalars['DateTime']['output'];
  followedByMe: Scalars['Boolean']['output'];
  /** Rendered, sanitised HTML */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** None while a draft */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Reactions per emoji (only those with any), in the fixed emoji order */
  reactions: Array<ReactionCount>;
  /** Every version, newest first */
  revisions: Array<BlogPostRevision>;
  /** None: a personal post */
  space: Maybe<Space>;
  status: PublicationStatus;
  /** Normalised (lower case), in the order given */
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** When the text last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** The current version; an edit names it as its baseVersion */
  version: Scalars['Int']['output'];
};


/** A blog post: personal, or in a space's blog; a draft only its author sees */
export type BlogPostCommentsArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A blog post: personal, or in a space's blog; a draft only its author sees */
export type BlogPostRevisionsArgs = {
  before: InputMaybe<Scalars['Int']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

export type BlogPostConnection = {
  __typename?: 'BlogPostConnection';
  nodes: Array<BlogPost>;
  pageInfo: PageInfo;
};

/** One version of a blog post, kept whole */
export type BlogPostRevision = {
  __typename?: 'BlogPostRevision';
  /** Markdown as it was */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CastVoteInput = {
  optionId?: InputMaybe<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
  /** RANKED_CHOICE: option ids, most preferred first (all or some) */
  ranking?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required for Object, Concern and Oppose; at most 5,000 characters */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CloseProposalInput = {
  id: Scalars['ID']['input'];
  /** ADVICE: required, ACCEPTED or REJECTED */
  outcome?: InputMaybe<ProposalOutcome>;
  /** ADVICE: required, the decision statement */
  statement?: InputMaybe<Scalars['String']['input']>;
};

export type Comment = Node & {
  __typename?: 'Comment';
  author: User;
  /** Markdown as written */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Rendered, sanitised HTML */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A piece of content that links here */
export type ContentLink = {
  __typename?: 'ContentLink';
  /** Where the web app shows it */
  path: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Page, Post or BlogPost */
  type: Scalars['String']['output'];
};

export type CreateBlogPostInput = {
  /** Markdown, at most 1 MB */
  body: Scalars['String']['input'];
  /** Publish at once; otherwise it stays a draft only the author sees */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  /** The space whose blog it goes into (members only); none: a personal post */
  spaceId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 10; letters, digits and _, normalised to lower case */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 200 characters */
  title: Scalars['String']['input'];
};

export type CreatePageInput = {
  /** Markdown, at most 1 MB; empty with templateId: the template body */
  body: Scalars['String']['input'];
  /** Create a template (in the space's templates area) instead of a page */
  isTemplate?: InputMaybe<Scalars['Boolean']['input']>;
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Parent page in the same space; none: a root page */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  spaceId: Scalars['ID']['input'];
  /** Start from this template: an empty body takes its body; its labels are added */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 200 characters */
  title: Scalars['String']['input'];
};

export type CreatePostInput = {
  /** Markdown, 1 to 500 characters (an emoji counts once) */
  body: Scalars['String']['input'];
  /** The post this replies to */
  replyToId?: InputMaybe<Scalars['ID']['input']>;
  /** The space to post into; none: to everyone. A reply lives in its parent’s space. */
  spaceId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateProposalInput = {
  /** ADVICE: members of the space asked for advice */
  advisorUsernames?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In the future, at most 90 days ahead */
  closesAt: Scalars['DateTime']['input'];
  /** Markdown, at most 100,000 characters */
  description: Scalars['String']['input'];
  /** Hide the running tally until close (default false) */
  hideTally?: InputMaybe<Scalars['Boolean']['input']>;
  /** MAJORITY (instead of Yes/No/Abstain) and RANKED_CHOICE: 2 to 10 labels */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  process: DecisionProcess;
  /** Percent of eligible voters who must vote (0–100, default 0) */
  quorumPercent?: InputMaybe<Scalars['Int']['input']>;
  spaceId: Scalars['ID']['input'];
  /** 1 to 200 characters */
  title: Scalars['String']['input'];
};

export type CreateSpaceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  visibility: SpaceVisibility;
};

/** A committed event one consumer failed to handle after all its attempts */
export type DeadLetter = {
  __typename?: 'DeadLetter';
  attempts: Scalars['Int']['output'];
  /** The consumer that failed (search, notifications, …) */
  consumer: Scalars['String']['output'];
  /** The outbox id of the event */
  eventId: Scalars['ID']['output'];
  /** The event type, e.g. page.updated (null if the event is no longer kept) */
  eventType: Maybe<Scalars['String']['output']>;
  failedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** First line of the last error, at most 500 characters */
  lastError: Maybe<Scalars['String']['output']>;
};

export type DeadLetterConnection = {
  __typename?: 'DeadLetterConnection';
  nodes: Array<DeadLetter>;
  pageInfo: PageInfo;
};

export type DecisionFilter = {
  /** Only proposals closing within this many hours */
  closingWithinHours?: InputMaybe<Scalars['Int']['input']>;
  followedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  spaceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type DecisionProcess =
  | 'ADVICE'
  | 'CONSENT'
  | 'MAJORITY'
  | 'RANKED_CHOICE';

/** The immutable record written when the proposal closed */
export type DecisionRecord = {
  __typename?: 'DecisionRecord';
  /** RANKED_CHOICE: ballots in the BLT format counting programs read */
  ballotsBlt: Maybe<Scalars['String']['output']>;
  /** Ballots as CSV: voter, choice, ranking, reason, times */
  ballotsCsv: Scalars['String']['output'];
  closedAt: Scalars['DateTime']['output'];
  /** sha256 (hex) of the canonical JSON of the record; the audit row of the close carries it */
  hash: Scalars['String']['output'];
  /** The record as JSON, with its hash and the audit-chain entry that carries it, for offline checks */
  json: Scalars['String']['output'];
  /** The record as Markdown */
  markdown: Scalars['String']['output'];
};

/** Closed decisions in the spaces the caller can see, over the last 12 months */
export type DecisionStats = {
  __typename?: 'DecisionStats';
  decided: Scalars['Int']['output'];
  /** Median hours from opening to decision; null without decisions */
  medianHoursToDecision: Maybe<Scalars['Float']['output']>;
  participation: Array<ParticipationBucket>;
  perMonth: Array<DecisionsPerMonth>;
};

export type DecisionsPerMonth = {
  __typename?: 'DecisionsPerMonth';
  /** YYYY-MM (UTC) */
  month: Scalars['String']['output'];
  outcomes: Array<OutcomeCount>;
};

/** One line of a side-by-side comparison */
export type DiffLine = {
  __typename?: 'DiffLine';
  kind: DiffLineKind;
  /** Line number in the newer version; null for a removed line */
  newNumber: Maybe<Scalars['Int']['output']>;
  /** Line number in the older version; null for an added line */
  oldNumber: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
};

export type DiffLineKind =
  | 'ADDED'
  | 'CONTEXT'
  | 'REMOVED';

/** A minority statement by a voter who objected or opposed; part of the record */
export type Dissent = {
  __typename?: 'Dissent';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
};

/** E-mail for a kind of notification: none, as it happens, or in the daily digest (07:00 UTC) */
export type EmailMode =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'OFF';

export type ExtendProposalInput = {
  /** Later than the current closing time, at most 90 days ahead */
  closesAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};

export type FeedConnection = {
  __typename?: 'FeedConnection';
  nodes: Array<FeedItem>;
  pageInfo: PageInfo;
  /** With a space filter: the space's pinned announcement, on the first page only; else empty */
  pinned: Array<FeedItem>;
};

export type FeedFilter = {
  /** Only what the caller follows: people, spaces and hashtags they follow, their own spaces and their own items */
  following?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only one space's items */
  spaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Something that happened in what the reader may see */
export type FeedItem = {
  __typename?: 'FeedItem';
  /** Who did it (for a proposal closed by its deadline, its author) */
  actor: User;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: FeedItemKind;
  subject: FeedSubject;
};

export type FeedItemKind =
  | 'BLOG_POST_PUBLISHED'
  | 'PAGE_CREATED'
  | 'PAGE_UPDATED'
  | 'POST_CREATED'
  | 'PROPOSAL_CLOSED'
  | 'PROPOSAL_OPENED';

export type FeedSubject = BlogPost | Page | Post | Proposal;

export type Mutation = {
  __typename?: 'Mutation';
  /** An argument for (PRO) or against (CON) an open proposal */
  addArgument: Argument;
  /** Comments on a page (or other commentable node) the caller may read */
  addComment: Comment;
  /** A minority statement on a closed decision, by a voter who objected, opposed or voted no; cannot be changed */
  addDissent: Dissent;
  addPageLabel: Page;
  addSpaceMember: Space;
  /** The author amends the text of an open proposal (a new version; earlier voters are told) */
  amendProposal: Proposal;
  /** Casts or changes the caller’s vote (eligible voters, while open) */
  castVote: Proposal;
  /** Closes an open proposal now; ADVICE: the author records outcome and statement */
  closeProposal: Proposal;
  /** Writes a personal post or one in a space's blog (members only); a draft unless publish is true */
  createBlogPost: BlogPost;
  /** Creates a page (or, with isTemplate, a template); members of the space only */
  createPage: Page;
  /** Posts to everyone, into a space, or replies to a post */
  createPost: Post;
  /** Opens a proposal in a space (members only); it closes by itself at closesAt */
  createProposal: Proposal;
  createSpace: Space;
  /** Deletes a page (kept for the record, audited); its subpages move up to its parent */
  deletePage: Scalars['Boolean']['output'];
  /** The author deletes a post; it stays in its thread, empty and marked deleted */
  deletePost: Post;
  /** The author moves the closing time of an open proposal later */
  extendProposal: Proposal;
  /** Watch a page (or other followable node) the caller may read */
  follow: Scalars['Boolean']['output'];
  /** Follow a hashtag (with or without #, any case): its posts and tagged blog posts join the Following feed. Returns the normalised tag. */
  followHashtag: Scalars['String']['output'];
  /** Marks the caller's notifications read (`ids`, at most 100; none: all); returns how many changed */
  markNotificationsRead: Scalars['Int']['output'];
  /** Moves a page under another page of its space (parentId null: to the root) at a position among its new siblings (null: last) */
  movePage: Page;
  /** A manager reminds the eligible voters who have not voted (once a day per proposal); returns how many */
  nudgeVoters: Scalars['Int']['output'];
  /** A manager who is a member pins the space's announcement (one per space: it replaces the one before) */
  pinPost: Post;
  /** The author publishes a draft (once: publishing again is CONFLICT) */
  publishBlogPost: BlogPost;
  /** Reacts to a page, proposal or post the caller may read; answers the subject's reaction counts */
  react: Array<ReactionCount>;
  removePageLabel: Page;
  /** Writes an old version's title and body as a new version (audited); nothing is deleted */
  restorePageRevision: Page;
  /** Hands a dead letter to its consumer again, with all its attempts (admins only) */
  retryDeadLetter: Scalars['Boolean']['output'];
  /** The language of notification e-mail: en or de */
  setNotificationLanguage: Scalars['String']['output'];
  /** The author sets or clears the date on which followers are reminded to review the decision */
  setProposalReviewDate: Proposal;
  /** Stop watching; true whether or not the caller was watching */
  unfollow: Scalars['Boolean']['output'];
  /** Stop following a hashtag; returns the normalised tag whether or not it was followed */
  unfollowHashtag: Scalars['String']['output'];
  /** A manager who is a member unpins the space's announcement */
  unpinPost: Post;
  /** Takes a reaction back; answers the subject's reaction counts */
  unreact: Array<ReactionCount>;
  /** The author saves a new version (every version is kept); a stale baseVersion is CONFLICT */
  updateBlogPost: BlogPost;
  /** How one kind of notification reaches the caller from now on */
  updateNotificationPreference: NotificationPreference;
  /** Saves an edit; CONFLICT (extensions.currentVersion) when baseVersion is stale */
  updatePage: Page;
  /** The author edits a post */
  updatePost: Post;
  /** The author withdraws an open proposal (no outcome, no record) */
  withdrawProposal: Proposal;
};


export type MutationAddArgumentArgs = {
  input: AddArgumentInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddDissentArgs = {
  input: AddDissentInput;
};


export type MutationAddPageLabelArgs = {
  label: Scalars['String']['input'];
  pageId: Scalars['ID']['input'];
};


export type MutationAddSpaceMemberArgs = {
  input: AddSpaceMemberInput;
};


export type MutationAmendProposalArgs = {
  input: AmendProposalInput;
};


export type MutationCastVoteArgs = {
  input: CastVoteInput;
};


export type MutationCloseProposalArgs = {
  input: CloseProposalInput;
};


export type MutationCreateBlogPostArgs = {
  input: CreateBlogPostInput;
};


export type MutationCreatePageArgs = {
  input: CreatePageInput;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreateProposalArgs = {
  input: CreateProposalInput;
};


export type MutationCreateSpaceArgs = {
  input: CreateSpaceInput;
};


export type MutationDeletePageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExtendProposalArgs = {
  input: ExtendProposalInput;
};


export type MutationFollowArgs = {
  subjectId: Scalars['ID']['input'];
};


export type MutationFollowHashtagArgs = {
  tag: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMovePageArgs = {
  id: Scalars['ID']['input'];
  parentId: InputMaybe<Scalars['ID']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
};


export type MutationNudgeVotersArgs = {
  proposalId: Scalars['ID']['input'];
};


export type MutationPinPostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishBlogPostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReactArgs = {
  input: ReactInput;
};


export type MutationRemovePageLabelArgs = {
  label: Scalars['String']['input'];
  pageId: Scalars['ID']['input'];
};


export type MutationRestorePageRevisionArgs = {
  baseVersion: InputMaybe<Scalars['Int']['input']>;
  pageId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRetryDeadLetterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetNotificationLanguageArgs = {
  language: Scalars['String']['input'];
};


export type MutationSetProposalReviewDateArgs = {
  input: SetReviewDateInput;
};


export type MutationUnfollowArgs = {
  subjectId: Scalars['ID']['input'];
};


export type MutationUnfollowHashtagArgs = {
  tag: Scalars['String']['input'];
};


export type MutationUnpinPostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnreactArgs = {
  input: ReactInput;
};


export type MutationUpdateBlogPostArgs = {
  input: UpdateBlogPostInput;
};


export type MutationUpdateNotificationPreferenceArgs = {
  input: NotificationPreferenceInput;
};


export type MutationUpdatePageArgs = {
  input: UpdatePageInput;
};


export type MutationUpdatePostArgs = {
  input: UpdatePostInput;
};


export type MutationWithdrawProposalArgs = {
  id: Scalars['ID']['input'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** Something the recipient should know about; only they can see it */
export type Notification = Node & {
  __typename?: 'Notification';
  /** Who did it; null for what the schedule did */
  actor: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Where the web opens it: /posts/<id>, /blog/<id>, /decisions/<id>#vote, /s/<spaceKey>/<slug>; a comment adds #comment-<commentId> */
  path: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  /** What it is about (a Post, Comment, Page or Proposal); null once gone or hidden from the recipient */
  subject: Maybe<Node>;
  /** A short title of what it is about, as it was when the notification was written */
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  /** The recipient's unread notifications, all of them (not only this page) */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationKind =
  | 'ADVICE_REQUESTED'
  | 'COMMENT'
  | 'MENTION'
  | 'PAGE_UPDATED'
  | 'PROPOSAL_CLOSED'
  | 'PROPOSAL_CLOSING_SOON'
  | 'REPLY'
  | 'VOTE_REQUESTED';

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  email: EmailMode;
  /** Shown in the app (the bell) */
  inApp: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

export type NotificationPreferenceInput = {
  email: EmailMode;
  inApp: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** The language of notification e-mail: en or de */
  language: Scalars['String']['output'];
  /** One per kind, the default where the caller chose nothing */
  preferences: Array<NotificationPreference>;
};

export type OptionTally = {
  __typename?: 'OptionTally';
  option: ProposalOption;
  /** RANKED_CHOICE: votes in the final instant-runoff round */
  score: Maybe<Scalars['Float']['output']>;
  /** Votes for the option (RANKED_CHOICE: first preferences) */
  votes: Scalars['Int']['output'];
};

/** A mail written to the outbox folder (no SMTP server configured) */
export type OutboxMail = {
  __typename?: 'OutboxMail';
  date: Scalars['DateTime']['output'];
  file: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OutcomeCount = {
  __typename?: 'OutcomeCount';
  count: Scalars['Int']['output'];
  outcome: ProposalOutcome;
};

export type Page = Node & {
  __typename?: 'Page';
  /** Who created the page */
  author: User;
  /** Pages linking here that the caller may read, by title */
  backlinks: Array<Page>;
  /** Markdown */
  body: Scalars['String']['output'];
  /** Whether the caller may comment on the page */
  canComment: Scalars['Boolean']['output'];
  /** Whether the caller may delete the page */
  canDelete: Scalars['Boolean']['output'];
  /** Whether the caller may edit, restore, move and label the page */
  canEdit: Scalars['Boolean']['output'];
  /** How many subpages the page has */
  childCount: Scalars['Int']['output'];
  /** Subpages by position, then title */
  children: Array<Page>;
  commentCount: Scalars['Int']['output'];
  /** Oldest first */
  comments: Array<Comment>;
  createdAt: Scalars['DateTime']['output'];
  /** The page as a Markdown file (front matter, title, body) */
  exportMarkdown: Scalars['String']['output'];
  /** Rendered, sanitised HTML; wiki links resolved */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for a template (in the space's templates area, outside the tree) */
  isTemplate: Scalars['Boolean']['output'];
  labels: Array<Scalars['String']['output']>;
  parent: Maybe<Page>;
  /** Breadcrumb: the ancestors, root first */
  path: Array<Page>;
  /** Order among siblings (then title) */
  position: Scalars['Int']['output'];
  /** Reactions per emoji (only those with any), in the fixed emoji order */
  reactions: Array<ReactionCount>;
  /** One version; null if there is no such version */
  revision: Maybe<PageRevision>;
  /** Every version, newest first */
  revisions: Array<PageRevision>;
  /** Canonical slug: the page is at /s/<space key>/<slug>. Fixed at creation; old slugs still resolve. */
  slug: Scalars['String']['output'];
  space: Space;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Who saved the current version */
  updatedBy: User;
  /** The current version; name it as baseVersion when saving */
  version: Scalars['Int']['output'];
  /** Whether the caller watches the page (follow / unfollow) */
  watchedByMe: Scalars['Boolean']['output'];
};


export type PageBacklinksArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type PageChildrenArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type PageCommentsArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type PageRevisionArgs = {
  version: Scalars['Int']['input'];
};


export type PageRevisionsArgs = {
  before: InputMaybe<Scalars['Int']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

export type PageConnection = {
  __typename?: 'PageConnection';
  nodes: Array<Page>;
  pageInfo: PageInfo;
};

export type PageDiff = {
  __typename?: 'PageDiff';
  additions: Scalars['Int']['output'];
  /** True when the versions differ too much to be matched line by line (more than about 1,000 lines added and removed, fewer for very long pages): between their common first and last lines, everything shows as removed, then added */
  approximate: Scalars['Boolean']['output'];
  deletions: Scalars['Int']['output'];
  from: PageRevision;
  fromVersion: Scalars['Int']['output'];
  /** Every line of both bodies, for a side-by-side view */
  lines: Array<DiffLine>;
  to: PageRevision;
  toVersion: Scalars['Int']['output'];
  /** Unified diff of the bodies */
  unified: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PageLabelCount = {
  __typename?: 'PageLabelCount';
  /** Pages with this label that the caller can see */
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type PageRevision = {
  __typename?: 'PageRevision';
  author: User;
  /** Markdown of this version */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** This version's body rendered and sanitised (links resolved as of now) */
  html: Scalars['String']['output'];
  /** Set when this version restored an older one */
  restoredFrom: Maybe<Scalars['Int']['output']>;
  /** The edit summary */
  summary: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ParticipationBucket = {
  __typename?: 'ParticipationBucket';
  /** Closed proposals whose participation fell in the bucket */
  count: Scalars['Int']['output'];
  /** Lower bound in percent (0, 10, … 90); the last bucket includes 100 */
  fromPercent: Scalars['Int']['output'];
  toPercent: Scalars['Int']['output'];
};

/** A micro-post: a short update to everyone or into a space */
export type Post = Node & {
  __typename?: 'Post';
  author: User;
  /** Markdown as written; empty once deleted */
  body: Scalars['String']['output'];
  /** The caller wrote it and may edit or delete it */
  canEdit: Scalars['Boolean']['output'];
  /** The caller may pin or unpin it as the space's announcement */
  canPin: Scalars['Boolean']['output'];
  /** Oldest first */
  comments: Array<Comment>;
  createdAt: Scalars['DateTime']['output'];
  /** Deleted by its author: kept in its thread with an empty body */
  deleted: Scalars['Boolean']['output'];
  /** When the author last edited it */
  editedAt: Maybe<Scalars['DateTime']['output']>;
  followedByMe: Scalars['Boolean']['output'];
  /** Normalised (lower case), in order of appearance */
  hashtags: Array<Scalars['String']['output']>;
  /** Rendered, sanitised HTML; empty once deleted */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The people @mentioned, resolved when the post was written or edited */
  mentions: Array<User>;
  /** The space's pinned announcement */
  pinned: Scalars['Boolean']['output'];
  /** Reactions per emoji (only those with any), in the fixed emoji order */
  reactions: Array<ReactionCount>;
  /** Replies, oldest first; deleted ones stay, empty and marked deleted */
  replies: Array<Post>;
  /** Replies that are not deleted */
  replyCount: Scalars['Int']['output'];
  /** The post this replies to (it may be deleted) */
  replyTo: Maybe<Post>;
  /** None: a post to everyone */
  space: Maybe<Space>;
};


/** A micro-post: a short update to everyone or into a space */
export type PostCommentsArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A micro-post: a short update to everyone or into a space */
export type PostRepliesArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};

export type PostConnection = {
  __typename?: 'PostConnection';
  nodes: Array<Post>;
  pageInfo: PageInfo;
};

export type Proposal = Node & {
  __typename?: 'Proposal';
  /** Oldest first */
  arguments: Array<Argument>;
  author: User;
  /** The caller is the author: may amend, extend, withdraw, set the review date */
  canChange: Scalars['Boolean']['output'];
  /** The caller may close the proposal now */
  canClose: Scalars['Boolean']['output'];
  /** The caller may nudge the non-voters (a manager, while open) */
  canNudge: Scalars['Boolean']['output'];
  /** The caller may vote now (eligible, open, before the closing time) */
  canVote: Scalars['Boolean']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['DateTime']['output'];
  /** Oldest first */
  comments: Array<Comment>;
  /** Concern votes so far (null while the tally is hidden) */
  concernCount: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** ADVICE left undecided at closesAt: closes as REJECTED at this time */
  decisionDeadline: Maybe<Scalars['DateTime']['output']>;
  /** Markdown (current version) */
  description: Scalars['String']['output'];
  /** Minority statements, oldest first */
  dissents: Array<Dissent>;
  eligibleVoterCount: Scalars['Int']['output'];
  followedByMe: Scalars['Boolean']['output'];
  /** Rendered, sanitised HTML of the description */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The option with the most votes so far (null on a tie, without votes, or while the tally is hidden) */
  leadingOption: Maybe<ProposalOption>;
  /** Wiki pages and posts that link to this proposal and the caller may read, by title */
  linkedFrom: Array<ContentLink>;
  myVote: Maybe<Vote>;
  /** Object and Oppose votes so far (null while the tally is hidden) */
  objectionCount: Maybe<Scalars['Int']['output']>;
  options: Array<ProposalOption>;
  outcome: Maybe<ProposalOutcome>;
  outcomeStatement: Maybe<Scalars['String']['output']>;
  /** Votes cast / eligible voters (0 to 1) */
  participation: Scalars['Float']['output'];
  process: DecisionProcess;
  quorumPercent: Scalars['Int']['output'];
  /** Reactions per emoji (only those with any), in the fixed emoji order */
  reactions: Array<ReactionCount>;
  /** The immutable record, once closed */
  record: Maybe<DecisionRecord>;
  /** Followers are reminded to review the decision on this date */
  reviewAt: Maybe<Scalars['DateTime']['output']>;
  /** Every version of the text, newest first */
  revisions: Array<ProposalRevision>;
  space: Space;
  status: ProposalStatus;
  /** Votes per option; empty while the author hides the tally until close */
  tally: Array<OptionTally>;
  /** The running tally is hidden until close */
  tallyHidden: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  /** 1 at opening, +1 per amendment */
  version: Scalars['Int']['output'];
  voteCount: Scalars['Int']['output'];
  /** The eligible voters (at most 2,000, by name) and whether each has voted */
  voters: Array<VoterStatus>;
  /** The votes with their reasons, oldest first (at most 2,000; the record holds all); empty while the tally is hidden */
  votes: Array<Vote>;
  winningOption: Maybe<ProposalOption>;
};


export type ProposalCommentsArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  nodes: Array<Proposal>;
  pageInfo: PageInfo;
};

export type ProposalOption = {
  __typename?: 'ProposalOption';
  /** yes/no/abstain, consent/concern/object, support/concern/oppose; null for custom options */
  code: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type ProposalOutcome =
  | 'ACCEPTED'
  | 'NO_QUORUM'
  | 'REJECTED';

/** One version of the proposal text (1 at opening, one per amendment) */
export type ProposalRevision = {
  __typename?: 'ProposalRevision';
  author: User;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ProposalStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'WITHDRAWN';

export type PublicationStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type Query = {
  __typename?: 'Query';
  /** A blog post by id; NOT_FOUND if it does not exist, is hidden, or is someone else's draft */
  blogPost: Maybe<BlogPost>;
  /** Published posts, newest first: a space's blog, or without spaceKey every one the caller may read */
  blogPosts: BlogPostConnection;
  /** A person's published posts the caller may read, plus their drafts when the caller is that person; newest first */
  blogPostsBy: BlogPostConnection;
  /** Events a consumer gave up on after all its attempts, newest first (admins only) */
  deadLetters: DeadLetterConnection;
  /** A space's decision log as Markdown (newest first, at most 1,000 decisions) */
  decisionLogMarkdown: Scalars['String']['output'];
  /** Closed decisions over the last 12 months, in the spaces the caller can see */
  decisionStats: DecisionStats;
  /** What happened in everything the caller may read, newest first (20 per page unless `first` says otherwise, at most 100) */
  feed: FeedConnection;
  /** The hashtags the caller follows (normalised, without #), A to Z */
  followedHashtags: Array<Scalars['String']['output']>;
  /** Admins: the newest mails written to the outbox folder when no SMTP server is configured */
  mailOutbox: Array<OutboxMail>;
  /** The signed-in user */
  me: User;
  /** The caller's drafts, newest first */
  myBlogDrafts: BlogPostConnection;
  /** Any object by its global id, if the caller may see it */
  node: Maybe<Node>;
  /** The caller's notification settings: e-mail language and, per kind, in the app and by e-mail */
  notificationSettings: NotificationSettings;
  /** The caller's notifications, newest first (20 per page unless `first` says otherwise, at most 100), with the unread count */
  notifications: NotificationConnection;
  /** Open proposals in every space the caller can see, closing soonest first (50 unless `first` asks for up to 200) */
  openDecisions: Array<Proposal>;
  /** A page by id; NOT_FOUND if it does not exist or is hidden from the caller */
  page: Maybe<Page>;
  /** A page by any of its slugs (current or old); its `slug` is the canonical one */
  pageBySlug: Maybe<Page>;
  /** The difference between two versions of a page (either order) */
  pageDiff: PageDiff;
  /** A draft body rendered exactly as saving it in the space would (sanitised HTML) */
  pagePreview: Scalars['String']['output'];
  /** Pages (and templates) of a space with a label, by title */
  pagesByLabel: PageConnection;
  /** A post by id; NOT_FOUND if it does not exist or is hidden from the caller */
  post: Maybe<Post>;
  /** A person's posts and replies that the caller may read, newest first */
  postsBy: PostConnection;
  /** Posts with a hashtag (with or without #, any case) that the caller may read, newest first */
  postsByHashtag: PostConnection;
  /** A proposal by id; NOT_FOUND if it does not exist or is hidden from the caller */
  proposal: Maybe<Proposal>;
  /** A space's proposals: open ones closing soonest first, or its decision log (closed, newest first) */
  proposals: ProposalConnection;
  /** Pages, blog posts, posts and proposals the caller may see, best match first: English and German stems, "quoted phrases", -excluded words, OR; small typos in titles forgiven. 1 to 500 characters. */
  search: SearchConnection;
  /** Best matches while typing (titles, people, spaces; up to `first` of each, at most 10): empty below 2 characters */
  searchSuggestions: Array<SearchSuggestion>;
  /** A space by key; NOT_FOUND if it does not exist or is hidden from the caller */
  space: Maybe<Space>;
  /** A space's posts (not replies): its pinned announcement first, then newest first */
  spacePosts: PostConnection;
  /** Every space the caller may read, by name */
  spaces: Array<Space>;
  /** The templates in a space's templates area, by title (at most 100) */
  templates: Array<Page>;
  /** A person by username (any case), for their profile; NOT_FOUND if there is none */
  user: Maybe<User>;
  /** Users whose username, name or email contains the text (at most 20) */
  users: Array<User>;
  /** Recomputes the audit hash chain and checks it against its checkpoints (admins only) */
  verifyAuditLog: AuditVerification;
};


export type QueryBlogPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBlogPostsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  spaceKey: InputMaybe<Scalars['String']['input']>;
};


export type QueryBlogPostsByArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryDeadLettersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDecisionLogMarkdownArgs = {
  spaceKey: Scalars['String']['input'];
};


export type QueryDecisionStatsArgs = {
  spaceIds: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryFeedArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FeedFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMailOutboxArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyBlogDraftsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  unreadOnly: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOpenDecisionsArgs = {
  filter: InputMaybe<DecisionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPageBySlugArgs = {
  slug: Scalars['String']['input'];
  spaceKey: Scalars['String']['input'];
};


export type QueryPageDiffArgs = {
  fromVersion: Scalars['Int']['input'];
  pageId: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


export type QueryPagePreviewArgs = {
  body: Scalars['String']['input'];
  spaceId: Scalars['ID']['input'];
};


export type QueryPagesByLabelArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  label: Scalars['String']['input'];
  spaceKey: Scalars['String']['input'];
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPostsByArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryPostsByHashtagArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  tag: Scalars['String']['input'];
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  closed: InputMaybe<Scalars['Boolean']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  spaceKey: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SearchFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  sort: InputMaybe<SearchSort>;
  types: InputMaybe<Array<SearchType>>;
};


export type QuerySearchSuggestionsArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySpaceArgs = {
  key: Scalars['String']['input'];
};


export type QuerySpacePostsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  spaceId: Scalars['ID']['input'];
};


export type QueryTemplatesArgs = {
  spaceKey: Scalars['String']['input'];
};


export type QueryUserArgs = {
  username: Scalars['String']['input'];
};


export type QueryUsersArgs = {
  search: InputMaybe<Scalars['String']['input']>;
};

export type ReactInput = {
  /** One of 👍 ❤️ 🎉 😄 🤔 👀 */
  emoji: Scalars['String']['input'];
  /** The page, proposal, post (any node that takes reactions) */
  subjectId: Scalars['ID']['input'];
};

/** How many people reacted to a subject with one emoji */
export type ReactionCount = {
  __typename?: 'ReactionCount';
  count: Scalars['Int']['output'];
  emoji: Scalars['String']['output'];
  reactedByMe: Scalars['Boolean']['output'];
};

export type Role =
  | 'ADMIN'
  | 'EMPLOYEE'
  | 'MANAGER';

export type SearchConnection = {
  __typename?: 'SearchConnection';
  nodes: Array<SearchHit>;
  pageInfo: PageInfo;
  /** Every hit the caller may see, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type SearchFilter = {
  /** Only by this person */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** From this time (inclusive) */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only in these spaces */
  spaceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Before this time */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchResult;
  /** Higher is a better match */
  score: Scalars['Float']['output'];
  /** Safe HTML: text around the matches, escaped, the matched words in <mark> */
  snippet: Scalars['String']['output'];
};

export type SearchResult = BlogPost | Page | Post | Proposal;

/** Best match first, or newest first */
export type SearchSort =
  | 'DATE'
  | 'RELEVANCE';

/** A best match while typing: something to open directly */
export type SearchSuggestion = {
  __typename?: 'SearchSuggestion';
  id: Scalars['ID']['output'];
  kind: SuggestionKind;
  /** Where the web app shows it */
  path: Scalars['String']['output'];
  /** A person's username, a space's key */
  subtitle: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type SearchType =
  | 'BLOG_POST'
  | 'PAGE'
  | 'POST'
  | 'PROPOSAL';

export type SetReviewDateInput = {
  id: Scalars['ID']['input'];
  /** In the future, at most 5 years ahead; null clears it */
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Space = Node & {
  __typename?: 'Space';
  /** Whether the caller may add members and change their roles (the rule addSpaceMember enforces) */
  canManageMembers: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Whether the caller follows this space (members see its items in Following anyway) */
  followedByMe: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** How many people belong to the space */
  memberCount: Scalars['Int']['output'];
  members: Array<SpaceMember>;
  /** The caller's role, null if not a member */
  myRole: Maybe<SpaceRole>;
  name: Scalars['String']['output'];
  /** Labels used on pages of the space, most used first */
  pageLabels: Array<PageLabelCount>;
  /** Top-level pages by position, then title (templates are listed by `templates`) */
  rootPages: Array<Page>;
  visibility: SpaceVisibility;
};


export type SpacePageLabelsArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


export type SpaceRootPagesArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

export type SpaceMember = {
  __typename?: 'SpaceMember';
  role: SpaceRole;
  /** When the person joined the space */
  since: Scalars['DateTime']['output'];
  user: User;
};

export type SpaceRole =
  | 'MEMBER'
  | 'OWNER';

export type SpaceVisibility =
  | 'PRIVATE'
  | 'PUBLIC';

export type Subscription = {
  __typename?: 'Subscription';
  /** New feed items the caller may read, matching the filter, as they happen */
  feedItemAdded: FeedItem;
  /** The caller's new notifications, as they are written */
  notificationAdded: Notification;
  /** Each new version of a page (edits and restores), for as long as the caller may read it */
  pageSaved: Page;
  /** A proposal each time it gets a vote, an argument, an amendment, a new closing time, its close or withdrawal */
  proposalUpdated: Proposal;
};


export type SubscriptionFeedItemAddedArgs = {
  filter: InputMaybe<FeedFilter>;
};


export type SubscriptionPageSavedArgs = {
  pageId: Scalars['ID']['input'];
};


export type SubscriptionProposalUpdatedArgs = {
  id: Scalars['ID']['input'];
};

export type SuggestionKind =
  | 'BLOG_POST'
  | 'PAGE'
  | 'PERSON'
  | 'POST'
  | 'PROPOSAL'
  | 'SPACE';

export type UpdateBlogPostInput = {
  /** The version the edit started from; CONFLICT when the post has moved on */
  baseVersion: Scalars['Int']['input'];
  /** Unchanged when omitted */
  body?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Unchanged when omitted */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unchanged when omitted */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePageInput = {
  /** The version the edit started from; a stale one fails with CONFLICT and nothing is written */
  baseVersion: Scalars['Int']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces the labels when given */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Edit summary, at most 500 characters */
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePostInput = {
  /** Markdown, 1 to 500 characters (an emoji counts once) */
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type User = Node & {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  /** Whether the caller follows this person */
  followedByMe: Scalars['Boolean']['output'];
  /** How many people follow this person */
  followerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Pages this person created or last edited that the caller may read, last edited first (at most 50) */
  recentPages: Array<Page>;
  roles: Array<Role>;
  /** The spaces this person belongs to that the caller may read, by name */
  spaces: Array<Space>;
  username: Scalars['String']['output'];
};


export type UserRecentPagesArgs = {
  first?: Scalars['Int']['input'];
};

export type Vote = {
  __typename?: 'Vote';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  option: Maybe<ProposalOption>;
  /** The proposal was amended after this vote was cast or confirmed */
  outdated: Scalars['Boolean']['output'];
  /** The proposal version this vote was cast or last confirmed on */
  proposalVersion: Scalars['Int']['output'];
  ranking: Maybe<Array<ProposalOption>>;
  reason: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  voter: User;
};

/** An eligible voter and whether they have voted (never how, while the tally is hidden) */
export type VoterStatus = {
  __typename?: 'VoterStatus';
  hasVoted: Scalars['Boolean']['output'];
  /** ADVICE: asked by the author for advice */
  isAdvisor: Scalars['Boolean']['output'];
  user: User;
};

export type BlogCreatePostMutationVariables = Exact<{
  input: CreateBlogPostInput;
}>;


export type BlogCreatePostMutation = { __typename?: 'Mutation', createBlogPost: { __typename?: 'BlogPost', body: string, html: string, canEdit: boolean, canPublish: boolean, id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null } };

export type BlogUpdatePostMutationVariables = Exact<{
  input: UpdateBlogPostInput;
}>;


export type BlogUpdatePostMutation = { __typename?: 'Mutation', updateBlogPost: { __typename?: 'BlogPost', body: string, html: string, canEdit: boolean, canPublish: boolean, id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null } };

export type BlogPublishPostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BlogPublishPostMutation = { __typename?: 'Mutation', publishBlogPost: { __typename?: 'BlogPost', body: string, html: string, canEdit: boolean, canPublish: boolean, id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null } };

export type BlogAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type BlogAddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } } };

export type BlogReactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type BlogReactMutation = { __typename?: 'Mutation', react: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> };

export type BlogUnreactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type BlogUnreactMutation = { __typename?: 'Mutation', unreact: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> };

export type BlogListItemFragment = { __typename?: 'BlogPost', id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null };

export type BlogCommentFragment = { __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } };

export type BlogPostFullFragment = { __typename?: 'BlogPost', body: string, html: string, canEdit: boolean, canPublish: boolean, id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null };

export type BlogPostQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BlogPostQuery = { __typename?: 'Query', blogPost: { __typename?: 'BlogPost', body: string, html: string, canEdit: boolean, canPublish: boolean, id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null } | null };

export type BlogPostRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BlogPostRevisionsQuery = { __typename?: 'Query', blogPost: { __typename?: 'BlogPost', id: string, revisions: Array<{ __typename?: 'BlogPostRevision', version: number, createdAt: string, title: string, body: string, tags: Array<string> }> } | null };

export type BlogPostsQueryVariables = Exact<{
  spaceKey: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type BlogPostsQuery = { __typename?: 'Query', blogPosts: { __typename?: 'BlogPostConnection', nodes: Array<{ __typename?: 'BlogPost', id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type BlogMyDraftsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type BlogMyDraftsQuery = { __typename?: 'Query', myBlogDrafts: { __typename?: 'BlogPostConnection', nodes: Array<{ __typename?: 'BlogPost', id: string, title: string, status: PublicationStatus, createdAt: string, updatedAt: string, publishedAt: string | null, tags: Array<string>, version: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type BlogSpaceQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type BlogSpaceQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, key: string, name: string, myRole: SpaceRole | null } | null };

export type BlogSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type BlogSpacesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', id: string, key: string, name: string, myRole: SpaceRole | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, email: string | null, roles: Array<Role> } };

export type DecisionsSpaceQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type DecisionsSpaceQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, key: string, name: string, myRole: SpaceRole | null, members: Array<{ __typename?: 'SpaceMember', role: SpaceRole, user: { __typename?: 'User', id: string, username: string, displayName: string } }> } | null };

export type DecisionsSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionsSpacesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', id: string, key: string, name: string }> };

export type DecisionsProposalSummaryFragment = { __typename?: 'Proposal', id: string, title: string, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, closesAt: string, closedAt: string | null, quorumPercent: number, participation: number, voteCount: number, eligibleVoterCount: number, tallyHidden: boolean, objectionCount: number | null, concernCount: number | null, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, space: { __typename?: 'Space', id: string, key: string, name: string } };

export type DecisionsSpaceProposalsQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
  closed: InputMaybe<Scalars['Boolean']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type DecisionsSpaceProposalsQuery = { __typename?: 'Query', proposals: { __typename?: 'ProposalConnection', nodes: Array<{ __typename?: 'Proposal', id: string, title: string, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, closesAt: string, closedAt: string | null, quorumPercent: number, participation: number, voteCount: number, eligibleVoterCount: number, tallyHidden: boolean, objectionCount: number | null, concernCount: number | null, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, space: { __typename?: 'Space', id: string, key: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DecisionsLogMarkdownQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
}>;


export type DecisionsLogMarkdownQuery = { __typename?: 'Query', decisionLogMarkdown: string };

export type DecisionsOpenQueryVariables = Exact<{
  filter: InputMaybe<DecisionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type DecisionsOpenQuery = { __typename?: 'Query', openDecisions: Array<{ __typename?: 'Proposal', id: string, title: string, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, closesAt: string, closedAt: string | null, quorumPercent: number, participation: number, voteCount: number, eligibleVoterCount: number, tallyHidden: boolean, objectionCount: number | null, concernCount: number | null, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, space: { __typename?: 'Space', id: string, key: string, name: string } }> };

export type DecisionsStatsQueryVariables = Exact<{
  spaceIds: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type DecisionsStatsQuery = { __typename?: 'Query', decisionStats: { __typename?: 'DecisionStats', decided: number, medianHoursToDecision: number | null, perMonth: Array<{ __typename?: 'DecisionsPerMonth', month: string, outcomes: Array<{ __typename?: 'OutcomeCount', outcome: ProposalOutcome, count: number }> }>, participation: Array<{ __typename?: 'ParticipationBucket', fromPercent: number, toPercent: number, count: number }> } };

export type DecisionsCreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type DecisionsCreateProposalMutation = { __typename?: 'Mutation', createProposal: { __typename?: 'Proposal', id: string, title: string, space: { __typename?: 'Space', id: string, key: string } } };

export type DecisionsCastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type DecisionsCastVoteMutation = { __typename?: 'Mutation', castVote: { __typename?: 'Proposal', id: string, title: string, description: string, html: string, version: number, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, outcomeStatement: string | null, createdAt: string, closesAt: string, closedAt: string | null, decisionDeadline: string | null, reviewAt: string | null, quorumPercent: number, tallyHidden: boolean, eligibleVoterCount: number, voteCount: number, participation: number, objectionCount: number | null, concernCount: number | null, followedByMe: boolean, canVote: boolean, canClose: boolean, canChange: boolean, canNudge: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, author: { __typename?: 'User', id: string, username: string, displayName: string }, options: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }>, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, tally: Array<{ __typename?: 'OptionTally', votes: number, score: number | null, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } }>, myVote: { __typename?: 'Vote', id: string, reason: string | null, outdated: boolean, proposalVersion: number, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null } | null, votes: Array<{ __typename?: 'Vote', id: string, reason: string | null, createdAt: string, voter: { __typename?: 'User', id: string, username: string, displayName: string }, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null }>, voters: Array<{ __typename?: 'VoterStatus', hasVoted: boolean, isAdvisor: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string } }>, arguments: Array<{ __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, revisions: Array<{ __typename?: 'ProposalRevision', version: number, title: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, dissents: Array<{ __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, linkedFrom: Array<{ __typename?: 'ContentLink', type: string, title: string, path: string }>, record: { __typename?: 'DecisionRecord', hash: string, closedAt: string, markdown: string, json: string, ballotsCsv: string, ballotsBlt: string | null } | null } };

export type DecisionsAddArgumentMutationVariables = Exact<{
  input: AddArgumentInput;
}>;


export type DecisionsAddArgumentMutation = { __typename?: 'Mutation', addArgument: { __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } } };

export type DecisionsCloseProposalMutationVariables = Exact<{
  input: CloseProposalInput;
}>;


export type DecisionsCloseProposalMutation = { __typename?: 'Mutation', closeProposal: { __typename?: 'Proposal', id: string, title: string, description: string, html: string, version: number, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, outcomeStatement: string | null, createdAt: string, closesAt: string, closedAt: string | null, decisionDeadline: string | null, reviewAt: string | null, quorumPercent: number, tallyHidden: boolean, eligibleVoterCount: number, voteCount: number, participation: number, objectionCount: number | null, concernCount: number | null, followedByMe: boolean, canVote: boolean, canClose: boolean, canChange: boolean, canNudge: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, author: { __typename?: 'User', id: string, username: string, displayName: string }, options: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }>, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, tally: Array<{ __typename?: 'OptionTally', votes: number, score: number | null, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } }>, myVote: { __typename?: 'Vote', id: string, reason: string | null, outdated: boolean, proposalVersion: number, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null } | null, votes: Array<{ __typename?: 'Vote', id: string, reason: string | null, createdAt: string, voter: { __typename?: 'User', id: string, username: string, displayName: string }, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null }>, voters: Array<{ __typename?: 'VoterStatus', hasVoted: boolean, isAdvisor: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string } }>, arguments: Array<{ __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, revisions: Array<{ __typename?: 'ProposalRevision', version: number, title: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, dissents: Array<{ __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, linkedFrom: Array<{ __typename?: 'ContentLink', type: string, title: string, path: string }>, record: { __typename?: 'DecisionRecord', hash: string, closedAt: string, markdown: string, json: string, ballotsCsv: string, ballotsBlt: string | null } | null } };

export type DecisionsWithdrawProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionsWithdrawProposalMutation = { __typename?: 'Mutation', withdrawProposal: { __typename?: 'Proposal', id: string, title: string, description: string, html: string, version: number, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, outcomeStatement: string | null, createdAt: string, closesAt: string, closedAt: string | null, decisionDeadline: string | null, reviewAt: string | null, quorumPercent: number, tallyHidden: boolean, eligibleVoterCount: number, voteCount: number, participation: number, objectionCount: number | null, concernCount: number | null, followedByMe: boolean, canVote: boolean, canClose: boolean, canChange: boolean, canNudge: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, author: { __typename?: 'User', id: string, username: string, displayName: string }, options: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }>, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, tally: Array<{ __typename?: 'OptionTally', votes: number, score: number | null, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } }>, myVote: { __typename?: 'Vote', id: string, reason: string | null, outdated: boolean, proposalVersion: number, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null } | null, votes: Array<{ __typename?: 'Vote', id: string, reason: string | null, createdAt: string, voter: { __typename?: 'User', id: string, username: string, displayName: string }, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null }>, voters: Array<{ __typename?: 'VoterStatus', hasVoted: boolean, isAdvisor: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string } }>, arguments: Array<{ __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, revisions: Array<{ __typename?: 'ProposalRevision', version: number, title: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, dissents: Array<{ __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, linkedFrom: Array<{ __typename?: 'ContentLink', type: string, title: string, path: string }>, record: { __typename?: 'DecisionRecord', hash: string, closedAt: string, markdown: string, json: string, ballotsCsv: string, ballotsBlt: string | null } | null } };

export type DecisionsAmendProposalMutationVariables = Exact<{
  input: AmendProposalInput;
}>;


export type DecisionsAmendProposalMutation = { __typename?: 'Mutation', amendProposal: { __typename?: 'Proposal', id: string, title: string, description: string, html: string, version: number, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, outcomeStatement: string | null, createdAt: string, closesAt: string, closedAt: string | null, decisionDeadline: string | null, reviewAt: string | null, quorumPercent: number, tallyHidden: boolean, eligibleVoterCount: number, voteCount: number, participation: number, objectionCount: number | null, concernCount: number | null, followedByMe: boolean, canVote: boolean, canClose: boolean, canChange: boolean, canNudge: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, author: { __typename?: 'User', id: string, username: string, displayName: string }, options: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }>, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, tally: Array<{ __typename?: 'OptionTally', votes: number, score: number | null, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } }>, myVote: { __typename?: 'Vote', id: string, reason: string | null, outdated: boolean, proposalVersion: number, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null } | null, votes: Array<{ __typename?: 'Vote', id: string, reason: string | null, createdAt: string, voter: { __typename?: 'User', id: string, username: string, displayName: string }, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null }>, voters: Array<{ __typename?: 'VoterStatus', hasVoted: boolean, isAdvisor: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string } }>, arguments: Array<{ __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, revisions: Array<{ __typename?: 'ProposalRevision', version: number, title: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, dissents: Array<{ __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, linkedFrom: Array<{ __typename?: 'ContentLink', type: string, title: string, path: string }>, record: { __typename?: 'DecisionRecord', hash: string, closedAt: string, markdown: string, json: string, ballotsCsv: string, ballotsBlt: string | null } | null } };

export type DecisionsExtendProposalMutationVariables = Exact<{
  input: ExtendProposalInput;
}>;


export type DecisionsExtendProposalMutation = { __typename?: 'Mutation', extendProposal: { __typename?: 'Proposal', id: string, title: string, description: string, html: string, version: number, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, outcomeStatement: string | null, createdAt: string, closesAt: string, closedAt: string | null, decisionDeadline: string | null, reviewAt: string | null, quorumPercent: number, tallyHidden: boolean, eligibleVoterCount: number, voteCount: number, participation: number, objectionCount: number | null, concernCount: number | null, followedByMe: boolean, canVote: boolean, canClose: boolean, canChange: boolean, canNudge: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, author: { __typename?: 'User', id: string, username: string, displayName: string }, options: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }>, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, tally: Array<{ __typename?: 'OptionTally', votes: number, score: number | null, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } }>, myVote: { __typename?: 'Vote', id: string, reason: string | null, outdated: boolean, proposalVersion: number, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null } | null, votes: Array<{ __typename?: 'Vote', id: string, reason: string | null, createdAt: string, voter: { __typename?: 'User', id: string, username: string, displayName: string }, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null }>, voters: Array<{ __typename?: 'VoterStatus', hasVoted: boolean, isAdvisor: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string } }>, arguments: Array<{ __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, revisions: Array<{ __typename?: 'ProposalRevision', version: number, title: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, dissents: Array<{ __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, linkedFrom: Array<{ __typename?: 'ContentLink', type: string, title: string, path: string }>, record: { __typename?: 'DecisionRecord', hash: string, closedAt: string, markdown: string, json: string, ballotsCsv: string, ballotsBlt: string | null } | null } };

export type DecisionsSetReviewDateMutationVariables = Exact<{
  input: SetReviewDateInput;
}>;


export type DecisionsSetReviewDateMutation = { __typename?: 'Mutation', setProposalReviewDate: { __typename?: 'Proposal', id: string, reviewAt: string | null } };

export type DecisionsNudgeVotersMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;


export type DecisionsNudgeVotersMutation = { __typename?: 'Mutation', nudgeVoters: number };

export type DecisionsAddDissentMutationVariables = Exact<{
  input: AddDissentInput;
}>;


export type DecisionsAddDissentMutation = { __typename?: 'Mutation', addDissent: { __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } } };

export type DecisionsAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type DecisionsAddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } } };

export type DecisionsFollowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionsFollowMutation = { __typename?: 'Mutation', follow: boolean };

export type DecisionsUnfollowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionsUnfollowMutation = { __typename?: 'Mutation', unfollow: boolean };

export type DecisionsProposalUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionsProposalUpdatedSubscription = { __typename?: 'Subscription', proposalUpdated: { __typename?: 'Proposal', id: string, version: number, status: ProposalStatus, voteCount: number } };

export type DecisionsOptionFragment = { __typename?: 'ProposalOption', id: string, label: string, code: string | null };

export type DecisionsPersonFragment = { __typename?: 'User', id: string, username: string, displayName: string };

export type DecisionsCommentFragment = { __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } };

export type DecisionsArgumentFragment = { __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } };

export type DecisionsProposalDetailFragment = { __typename?: 'Proposal', id: string, title: string, description: string, html: string, version: number, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, outcomeStatement: string | null, createdAt: string, closesAt: string, closedAt: string | null, decisionDeadline: string | null, reviewAt: string | null, quorumPercent: number, tallyHidden: boolean, eligibleVoterCount: number, voteCount: number, participation: number, objectionCount: number | null, concernCount: number | null, followedByMe: boolean, canVote: boolean, canClose: boolean, canChange: boolean, canNudge: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, author: { __typename?: 'User', id: string, username: string, displayName: string }, options: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }>, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, tally: Array<{ __typename?: 'OptionTally', votes: number, score: number | null, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } }>, myVote: { __typename?: 'Vote', id: string, reason: string | null, outdated: boolean, proposalVersion: number, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null } | null, votes: Array<{ __typename?: 'Vote', id: string, reason: string | null, createdAt: string, voter: { __typename?: 'User', id: string, username: string, displayName: string }, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null }>, voters: Array<{ __typename?: 'VoterStatus', hasVoted: boolean, isAdvisor: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string } }>, arguments: Array<{ __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, revisions: Array<{ __typename?: 'ProposalRevision', version: number, title: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, dissents: Array<{ __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, linkedFrom: Array<{ __typename?: 'ContentLink', type: string, title: string, path: string }>, record: { __typename?: 'DecisionRecord', hash: string, closedAt: string, markdown: string, json: string, ballotsCsv: string, ballotsBlt: string | null } | null };

export type DecisionsProposalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionsProposalQuery = { __typename?: 'Query', proposal: { __typename?: 'Proposal', id: string, title: string, description: string, html: string, version: number, process: DecisionProcess, status: ProposalStatus, outcome: ProposalOutcome | null, outcomeStatement: string | null, createdAt: string, closesAt: string, closedAt: string | null, decisionDeadline: string | null, reviewAt: string | null, quorumPercent: number, tallyHidden: boolean, eligibleVoterCount: number, voteCount: number, participation: number, objectionCount: number | null, concernCount: number | null, followedByMe: boolean, canVote: boolean, canClose: boolean, canChange: boolean, canNudge: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, author: { __typename?: 'User', id: string, username: string, displayName: string }, options: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }>, leadingOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, winningOption: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, tally: Array<{ __typename?: 'OptionTally', votes: number, score: number | null, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } }>, myVote: { __typename?: 'Vote', id: string, reason: string | null, outdated: boolean, proposalVersion: number, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null } | null, votes: Array<{ __typename?: 'Vote', id: string, reason: string | null, createdAt: string, voter: { __typename?: 'User', id: string, username: string, displayName: string }, option: { __typename?: 'ProposalOption', id: string, label: string, code: string | null } | null, ranking: Array<{ __typename?: 'ProposalOption', id: string, label: string, code: string | null }> | null }>, voters: Array<{ __typename?: 'VoterStatus', hasVoted: boolean, isAdvisor: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string } }>, arguments: Array<{ __typename?: 'Argument', id: string, side: ArgumentSide, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, revisions: Array<{ __typename?: 'ProposalRevision', version: number, title: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, dissents: Array<{ __typename?: 'Dissent', body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }>, linkedFrom: Array<{ __typename?: 'ContentLink', type: string, title: string, path: string }>, record: { __typename?: 'DecisionRecord', hash: string, closedAt: string, markdown: string, json: string, ballotsCsv: string, ballotsBlt: string | null } | null } | null };

export type FeedItemFragment = { __typename?: 'FeedItem', id: string, kind: FeedItemKind, createdAt: string, actor: { __typename?: 'User', id: string, username: string, displayName: string }, subject:
    | { __typename: 'BlogPost', id: string, title: string, publishedAt: string | null, space: { __typename?: 'Space', id: string, key: string, name: string } | null }
    | { __typename: 'Page', id: string, title: string, slug: string, pageSpace: { __typename?: 'Space', id: string, key: string, name: string } }
    | { __typename: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }
    | { __typename: 'Proposal', id: string, title: string, status: ProposalStatus, closesAt: string, proposalSpace: { __typename?: 'Space', id: string, key: string, name: string } }
   };

export type FeedQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FeedFilter>;
}>;


export type FeedQuery = { __typename?: 'Query', feed: { __typename?: 'FeedConnection', nodes: Array<{ __typename?: 'FeedItem', id: string, kind: FeedItemKind, createdAt: string, actor: { __typename?: 'User', id: string, username: string, displayName: string }, subject:
        | { __typename: 'BlogPost', id: string, title: string, publishedAt: string | null, space: { __typename?: 'Space', id: string, key: string, name: string } | null }
        | { __typename: 'Page', id: string, title: string, slug: string, pageSpace: { __typename?: 'Space', id: string, key: string, name: string } }
        | { __typename: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }
        | { __typename: 'Proposal', id: string, title: string, status: ProposalStatus, closesAt: string, proposalSpace: { __typename?: 'Space', id: string, key: string, name: string } }
       }>, pinned: Array<{ __typename?: 'FeedItem', id: string, kind: FeedItemKind, createdAt: string, actor: { __typename?: 'User', id: string, username: string, displayName: string }, subject:
        | { __typename: 'BlogPost', id: string, title: string, publishedAt: string | null, space: { __typename?: 'Space', id: string, key: string, name: string } | null }
        | { __typename: 'Page', id: string, title: string, slug: string, pageSpace: { __typename?: 'Space', id: string, key: string, name: string } }
        | { __typename: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }
        | { __typename: 'Proposal', id: string, title: string, status: ProposalStatus, closesAt: string, proposalSpace: { __typename?: 'Space', id: string, key: string, name: string } }
       }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type FeedItemAddedSubscriptionVariables = Exact<{
  filter: InputMaybe<FeedFilter>;
}>;


export type FeedItemAddedSubscription = { __typename?: 'Subscription', feedItemAdded: { __typename?: 'FeedItem', id: string, kind: FeedItemKind, createdAt: string, actor: { __typename?: 'User', id: string, username: string, displayName: string }, subject:
      | { __typename: 'BlogPost', id: string, title: string, publishedAt: string | null, space: { __typename?: 'Space', id: string, key: string, name: string } | null }
      | { __typename: 'Page', id: string, title: string, slug: string, pageSpace: { __typename?: 'Space', id: string, key: string, name: string } }
      | { __typename: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }
      | { __typename: 'Proposal', id: string, title: string, status: ProposalStatus, closesAt: string, proposalSpace: { __typename?: 'Space', id: string, key: string, name: string } }
     } };

export type FeedProfileQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type FeedProfileQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, username: string, displayName: string, roles: Array<Role>, followerCount: number, followedByMe: boolean, spaces: Array<{ __typename?: 'Space', id: string, key: string, name: string }>, recentPages: Array<{ __typename?: 'Page', id: string, title: string, slug: string, updatedAt: string, space: { __typename?: 'Space', id: string, key: string, name: string } }> } | null };

export type FeedBlogPostsByQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type FeedBlogPostsByQuery = { __typename?: 'Query', blogPostsBy: { __typename?: 'BlogPostConnection', nodes: Array<{ __typename?: 'BlogPost', id: string, title: string, publishedAt: string | null, status: PublicationStatus, space: { __typename?: 'Space', id: string, key: string, name: string } | null }> } };

export type FeedFollowMutationVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type FeedFollowMutation = { __typename?: 'Mutation', follow: boolean };

export type FeedUnfollowMutationVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type FeedUnfollowMutation = { __typename?: 'Mutation', unfollow: boolean };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { __typename?: 'Query', notificationSettings: { __typename?: 'NotificationSettings', language: string, preferences: Array<{ __typename?: 'NotificationPreference', kind: NotificationKind, inApp: boolean, email: EmailMode }> } };

export type UpdateNotificationPreferenceMutationVariables = Exact<{
  input: NotificationPreferenceInput;
}>;


export type UpdateNotificationPreferenceMutation = { __typename?: 'Mutation', updateNotificationPreference: { __typename?: 'NotificationPreference', kind: NotificationKind, inApp: boolean, email: EmailMode } };

export type SetNotificationLanguageMutationVariables = Exact<{
  language: Scalars['String']['input'];
}>;


export type SetNotificationLanguageMutation = { __typename?: 'Mutation', setNotificationLanguage: string };

export type MailOutboxQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type MailOutboxQuery = { __typename?: 'Query', mailOutbox: Array<{ __typename?: 'OutboxMail', file: string, to: string, subject: string, date: string }> };

export type NotificationItemFragment = { __typename?: 'Notification', id: string, kind: NotificationKind, read: boolean, path: string, title: string, createdAt: string, actor: { __typename?: 'User', id: string, username: string, displayName: string } | null };

export type NotificationsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  unreadOnly: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number, nodes: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, read: boolean, path: string, title: string, createdAt: string, actor: { __typename?: 'User', id: string, username: string, displayName: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type NotificationsUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsUnreadCountQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: NotificationKind, read: boolean, path: string, title: string, createdAt: string, actor: { __typename?: 'User', id: string, username: string, displayName: string } | null } };

export type PostsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type PostsCreatePostMutation = { __typename?: 'Mutation', createPost: { __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> } };

export type PostsUpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type PostsUpdatePostMutation = { __typename?: 'Mutation', updatePost: { __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> } };

export type PostsDeletePostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostsDeletePostMutation = { __typename?: 'Mutation', deletePost: { __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> } };

export type PostsPinPostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostsPinPostMutation = { __typename?: 'Mutation', pinPost: { __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> } };

export type PostsUnpinPostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostsUnpinPostMutation = { __typename?: 'Mutation', unpinPost: { __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> } };

export type PostsReactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type PostsReactMutation = { __typename?: 'Mutation', react: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> };

export type PostsUnreactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type PostsUnreactMutation = { __typename?: 'Mutation', unreact: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> };

export type PostsFollowHashtagMutationVariables = Exact<{
  tag: Scalars['String']['input'];
}>;


export type PostsFollowHashtagMutation = { __typename?: 'Mutation', followHashtag: string };

export type PostsUnfollowHashtagMutationVariables = Exact<{
  tag: Scalars['String']['input'];
}>;


export type PostsUnfollowHashtagMutation = { __typename?: 'Mutation', unfollowHashtag: string };

export type PostsPostFragment = { __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> };

export type PostsPostQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostsPostQuery = { __typename?: 'Query', post: { __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, replyTo: { __typename?: 'Post', id: string, deleted: boolean, author: { __typename?: 'User', id: string, displayName: string } } | null, replies: Array<{ __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }>, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> } | null };

export type PostsByQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PostsByQuery = { __typename?: 'Query', postsBy: { __typename?: 'PostConnection', nodes: Array<{ __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PostsByHashtagQueryVariables = Exact<{
  tag: Scalars['String']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PostsByHashtagQuery = { __typename?: 'Query', postsByHashtag: { __typename?: 'PostConnection', nodes: Array<{ __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PostsInSpaceQueryVariables = Exact<{
  spaceId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PostsInSpaceQuery = { __typename?: 'Query', spacePosts: { __typename?: 'PostConnection', nodes: Array<{ __typename?: 'Post', id: string, body: string, html: string, createdAt: string, editedAt: string | null, deleted: boolean, pinned: boolean, canEdit: boolean, canPin: boolean, hashtags: Array<string>, replyCount: number, author: { __typename?: 'User', id: string, username: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string } | null, mentions: Array<{ __typename?: 'User', id: string, username: string, displayName: string }>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number, reactedByMe: boolean }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PostsSpaceQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type PostsSpaceQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, key: string, name: string, myRole: SpaceRole | null } | null };

export type PostsSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type PostsSpacesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', id: string, key: string, name: string, myRole: SpaceRole | null }> };

export type PostsUsersQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PostsUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, displayName: string }> };

export type PostsFollowedHashtagsQueryVariables = Exact<{ [key: string]: never; }>;


export type PostsFollowedHashtagsQuery = { __typename?: 'Query', followedHashtags: Array<string> };

export type SearchHitFragment = { __typename?: 'SearchHit', score: number, snippet: string, node:
    | { __typename: 'BlogPost', id: string, title: string, createdAt: string, publishedAt: string | null, blogSpace: { __typename?: 'Space', id: string, key: string, name: string } | null }
    | { __typename: 'Page', id: string, title: string, slug: string, updatedAt: string, pageSpace: { __typename?: 'Space', id: string, key: string, name: string } }
    | { __typename: 'Post', id: string, body: string, createdAt: string, postSpace: { __typename?: 'Space', id: string, key: string, name: string } | null }
    | { __typename: 'Proposal', id: string, title: string, createdAt: string, proposalSpace: { __typename?: 'Space', id: string, key: string, name: string } }
   };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  types: InputMaybe<Array<SearchType> | SearchType>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SearchFilter>;
  sort: InputMaybe<SearchSort>;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'SearchHit', score: number, snippet: string, node:
        | { __typename: 'BlogPost', id: string, title: string, createdAt: string, publishedAt: string | null, blogSpace: { __typename?: 'Space', id: string, key: string, name: string } | null }
        | { __typename: 'Page', id: string, title: string, slug: string, updatedAt: string, pageSpace: { __typename?: 'Space', id: string, key: string, name: string } }
        | { __typename: 'Post', id: string, body: string, createdAt: string, postSpace: { __typename?: 'Space', id: string, key: string, name: string } | null }
        | { __typename: 'Proposal', id: string, title: string, createdAt: string, proposalSpace: { __typename?: 'Space', id: string, key: string, name: string } }
       }> } };

export type SearchSuggestionsQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchSuggestionsQuery = { __typename?: 'Query', searchSuggestions: Array<{ __typename?: 'SearchSuggestion', kind: SuggestionKind, id: string, title: string, subtitle: string | null, path: string }> };

export type SearchSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchSpacesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', id: string, key: string, name: string }> };

export type SearchPeopleQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchPeopleQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, displayName: string }> };

export type SearchAuthorQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type SearchAuthorQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, username: string, displayName: string } | null };

export type SpaceDetailFragment = { __typename?: 'Space', id: string, key: string, name: string, description: string | null, visibility: SpaceVisibility, memberCount: number, myRole: SpaceRole | null, canManageMembers: boolean, followedByMe: boolean, createdAt: string, members: Array<{ __typename?: 'SpaceMember', role: SpaceRole, user: { __typename?: 'User', id: string, username: string, displayName: string } }> };

export type SpaceQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type SpaceQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, key: string, name: string, description: string | null, visibility: SpaceVisibility, memberCount: number, myRole: SpaceRole | null, canManageMembers: boolean, followedByMe: boolean, createdAt: string, members: Array<{ __typename?: 'SpaceMember', role: SpaceRole, user: { __typename?: 'User', id: string, username: string, displayName: string } }> } | null };

export type AddSpaceMemberMutationVariables = Exact<{
  input: AddSpaceMemberInput;
}>;


export type AddSpaceMemberMutation = { __typename?: 'Mutation', addSpaceMember: { __typename?: 'Space', id: string, key: string, name: string, description: string | null, visibility: SpaceVisibility, memberCount: number, myRole: SpaceRole | null, canManageMembers: boolean, followedByMe: boolean, createdAt: string, members: Array<{ __typename?: 'SpaceMember', role: SpaceRole, user: { __typename?: 'User', id: string, username: string, displayName: string } }> } };

export type FollowSpaceMutationVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type FollowSpaceMutation = { __typename?: 'Mutation', follow: boolean };

export type UnfollowSpaceMutationVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type UnfollowSpaceMutation = { __typename?: 'Mutation', unfollow: boolean };

export type SpaceSummaryFragment = { __typename?: 'Space', id: string, key: string, name: string, description: string | null, visibility: SpaceVisibility, memberCount: number, myRole: SpaceRole | null };

export type SpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpacesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', id: string, key: string, name: string, description: string | null, visibility: SpaceVisibility, memberCount: number, myRole: SpaceRole | null }> };

export type CreateSpaceMutationVariables = Exact<{
  input: CreateSpaceInput;
}>;


export type CreateSpaceMutation = { __typename?: 'Mutation', createSpace: { __typename?: 'Space', id: string, key: string, name: string, description: string | null, visibility: SpaceVisibility, memberCount: number, myRole: SpaceRole | null } };

export type UserSearchQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type UserSearchQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, displayName: string }> };

export type WikiEditablePageFragment = { __typename?: 'Page', id: string, title: string, slug: string, body: string, version: number, labels: Array<string>, canEdit: boolean, updatedAt: string, updatedBy: { __typename?: 'User', id: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string }, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }> };

export type WikiPageForEditQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
  slug: Scalars['String']['input'];
}>;


export type WikiPageForEditQuery = { __typename?: 'Query', pageBySlug: { __typename?: 'Page', id: string, title: string, slug: string, body: string, version: number, labels: Array<string>, canEdit: boolean, updatedAt: string, updatedBy: { __typename?: 'User', id: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string }, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }> } | null };

export type WikiCurrentPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WikiCurrentPageQuery = { __typename?: 'Query', page: { __typename?: 'Page', id: string, title: string, slug: string, body: string, version: number, labels: Array<string>, canEdit: boolean, updatedAt: string, updatedBy: { __typename?: 'User', id: string, displayName: string }, space: { __typename?: 'Space', id: string, key: string, name: string }, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }> } | null };

export type WikiPagePreviewQueryVariables = Exact<{
  spaceId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type WikiPagePreviewQuery = { __typename?: 'Query', pagePreview: string };

export type WikiTemplatesQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
}>;


export type WikiTemplatesQuery = { __typename?: 'Query', templates: Array<{ __typename?: 'Page', id: string, title: string, body: string, labels: Array<string> }> };

export type WikiCreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type WikiCreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', version: number, id: string, title: string, slug: string, space: { __typename?: 'Space', id: string, key: string } } };

export type WikiUpdatePageMutationVariables = Exact<{
  input: UpdatePageInput;
}>;


export type WikiUpdatePageMutation = { __typename?: 'Mutation', updatePage: { __typename?: 'Page', id: string, title: string, slug: string, html: string, version: number, isTemplate: boolean, createdAt: string, updatedAt: string, labels: Array<string>, watchedByMe: boolean, canEdit: boolean, canDelete: boolean, canComment: boolean, commentCount: number, childCount: number, space: { __typename?: 'Space', id: string, key: string, name: string }, parent: { __typename?: 'Page', id: string } | null, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, author: { __typename?: 'User', id: string, displayName: string }, updatedBy: { __typename?: 'User', id: string, displayName: string }, children: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, backlinks: Array<{ __typename?: 'Page', id: string, title: string, slug: string, space: { __typename?: 'Space', id: string, key: string, name: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }> } };

export type WikiRevisionSummaryFragment = { __typename?: 'PageRevision', version: number, title: string, summary: string | null, restoredFrom: number | null, createdAt: string, author: { __typename?: 'User', id: string, displayName: string } };

export type WikiPageHistoryQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
  slug: Scalars['String']['input'];
  before: InputMaybe<Scalars['Int']['input']>;
}>;


export type WikiPageHistoryQuery = { __typename?: 'Query', pageBySlug: { __typename?: 'Page', id: string, title: string, slug: string, version: number, canEdit: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, revisions: Array<{ __typename?: 'PageRevision', version: number, title: string, summary: string | null, restoredFrom: number | null, createdAt: string, author: { __typename?: 'User', id: string, displayName: string } }> } | null };

export type WikiPageRevisionQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
  slug: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type WikiPageRevisionQuery = { __typename?: 'Query', pageBySlug: { __typename?: 'Page', id: string, title: string, slug: string, version: number, canEdit: boolean, space: { __typename?: 'Space', id: string, key: string, name: string }, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, revision: { __typename?: 'PageRevision', html: string, body: string, version: number, title: string, summary: string | null, restoredFrom: number | null, createdAt: string, author: { __typename?: 'User', id: string, displayName: string } } | null } | null };

export type WikiPageDiffQueryVariables = Exact<{
  pageId: Scalars['ID']['input'];
  fromVersion: Scalars['Int']['input'];
  toVersion: Scalars['Int']['input'];
}>;


export type WikiPageDiffQuery = { __typename?: 'Query', pageDiff: { __typename?: 'PageDiff', fromVersion: number, toVersion: number, unified: string, additions: number, deletions: number, approximate: boolean, from: { __typename?: 'PageRevision', version: number, title: string, summary: string | null, restoredFrom: number | null, createdAt: string, author: { __typename?: 'User', id: string, displayName: string } }, to: { __typename?: 'PageRevision', version: number, title: string, summary: string | null, restoredFrom: number | null, createdAt: string, author: { __typename?: 'User', id: string, displayName: string } }, lines: Array<{ __typename?: 'DiffLine', kind: DiffLineKind, text: string, oldNumber: number | null, newNumber: number | null }> } };

export type WikiRestoreRevisionMutationVariables = Exact<{
  pageId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  baseVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type WikiRestoreRevisionMutation = { __typename?: 'Mutation', restorePageRevision: { __typename?: 'Page', id: string, title: string, slug: string, html: string, version: number, isTemplate: boolean, createdAt: string, updatedAt: string, labels: Array<string>, watchedByMe: boolean, canEdit: boolean, canDelete: boolean, canComment: boolean, commentCount: number, childCount: number, space: { __typename?: 'Space', id: string, key: string, name: string }, parent: { __typename?: 'Page', id: string } | null, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, author: { __typename?: 'User', id: string, displayName: string }, updatedBy: { __typename?: 'User', id: string, displayName: string }, children: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, backlinks: Array<{ __typename?: 'Page', id: string, title: string, slug: string, space: { __typename?: 'Space', id: string, key: string, name: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }> } };

export type PageSavedSubscriptionVariables = Exact<{
  pageId: Scalars['ID']['input'];
}>;


export type PageSavedSubscription = { __typename?: 'Subscription', pageSaved: { __typename?: 'Page', id: string, title: string, version: number, updatedAt: string, updatedBy: { __typename?: 'User', id: string, displayName: string } } };

export type WikiAddPageLabelMutationVariables = Exact<{
  pageId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
}>;


export type WikiAddPageLabelMutation = { __typename?: 'Mutation', addPageLabel: { __typename?: 'Page', id: string, labels: Array<string> } };

export type WikiRemovePageLabelMutationVariables = Exact<{
  pageId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
}>;


export type WikiRemovePageLabelMutation = { __typename?: 'Mutation', removePageLabel: { __typename?: 'Page', id: string, labels: Array<string> } };

export type WikiAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type WikiAddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } } };

export type WikiWatchPageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WikiWatchPageMutation = { __typename?: 'Mutation', follow: boolean };

export type WikiUnwatchPageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WikiUnwatchPageMutation = { __typename?: 'Mutation', unfollow: boolean };

export type WikiTreeItemFragment = { __typename?: 'Page', id: string, title: string, slug: string, childCount: number };

export type WikiOutlineItemFragment = { __typename?: 'Page', id: string, title: string, childCount: number };

export type WikiSpacePagesQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type WikiSpacePagesQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, key: string, name: string, myRole: SpaceRole | null, rootPages: Array<{ __typename?: 'Page', id: string, title: string, slug: string, childCount: number }>, pageLabels: Array<{ __typename?: 'PageLabelCount', label: string, count: number }> } | null, templates: Array<{ __typename?: 'Page', id: string, title: string, slug: string }> };

export type WikiPageChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WikiPageChildrenQuery = { __typename?: 'Query', page: { __typename?: 'Page', id: string, children: Array<{ __typename?: 'Page', id: string, title: string, slug: string, childCount: number }> } | null };

export type WikiPageOutlineQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type WikiPageOutlineQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, rootPages: Array<{ __typename?: 'Page', id: string, title: string, childCount: number, children: Array<{ __typename?: 'Page', id: string, title: string, childCount: number, children: Array<{ __typename?: 'Page', id: string, title: string, childCount: number, children: Array<{ __typename?: 'Page', id: string, title: string, childCount: number, children: Array<{ __typename?: 'Page', id: string, title: string, childCount: number, children: Array<{ __typename?: 'Page', id: string, title: string, childCount: number, children: Array<{ __typename?: 'Page', id: string, title: string, childCount: number }> }> }> }> }> }> }> } | null };

export type WikiHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type WikiHomeQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', id: string, key: string, name: string, visibility: SpaceVisibility, myRole: SpaceRole | null, rootPages: Array<{ __typename?: 'Page', id: string, title: string, slug: string, childCount: number }> }> };

export type WikiPagesByLabelQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
  label: Scalars['String']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type WikiPagesByLabelQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, key: string, name: string, pageLabels: Array<{ __typename?: 'PageLabelCount', label: string, count: number }> } | null, pagesByLabel: { __typename?: 'PageConnection', nodes: Array<{ __typename?: 'Page', isTemplate: boolean, labels: Array<string>, updatedAt: string, id: string, title: string, slug: string, updatedBy: { __typename?: 'User', id: string, displayName: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WikiMovePageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  parentId: InputMaybe<Scalars['ID']['input']>;
}>;


export type WikiMovePageMutation = { __typename?: 'Mutation', movePage: { __typename?: 'Page', id: string, parent: { __typename?: 'Page', id: string } | null, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }> } };

export type WikiDeletePageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WikiDeletePageMutation = { __typename?: 'Mutation', deletePage: boolean };

export type WikiPageLinkFragment = { __typename?: 'Page', id: string, title: string, slug: string };

export type WikiPageCommentFragment = { __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } };

export type WikiPageViewFragment = { __typename?: 'Page', id: string, title: string, slug: string, html: string, version: number, isTemplate: boolean, createdAt: string, updatedAt: string, labels: Array<string>, watchedByMe: boolean, canEdit: boolean, canDelete: boolean, canComment: boolean, commentCount: number, childCount: number, space: { __typename?: 'Space', id: string, key: string, name: string }, parent: { __typename?: 'Page', id: string } | null, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, author: { __typename?: 'User', id: string, displayName: string }, updatedBy: { __typename?: 'User', id: string, displayName: string }, children: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, backlinks: Array<{ __typename?: 'Page', id: string, title: string, slug: string, space: { __typename?: 'Space', id: string, key: string, name: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }> };

export type WikiPageQueryVariables = Exact<{
  spaceKey: Scalars['String']['input'];
  slug: Scalars['String']['input'];
}>;


export type WikiPageQuery = { __typename?: 'Query', pageBySlug: { __typename?: 'Page', id: string, title: string, slug: string, html: string, version: number, isTemplate: boolean, createdAt: string, updatedAt: string, labels: Array<string>, watchedByMe: boolean, canEdit: boolean, canDelete: boolean, canComment: boolean, commentCount: number, childCount: number, space: { __typename?: 'Space', id: string, key: string, name: string }, parent: { __typename?: 'Page', id: string } | null, path: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, author: { __typename?: 'User', id: string, displayName: string }, updatedBy: { __typename?: 'User', id: string, displayName: string }, children: Array<{ __typename?: 'Page', id: string, title: string, slug: string }>, backlinks: Array<{ __typename?: 'Page', id: string, title: string, slug: string, space: { __typename?: 'Space', id: string, key: string, name: string } }>, comments: Array<{ __typename?: 'Comment', id: string, html: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }> } | null };

export type WikiPageExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WikiPageExportQuery = { __typename?: 'Query', page: { __typename?: 'Page', id: string, slug: string, exportMarkdown: string } | null };

export type WikiSpaceQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type WikiSpaceQuery = { __typename?: 'Query', space: { __typename?: 'Space', id: string, key: string, name: string, myRole: SpaceRole | null } | null };

export type WikiPageTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WikiPageTitleQuery = { __typename?: 'Query', page: { __typename?: 'Page', id: string, title: string, slug: string } | null };

export const BlogListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BlogListItemFragment, unknown>;
export const BlogCommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<BlogCommentFragment, unknown>;
export const BlogPostFullFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogPostFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogComment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<BlogPostFullFragment, unknown>;
export const DecisionsProposalSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DecisionsProposalSummaryFragment, unknown>;
export const DecisionsPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<DecisionsPersonFragment, unknown>;
export const DecisionsOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DecisionsOptionFragment, unknown>;
export const DecisionsArgumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<DecisionsArgumentFragment, unknown>;
export const DecisionsCommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<DecisionsCommentFragment, unknown>;
export const DecisionsProposalDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeStatement"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canNudge"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"proposalVersion"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"isAdvisor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arguments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dissents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCsv"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsBlt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}}]} as unknown as DocumentNode<DecisionsProposalDetailFragment, unknown>;
export const PostsPostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsPostFragment, unknown>;
export const FeedItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","alias":{"kind":"Name","value":"pageSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","alias":{"kind":"Name","value":"proposalSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<FeedItemFragment, unknown>;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const SearchHitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","alias":{"kind":"Name","value":"pageSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","alias":{"kind":"Name","value":"blogSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"postSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"proposalSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchHitFragment, unknown>;
export const SpaceDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpaceDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"canManageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SpaceDetailFragment, unknown>;
export const SpaceSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<SpaceSummaryFragment, unknown>;
export const WikiPageLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<WikiPageLinkFragment, unknown>;
export const WikiEditablePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiEditablePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<WikiEditablePageFragment, unknown>;
export const WikiRevisionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"restoredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WikiRevisionSummaryFragment, unknown>;
export const WikiTreeItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiTreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<WikiTreeItemFragment, unknown>;
export const WikiOutlineItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiOutlineItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<WikiOutlineItemFragment, unknown>;
export const WikiPageCommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WikiPageCommentFragment, unknown>;
export const WikiPageViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"watchedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageComment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WikiPageViewFragment, unknown>;
export const BlogCreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlogCreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBlogPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBlogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogPostFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogPostFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogComment"}}]}}]}}]} as unknown as DocumentNode<BlogCreatePostMutation, BlogCreatePostMutationVariables>;
export const BlogUpdatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlogUpdatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBlogPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBlogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogPostFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogPostFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogComment"}}]}}]}}]} as unknown as DocumentNode<BlogUpdatePostMutation, BlogUpdatePostMutationVariables>;
export const BlogPublishPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlogPublishPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBlogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogPostFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogPostFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogComment"}}]}}]}}]} as unknown as DocumentNode<BlogPublishPostMutation, BlogPublishPostMutationVariables>;
export const BlogAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlogAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogComment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<BlogAddCommentMutation, BlogAddCommentMutationVariables>;
export const BlogReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlogReact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"react"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<BlogReactMutation, BlogReactMutationVariables>;
export const BlogUnreactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlogUnreact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<BlogUnreactMutation, BlogUnreactMutationVariables>;
export const BlogPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlogPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogPostFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogPostFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogComment"}}]}}]}}]} as unknown as DocumentNode<BlogPostQuery, BlogPostQueryVariables>;
export const BlogPostRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlogPostRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<BlogPostRevisionsQuery, BlogPostRevisionsQueryVariables>;
export const BlogPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlogPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blogPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BlogPostsQuery, BlogPostsQueryVariables>;
export const BlogMyDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlogMyDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBlogDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BlogListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BlogListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BlogMyDraftsQuery, BlogMyDraftsQueryVariables>;
export const BlogSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlogSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<BlogSpaceQuery, BlogSpaceQueryVariables>;
export const BlogSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlogSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<BlogSpacesQuery, BlogSpacesQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const DecisionsSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionsSpaceQuery, DecisionsSpaceQueryVariables>;
export const DecisionsSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DecisionsSpacesQuery, DecisionsSpacesQueryVariables>;
export const DecisionsSpaceProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsSpaceProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"closed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closed"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DecisionsSpaceProposalsQuery, DecisionsSpaceProposalsQueryVariables>;
export const DecisionsLogMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsLogMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionLogMarkdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}}]}]}}]} as unknown as DocumentNode<DecisionsLogMarkdownQuery, DecisionsLogMarkdownQueryVariables>;
export const DecisionsOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DecisionsOpenQuery, DecisionsOpenQueryVariables>;
export const DecisionsStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"perMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPercent"}},{"kind":"Field","name":{"kind":"Name","value":"toPercent"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionsStatsQuery, DecisionsStatsQueryVariables>;
export const DecisionsCreateProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsCreateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionsCreateProposalMutation, DecisionsCreateProposalMutationVariables>;
export const DecisionsCastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsCastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeStatement"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canNudge"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"proposalVersion"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"isAdvisor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arguments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dissents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCsv"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsBlt"}}]}}]}}]} as unknown as DocumentNode<DecisionsCastVoteMutation, DecisionsCastVoteMutationVariables>;
export const DecisionsAddArgumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsAddArgument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddArgumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addArgument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}}]} as unknown as DocumentNode<DecisionsAddArgumentMutation, DecisionsAddArgumentMutationVariables>;
export const DecisionsCloseProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsCloseProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeStatement"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canNudge"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"proposalVersion"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"isAdvisor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arguments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dissents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCsv"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsBlt"}}]}}]}}]} as unknown as DocumentNode<DecisionsCloseProposalMutation, DecisionsCloseProposalMutationVariables>;
export const DecisionsWithdrawProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsWithdrawProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeStatement"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canNudge"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"proposalVersion"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"isAdvisor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arguments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dissents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCsv"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsBlt"}}]}}]}}]} as unknown as DocumentNode<DecisionsWithdrawProposalMutation, DecisionsWithdrawProposalMutationVariables>;
export const DecisionsAmendProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsAmendProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeStatement"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canNudge"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"proposalVersion"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"isAdvisor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arguments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dissents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCsv"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsBlt"}}]}}]}}]} as unknown as DocumentNode<DecisionsAmendProposalMutation, DecisionsAmendProposalMutationVariables>;
export const DecisionsExtendProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsExtendProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeStatement"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canNudge"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"proposalVersion"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"isAdvisor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arguments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dissents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCsv"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsBlt"}}]}}]}}]} as unknown as DocumentNode<DecisionsExtendProposalMutation, DecisionsExtendProposalMutationVariables>;
export const DecisionsSetReviewDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsSetReviewDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReviewDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProposalReviewDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}}]}}]} as unknown as DocumentNode<DecisionsSetReviewDateMutation, DecisionsSetReviewDateMutationVariables>;
export const DecisionsNudgeVotersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsNudgeVoters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudgeVoters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}}]}]}}]} as unknown as DocumentNode<DecisionsNudgeVotersMutation, DecisionsNudgeVotersMutationVariables>;
export const DecisionsAddDissentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsAddDissent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDissentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDissent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<DecisionsAddDissentMutation, DecisionsAddDissentMutationVariables>;
export const DecisionsAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}}]} as unknown as DocumentNode<DecisionsAddCommentMutation, DecisionsAddCommentMutationVariables>;
export const DecisionsFollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsFollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DecisionsFollowMutation, DecisionsFollowMutationVariables>;
export const DecisionsUnfollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionsUnfollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DecisionsUnfollowMutation, DecisionsUnfollowMutationVariables>;
export const DecisionsProposalUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DecisionsProposalUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}}]}}]} as unknown as DocumentNode<DecisionsProposalUpdatedSubscription, DecisionsProposalUpdatedSubscriptionVariables>;
export const DecisionsProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsArgument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Argument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionsProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeStatement"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tallyHidden"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canNudge"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winningOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"proposalVersion"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"isAdvisor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arguments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsArgument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dissents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionsPerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCsv"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsBlt"}}]}}]}}]} as unknown as DocumentNode<DecisionsProposalQuery, DecisionsProposalQueryVariables>;
export const FeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Feed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pinned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","alias":{"kind":"Name","value":"pageSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","alias":{"kind":"Name","value":"proposalSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const FeedItemAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FeedItemAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedItemAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","alias":{"kind":"Name","value":"pageSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","alias":{"kind":"Name","value":"proposalSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedItemAddedSubscription, FeedItemAddedSubscriptionVariables>;
export const FeedProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentPages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedProfileQuery, FeedProfileQueryVariables>;
export const FeedBlogPostsByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedBlogPostsBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blogPostsBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedBlogPostsByQuery, FeedBlogPostsByQueryVariables>;
export const FeedFollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedFollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}]}]}}]} as unknown as DocumentNode<FeedFollowMutation, FeedFollowMutationVariables>;
export const FeedUnfollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedUnfollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}]}]}}]} as unknown as DocumentNode<FeedUnfollowMutation, FeedUnfollowMutationVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferenceMutation, UpdateNotificationPreferenceMutationVariables>;
export const SetNotificationLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<SetNotificationLanguageMutation, SetNotificationLanguageMutationVariables>;
export const MailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationsUnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsUnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<NotificationsUnreadCountQuery, NotificationsUnreadCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const PostsCreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsCreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsCreatePostMutation, PostsCreatePostMutationVariables>;
export const PostsUpdatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsUpdatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsUpdatePostMutation, PostsUpdatePostMutationVariables>;
export const PostsDeletePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsDeletePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsDeletePostMutation, PostsDeletePostMutationVariables>;
export const PostsPinPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsPinPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsPinPostMutation, PostsPinPostMutationVariables>;
export const PostsUnpinPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsUnpinPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpinPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsUnpinPostMutation, PostsUnpinPostMutationVariables>;
export const PostsReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsReact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"react"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsReactMutation, PostsReactMutationVariables>;
export const PostsUnreactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsUnreact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsUnreactMutation, PostsUnreactMutationVariables>;
export const PostsFollowHashtagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsFollowHashtag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followHashtag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}]}]}}]} as unknown as DocumentNode<PostsFollowHashtagMutation, PostsFollowHashtagMutationVariables>;
export const PostsUnfollowHashtagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsUnfollowHashtag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollowHashtag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}]}]}}]} as unknown as DocumentNode<PostsUnfollowHashtagMutation, PostsUnfollowHashtagMutationVariables>;
export const PostsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsPostQuery, PostsPostQueryVariables>;
export const PostsByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postsBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsByQuery, PostsByQueryVariables>;
export const PostsByHashtagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsByHashtag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postsByHashtag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsByHashtagQuery, PostsByHashtagQueryVariables>;
export const PostsInSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsInSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spacePosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostsPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostsPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPin"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reactedByMe"}}]}}]}}]} as unknown as DocumentNode<PostsInSpaceQuery, PostsInSpaceQueryVariables>;
export const PostsSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<PostsSpaceQuery, PostsSpaceQueryVariables>;
export const PostsSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<PostsSpacesQuery, PostsSpacesQueryVariables>;
export const PostsUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PostsUsersQuery, PostsUsersQueryVariables>;
export const PostsFollowedHashtagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsFollowedHashtags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedHashtags"}}]}}]} as unknown as DocumentNode<PostsFollowedHashtagsQuery, PostsFollowedHashtagsQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","alias":{"kind":"Name","value":"pageSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","alias":{"kind":"Name","value":"blogSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"postSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"proposalSpace"},"name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SearchSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const SearchSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchSpacesQuery, SearchSpacesQueryVariables>;
export const SearchPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const SearchAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SearchAuthorQuery, SearchAuthorQueryVariables>;
export const SpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Space"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpaceDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpaceDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"canManageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SpaceQuery, SpaceQueryVariables>;
export const AddSpaceMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSpaceMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSpaceMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSpaceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpaceDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpaceDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"canManageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AddSpaceMemberMutation, AddSpaceMemberMutationVariables>;
export const FollowSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}]}]}}]} as unknown as DocumentNode<FollowSpaceMutation, FollowSpaceMutationVariables>;
export const UnfollowSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnfollowSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}]}]}}]} as unknown as DocumentNode<UnfollowSpaceMutation, UnfollowSpaceMutationVariables>;
export const SpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpaceSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<SpacesQuery, SpacesQueryVariables>;
export const CreateSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpaceSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<CreateSpaceMutation, CreateSpaceMutationVariables>;
export const UserSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UserSearchQuery, UserSearchQueryVariables>;
export const WikiPageForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiEditablePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiEditablePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}}]}}]} as unknown as DocumentNode<WikiPageForEditQuery, WikiPageForEditQueryVariables>;
export const WikiCurrentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiCurrentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiEditablePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiEditablePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}}]}}]} as unknown as DocumentNode<WikiCurrentPageQuery, WikiCurrentPageQueryVariables>;
export const WikiPagePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPagePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pagePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}]}}]} as unknown as DocumentNode<WikiPagePreviewQuery, WikiPagePreviewQueryVariables>;
export const WikiTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]} as unknown as DocumentNode<WikiTemplatesQuery, WikiTemplatesQueryVariables>;
export const WikiCreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiCreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<WikiCreatePageMutation, WikiCreatePageMutationVariables>;
export const WikiUpdatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiUpdatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"watchedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageComment"}}]}}]}}]} as unknown as DocumentNode<WikiUpdatePageMutation, WikiUpdatePageMutationVariables>;
export const WikiPageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiRevisionSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"restoredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WikiPageHistoryQuery, WikiPageHistoryQueryVariables>;
export const WikiPageRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiRevisionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"restoredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WikiPageRevisionQuery, WikiPageRevisionQueryVariables>;
export const WikiPageDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"unified"}},{"kind":"Field","name":{"kind":"Name","value":"additions"}},{"kind":"Field","name":{"kind":"Name","value":"deletions"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiRevisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiRevisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"oldNumber"}},{"kind":"Field","name":{"kind":"Name","value":"newNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"restoredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WikiPageDiffQuery, WikiPageDiffQueryVariables>;
export const WikiRestoreRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiRestoreRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePageRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"watchedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageComment"}}]}}]}}]} as unknown as DocumentNode<WikiRestoreRevisionMutation, WikiRestoreRevisionMutationVariables>;
export const PageSavedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PageSaved"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageSaved"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PageSavedSubscription, PageSavedSubscriptionVariables>;
export const WikiAddPageLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiAddPageLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPageLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]} as unknown as DocumentNode<WikiAddPageLabelMutation, WikiAddPageLabelMutationVariables>;
export const WikiRemovePageLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiRemovePageLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePageLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]} as unknown as DocumentNode<WikiRemovePageLabelMutation, WikiRemovePageLabelMutationVariables>;
export const WikiAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageComment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WikiAddCommentMutation, WikiAddCommentMutationVariables>;
export const WikiWatchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiWatchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<WikiWatchPageMutation, WikiWatchPageMutationVariables>;
export const WikiUnwatchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiUnwatchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<WikiUnwatchPageMutation, WikiUnwatchPageMutationVariables>;
export const WikiSpacePagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiSpacePages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"rootPages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiTreeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiTreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<WikiSpacePagesQuery, WikiSpacePagesQueryVariables>;
export const WikiPageChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiTreeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiTreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<WikiPageChildrenQuery, WikiPageChildrenQueryVariables>;
export const WikiPageOutlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageOutline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootPages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiOutlineItem"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiOutlineItem"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiOutlineItem"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiOutlineItem"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiOutlineItem"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiOutlineItem"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiOutlineItem"}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiOutlineItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<WikiPageOutlineQuery, WikiPageOutlineQueryVariables>;
export const WikiHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"rootPages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiTreeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiTreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<WikiHomeQuery, WikiHomeQueryVariables>;
export const WikiPagesByLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPagesByLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pageLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagesByLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<WikiPagesByLabelQuery, WikiPagesByLabelQueryVariables>;
export const WikiMovePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiMovePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<WikiMovePageMutation, WikiMovePageMutationVariables>;
export const WikiDeletePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WikiDeletePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<WikiDeletePageMutation, WikiDeletePageMutationVariables>;
export const WikiPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WikiPageView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"watchedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageLink"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WikiPageComment"}}]}}]}}]} as unknown as DocumentNode<WikiPageQuery, WikiPageQueryVariables>;
export const WikiPageExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"exportMarkdown"}}]}}]}}]} as unknown as DocumentNode<WikiPageExportQuery, WikiPageExportQueryVariables>;
export const WikiSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<WikiSpaceQuery, WikiSpaceQueryVariables>;
export const WikiPageTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WikiPageTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<WikiPageTitleQuery, WikiPageTitleQueryVariables>;