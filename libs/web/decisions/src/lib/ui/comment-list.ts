import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import type { DecisionsCommentFragment } from '@pnyx/shared/graphql-types';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { Avatar } from '@pnyx/web/ui';
import { COMMENT_MAX_LENGTH } from '../data-access/proposal-rules';
import { RichText } from './rich-text';
import { TextEntryForm } from './text-entry-form';

/** The discussion under a proposal, oldest first, and a form to add to it. */
@Component({
  selector: 'pnyx-comment-list',
  imports: [LocalDatePipe, TranslatePipe, Avatar, RichText, TextEntryForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (comments().length) {
      <ol class="list">
        @for (comment of comments(); track comment.id) {
          <li class="comment" [id]="'comment-' + comment.id" [attr.data-author]="comment.author.username">
            <pnyx-avatar [name]="comment.author.displayName" size="small" />
            <div class="bubble">
              <p class="who">
                <span class="name">{{ comment.author.displayName }}</span>
                <time [attr.datetime]="comment.createdAt">{{ comment.createdAt | localDate: 'dateTime' }}</time>
              </p>
              <pnyx-rich-text [html]="comment.html" />
            </div>
          </li>
        }
      </ol>
    } @else {
      <p class="none">{{ 'decisions.comments.none' | t }}</p>
    }
    <pnyx-text-entry-form
      label="decisions.comments.add"
      submitLabel="decisions.comments.submit"
      [maxLength]="maxLength"
      [busy]="busy()"
      [serverError]="error()"
      testId="comment"
      (send)="post.emit($event)"
    />
  `,
  styles: `
    :host { display: block; }
    .list { list-style: none; margin: 0 0 16px; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .comment { display: flex; gap: 12px; align-items: flex-start; }
    .bubble { flex: 1; min-width: 0; padding: 10px 14px; border-radius: 12px; background: var(--mat-sys-surface-container); }
    .who { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin: 0 0 4px; }
    .name { font: var(--mat-sys-title-small); }
    time { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .none { margin: 0 0 16px; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class CommentList {
  readonly comments = input.required<readonly DecisionsCommentFragment[]>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly post = output<string>();

  protected readonly maxLength = COMMENT_MAX_LENGTH;
  private readonly form = viewChild(TextEntryForm);

  reset(): void {
    this.form()?.reset();
  }
}
