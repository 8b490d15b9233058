import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { LOADING, TranslatePipe } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { SpacesApi } from '../data-access/spaces.api';
import { SpaceCard } from '../ui/space-card';

/** `/spaces`: every space the user can see. */
@Component({
  selector: 'pnyx-spaces-list-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, EmptyState, Loading, PageHeader, SpaceCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'spaces.list.title' | t" [subheading]="'spaces.list.subtitle' | t">
      <a mat-flat-button routerLink="/spaces/new" class="create">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'spaces.list.create' | t }}
      </a>
    </pnyx-page-header>

    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <pnyx-loading [label]="'spaces.list.loading' | t" />
      }
      @case ('error') {
        <pnyx-empty-state icon="error" [heading]="'spaces.list.error' | t" />
      }
      @case ('ready') {
        @if (spaces().length === 0) {
          <pnyx-empty-state icon="spaces" [heading]="'spaces.list.empty.title' | t" [message]="'spaces.list.empty.message' | t">
            <a mat-stroked-button routerLink="/spaces/new">
              <mat-icon svgIcon="add" aria-hidden="true" />
              {{ 'spaces.list.create' | t }}
            </a>
          </pnyx-empty-state>
        } @else {
          <ul class="grid" [attr.aria-label]="'spaces.list.label' | t">
            @for (space of spaces(); track space.id) {
              <li><pnyx-space-card [space]="space" /></li>
            }
          </ul>
        }
      }
    }
  `,
  styles: `
    .grid {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 16px;
    }
    .grid > li { display: flex; }
    .grid pnyx-space-card { flex: 1; }
  `,
})
export class SpacesListPage {
  protected readonly state = toSignal(inject(SpacesApi).spaces(), { initialValue: LOADING });
  protected readonly spaces = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return [];
    return [...state.data.spaces].sort((a, b) => a.name.localeCompare(b.name));
  });
}
