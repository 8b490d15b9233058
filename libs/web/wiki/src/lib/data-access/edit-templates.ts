import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { EditSession } from './edit-session';
import { bodyUntouched } from './edit-state';
import { type PageTemplate, WikiApi } from './wiki.api';

/** The space's templates a new page can start from, and the one chosen. */
@Injectable()
export class EditTemplates {
  private readonly api = inject(WikiApi);
  private readonly session = inject(EditSession);
  private readonly destroyRef = inject(DestroyRef);

  private readonly templates = signal<readonly PageTemplate[]>([]);
  readonly list = this.templates.asReadonly();
  private readonly chosenId = signal<string | null>(null);
  readonly chosen = this.chosenId.asReadonly();

  /** Loads the space's templates; `preselect` (a template id) fills a still empty page. */
  load(spaceKey: string, preselect: string | null): void {
    this.api
      .templates(spaceKey)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (templates) => {
          this.templates.set(templates);
          if (preselect && templates.some((t) => t.id === preselect) && !this.session.form.controls.body.value.trim()) this.choose(preselect);
        },
        error: () => undefined,
      });
  }

  /** True when another choice would replace text the user wrote (ask first). */
  replacesText(): boolean {
    const chosen = this.templates().find((t) => t.id === this.chosenId());
    return !bodyUntouched(this.session.form.controls.body.value, chosen?.body);
  }

  /** Starts from the template (null: a blank page): its text replaces the body, its labels join the page's. */
  choose(id: string | null): void {
    const template = this.templates().find((t) => t.id === id) ?? null;
    this.chosenId.set(template?.id ?? null);
    this.session.setBody(template?.body ?? '');
    if (template) this.session.addLabels(template.labels);
  }
}
