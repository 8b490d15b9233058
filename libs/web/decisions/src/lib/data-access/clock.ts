import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/**
 * The time, once a minute: "closes in 3 hours" and the closing-soon marks follow it
 * without a reload. Provide it on a screen (`providers: [Clock]`): it stops with it.
 */
@Injectable()
export class Clock {
  private readonly current = signal(new Date());
  readonly now = this.current.asReadonly();

  constructor() {
    const timer = setInterval(() => this.current.set(new Date()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
