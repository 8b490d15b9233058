import { CreateFoundation1795786529416 } from './1795786529416-CreateFoundation';
import { CreateWikiPages1795786982880 } from './1795786982880-CreateWikiPages';
import { CreateAuditCheckpoint1796046732660 } from './1796046732660-CreateAuditCheckpoint';
import { CreateDecisions1796053710815 } from './1796053710815-CreateDecisions';
import { AddContentReferences1796054965484 } from './1796054965484-AddContentReferences';
import { CreatePostsAndReactions1796057053701 } from './1796057053701-CreatePostsAndReactions';
import { CreateBlogPosts1796059005940 } from './1796059005940-CreateBlogPosts';
import { FeedItems1796064066490 } from './1796064066490-FeedItems';
import { SearchDocuments1796066135401 } from './1796066135401-SearchDocuments';
import { Notifications1796066572276 } from './1796066572276-Notifications';
import { NotificationPreferences1796067146706 } from './1796067146706-NotificationPreferences';
import { CreateIdempotencyKeys1796080699738 } from './1796080699738-CreateIdempotencyKeys';
import { AddNotificationSpace1796081690244 } from './1796081690244-AddNotificationSpace';
import { CreateJobRunnerHeartbeats1796082528417 } from './1796082528417-CreateJobRunnerHeartbeats';
/** Checked-in, generated migrations, in order. */
export const MIGRATIONS = [CreateFoundation1795786529416, CreateWikiPages1795786982880, CreateAuditCheckpoint1796046732660, CreateDecisions1796053710815, AddContentReferences1796054965484, CreatePostsAndReactions1796057053701, CreateBlogPosts1796059005940, FeedItems1796064066490, SearchDocuments1796066135401, Notifications1796066572276, NotificationPreferences1796067146706, CreateIdempotencyKeys1796080699738, AddNotificationSpace1796081690244, CreateJobRunnerHeartbeats1796082528417];
