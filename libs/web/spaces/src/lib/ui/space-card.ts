import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import type { SpaceSummaryFragment } from '@pnyx/shared/graphql-types';
import { TranslatePipe } from '@pnyx/web/core';
import { Badge, VisibilityBadge } from '@pnyx/web/ui';

/** One space in the list; its name links to the space. */
@Component({
  selector: 'pnyx-space-card',
  imports: [RouterLink, MatIconModule, TranslatePipe, Badge, VisibilityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = space();
    <h2 class="name"><a class="link" [routerLink]="['/s', s.key]">{{ s.name }}</a></h2>
    <div class="facts">
      <pnyx-visibility-badge [visibility]="s.visibility" [label]="'spaces.visibility.' + s.visibility | t" />
      <span class="key">{{ 'spaces.key' | t: { key: s.key } }}</span>
    </div>
    <p class="description" [class.none]="!s.description">{{ s.description || ('spaces.noDescription' | t) }}</p>
    <div class="meta">
      <span class="count">
        <mat-icon svgIcon="group" aria-hidden="true" />
        {{ 'spaces.memberCount' | t: { count: s.memberCount } }}
      </span>
      @if (s.myRole; as role) {
        <pnyx-badge [label]="'spaces.yourRole' | t: { role: ('spaces.role.' + role | t) }" tone="neutral" />
      }
    </div>
  `,
  styles: `
    :host {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 20px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      transition: border-color 120ms, box-shadow 120ms;
    }
    :host:hover { border-color: var(--mat-sys-outline); box-shadow: var(--mat-sys-level1); }
    :host:focus-within { border-color: var(--mat-sys-primary); }
    .facts { display: flex; align-items: center; flex-wrap: wrap; gap: 4px 12px; }
    .name { margin: 0; font: var(--mat-sys-title-large); overflow-wrap: anywhere; }
    .link { color: var(--mat-sys-on-surface); text-decoration: none; }
    /* The whole card is clickable; the accessible link stays the name. */
    .link::after { content: ''; position: absolute; inset: 0; border-radius: inherit; }
    .link:hover { text-decoration: underline; }
    .link:focus-visible { outline: none; }
    :host:has(.link:focus-visible) { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
    .key { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; }
    .description {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
      overflow-wrap: anywhere;
    }
    .description.none { font-style: italic; }
    .meta { margin-top: auto; padding-top: 8px; display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    .count { display: inline-flex; align-items: center; gap: 6px; font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .count mat-icon { width: 18px; height: 18px; }
  `,
})
export class SpaceCard {
  readonly space = input.required<SpaceSummaryFragment>();
}
