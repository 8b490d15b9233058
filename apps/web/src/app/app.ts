import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { MatSidenavModule } from '@angular/material/sidenav';
import { filter, map, skip } from 'rxjs';
import { TranslatePipe } from '@pnyx/web/core';
import { SideNav } from './shell/side-nav';
import { TopBar } from './shell/top-bar';

/** Below this width the side navigation becomes a menu behind the top bar's button. */
const COMPACT_QUERY = '(max-width: 839.98px)';

@Component({
  selector: 'pnyx-root',
  imports: [RouterOutlet, MatSidenavModule, TranslatePipe, SideNav, TopBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.compact]': 'compact()' },
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly compact = toSignal(
    inject(BreakpointObserver).observe(COMPACT_QUERY).pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navigationOpen = signal(false);

  constructor() {
    // After each in-app navigation, put keyboard and screen-reader focus at the new content.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        this.navigationOpen.set(false);
        this.main().nativeElement.focus({ preventScroll: true });
      });
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
