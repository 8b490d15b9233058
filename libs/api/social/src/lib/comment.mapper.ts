import { encodeId } from '@pnyx/shared/contracts';
import type { CommentEntity } from './comment.entity';
import { CommentModel } from './comment.model';

export function toCommentModel(comment: CommentEntity): CommentModel {
  return Object.assign(new CommentModel(), {
    id: encodeId('Comment', comment.id),
    uuid: comment.id,
    authorId: comment.authorId,
    body: comment.body,
    html: comment.html,
    createdAt: comment.createdAt,
  });
}
