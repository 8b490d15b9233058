import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { LOADING, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { Loading } from '@pnyx/web/ui';
import { PageTreeStore } from '../data-access/page-tree.store';
import { WikiApi } from '../data-access/wiki.api';
import { wikiDictionaries } from '../wiki.i18n';
import { PageTree, TreeItem } from '../ui/page-tree';
import { MovePageLauncher } from './move-page.dialog';

/**
 * The "Pages" section of a space's page (contributed through `provideSpaceSection`):
 * the page tree, a button for a new page, and the labels used in the space.
 */
@Component({
  selector: 'pnyx-space-pages-section',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, Loading, PageTree],
  providers: [PageTreeStore, MovePageLauncher],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="pages-heading">
      <div class="head">
        <h2 id="pages-heading" class="title">
          <mat-icon svgIcon="wiki" aria-hidden="true" />
          {{ 'wiki.section.title' | t }}
        </h2>
        @if (space()?.myRole) {
          <a mat-flat-button [routerLink]="['/s', spaceKey(), 'new']" class="create">
            <mat-icon svgIcon="add" aria-hidden="true" />
            {{ 'wiki.section.newPage' | t }}
          </a>
        }
      </div>
      @let current = state();
      @switch (current.status) {
        @case ('loading') {
          <pnyx-loading [label]="'wiki.section.loading' | t" />
        }
        @case ('error') {
          <p class="empty">{{ 'wiki.section.error' | t }}</p>
        }
        @case ('ready') {
          @if (space(); as s) {
            @if (s.rootPages.length) {
              <pnyx-page-tree
                [roots]="s.rootPages"
                [children]="tree.children()"
                [expanded]="tree.expanded()"
                [spaceKey]="s.key"
                [canEdit]="!!s.myRole"
                [label]="'wiki.section.treeLabel' | t: { space: s.name }"
                (toggle)="tree.toggle($event)"
                (move)="move($event)"
              />
            } @else {
              <p class="empty">{{ (s.myRole ? 'wiki.section.empty.member' : 'wiki.section.empty.reader') | t }}</p>
            }
            @if (templates().length || s.myRole) {
              <h3 class="sub-title">{{ 'wiki.templates.title' | t }}</h3>
              @if (templates().length) {
                <ul class="templates">
                  @for (template of templates(); track template.id) {
                    <li>
                      <mat-icon svgIcon="page-add" aria-hidden="true" />
                      <a [routerLink]="['/s', s.key, template.slug]">{{ template.title }}</a>
                    </li>
                  }
                </ul>
              } @else {
                <p class="hint">{{ 'wiki.templates.none' | t }}</p>
              }
              @if (s.myRole) {
                <a mat-button [routerLink]="['/s', s.key, 'new']" [queryParams]="{ kind: 'template' }" class="new-template">
                  <mat-icon svgIcon="add" aria-hidden="true" />
                  {{ 'wiki.templates.new' | t }}
                </a>
              }
            }
            @if (s.pageLabels.length) {
              <h3 class="sub-title">{{ 'wiki.labels.title' | t }}</h3>
              <ul class="labels">
                @for (label of s.pageLabels; track label.label) {
                  <li>
                    <a [routerLink]="['/wiki', s.key, 'labels', label.label]">{{ label.label }}</a>
                    <span class="count">{{ label.count }}</span>
                  </li>
                }
              </ul>
            }
          }
        }
      }
    </section>
  `,
  styles: `
    :host { display: block; }
    .panel { padding: 20px; border-radius: var(--mat-sys-corner-large); background: var(--mat-sys-surface-container-lowest); border: 1px solid var(--mat-sys-outline-variant); }
    .head { display: flex; align-items: center; justify-content: space-between; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .title { display: flex; align-items: center; gap: 8px; margin: 0; font: var(--mat-sys-title-medium); }
    .title mat-icon { color: var(--mat-sys-primary); }
    .empty { margin: 8px 0; font: var(--mat-sys-body-large); color: var(--mat-sys-on-surface-variant); }
    .sub-title { margin: 20px 0 8px; padding-top: 16px; border-top: 1px solid var(--mat-sys-outline-variant); font: var(--mat-sys-title-small); }
    .templates { list-style: none; margin: 0 0 4px; padding: 0; display: flex; flex-direction: column; gap: 6px; }
    .templates li { display: flex; align-items: center; gap: 8px; }
    .templates mat-icon { width: 18px; height: 18px; color: var(--mat-sys-on-surface-variant); }
    .hint { margin: 0 0 4px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .new-template { margin-left: -12px; }
    .labels { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; margin: 0; padding: 0; }
    .labels li { display: inline-flex; align-items: center; gap: 6px; padding: 2px 4px 2px 10px; border-radius: 999px; background: var(--mat-sys-secondary-container); }
    .labels a { color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-large); text-decoration: none; }
    .labels a:hover { text-decoration: underline; }
    .count { min-width: 20px; padding: 0 6px; border-radius: 999px; background: var(--mat-sys-surface); font: var(--mat-sys-label-small); text-align: center; }
  `,
})
export class SpacePagesSection {
  readonly spaceKey = input.required<string>();

  private readonly api = inject(WikiApi);
  protected readonly tree = inject(PageTreeStore);
  private readonly mover = inject(MovePageLauncher);

  protected readonly state = toSignal(toObservable(this.spaceKey).pipe(switchMap((key) => this.api.spacePages(key))), {
    initialValue: LOADING,
  });
  protected readonly space = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.space : null;
  });
  protected readonly templates = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.templates : [];
  });

  constructor() {
    // Outside the wiki's routes (on the space's page) nobody else registers the wiki's texts.
    inject(TranslationService).register(wikiDictionaries);
  }

  protected move(item: TreeItem): void {
    this.mover.open({ pageId: item.id, title: item.title, spaceKey: this.spaceKey() }).subscribe((moved) => {
      if (moved) this.tree.reload();
    });
  }
}
