import { ChangeDetectionStrategy, Component, inject, input, output, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { Avatar } from '@pnyx/web/ui';
import type { BlogComment } from '../data-access/blog.api';
import { BlogHtml } from './blog-html';

export const COMMENT_MAX_LENGTH = 10_000;

/** The comments on a blog post, oldest first, and a form to add one in Markdown (as the wiki's). */
@Component({
  selector: 'pnyx-blog-comments',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, LocalDatePipe, TranslatePipe, Avatar, BlogHtml],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (comments().length) {
      <ol class="list" data-testid="comments">
        @for (comment of comments(); track comment.id) {
          <li class="comment" [id]="'comment-' + comment.id" [attr.data-author]="comment.author.username">
            <pnyx-avatar [name]="comment.author.displayName" size="small" />
            <div class="bubble">
              <p class="who">
                <span class="name">{{ comment.author.displayName }}</span>
                <time [attr.datetime]="comment.createdAt">{{ comment.createdAt | localDate: 'dateTime' }}</time>
              </p>
              <pnyx-blog-html class="text" [html]="comment.html" />
            </div>
          </li>
        }
      </ol>
    } @else {
      <p class="none">{{ 'blog.comments.none' | t }}</p>
    }
    @if (canComment()) {
      <form class="form" [formGroup]="form" (ngSubmit)="submit()">
        <mat-form-field class="field" subscriptSizing="dynamic">
          <mat-label>{{ 'blog.comments.add' | t }}</mat-label>
          <textarea
            matInput
            formControlName="body"
            rows="3"
            data-testid="comment-body"
            [maxlength]="maxLength"
            (keydown.control.enter)="submit()"
            (keydown.meta.enter)="submit()"
          ></textarea>
          <mat-hint>{{ 'blog.comments.hint' | t }}</mat-hint>
          @if (form.controls.body.hasError('required')) {
            <mat-error>{{ 'blog.comments.required' | t }}</mat-error>
          }
        </mat-form-field>
        @if (error(); as message) {
          <p class="error" role="alert" data-testid="comment-error">{{ message }}</p>
        }
        <button mat-flat-button type="submit" data-testid="comment-submit" [disabled]="busy()">{{ 'blog.comments.submit' | t }}</button>
      </form>
    }
  `,
  styles: `
    :host { display: block; }
    .list { list-style: none; margin: 0 0 16px; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .comment { display: flex; gap: 12px; align-items: flex-start; }
    .bubble { flex: 1; min-width: 0; padding: 10px 14px; border-radius: 12px; background: var(--mat-sys-surface-container); }
    .who { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin: 0 0 4px; }
    .name { font: var(--mat-sys-title-small); }
    time { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .text { font: var(--mat-sys-body-medium); }
    .none { margin: 0 0 16px; color: var(--mat-sys-on-surface-variant); }
    .form { display: flex; flex-direction: column; align-items: flex-start; gap: 8px; }
    .field { width: 100%; }
    .error { margin: 0; color: var(--mat-sys-error); }
  `,
})
export class BlogComments {
  readonly comments = input.required<readonly BlogComment[]>();
  readonly canComment = input(true);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly post = output<string>();

  protected readonly maxLength = COMMENT_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({ body: [''] });
  private readonly formDirective = viewChild(FormGroupDirective);

  /** After the comment was saved: empty again, and not shown as an error. */
  reset(): void {
    this.formDirective()?.resetForm({ body: '' });
  }

  protected submit(): void {
    const body = this.form.controls.body.value.trim();
    if (!body || this.busy()) {
      this.form.controls.body.markAsTouched();
      this.form.controls.body.setErrors({ required: true });
      return;
    }
    this.post.emit(body);
  }
}
