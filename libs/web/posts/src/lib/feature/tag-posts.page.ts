import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import { PageHeader } from '@pnyx/web/ui';
import { PostListStore } from '../data-access/post-list.store';
import { normaliseTag } from '../data-access/post-text';
import { PostsApi } from '../data-access/posts.api';
import { PostStream } from './post-stream';

/** `/posts/tags/:tag`: the posts with a hashtag that the caller may read, newest first. */
@Component({
  selector: 'pnyx-tag-posts-page',
  imports: [TranslatePipe, PageHeader, PostStream],
  providers: [PostListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'posts.tag.title' | t: { tag: tag() }" [subheading]="'posts.tag.subtitle' | t: { tag: tag() }" />
    <pnyx-post-stream [store]="list" emptyText="posts.tag.none" testId="tag-posts" />
  `,
  styles: `:host { display: block; max-width: 760px; }`,
})
export class TagPostsPage {
  readonly tag = input.required<string>();

  private readonly api = inject(PostsApi);
  protected readonly list = inject(PostListStore);

  constructor() {
    const title = inject(Title);
    const i18n = inject(TranslationService);
    effect(() => {
      const tag = normaliseTag(this.tag());
      untracked(() => this.list.load((after) => this.api.postsByHashtag(tag, after)));
    });
    effect(() => title.setTitle(`${i18n.translate('posts.tag.title', { tag: normaliseTag(this.tag()) })} · ${i18n.translate('app.name')}`));
  }
}
