import { ChangeDetectionStrategy, Component, input, model, signal } from '@angular/core';
import { COMMA, ENTER, SPACE } from '@angular/cdk/keycodes';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@pnyx/web/core';
import { BLOG_MAX_TAGS, addTags } from '../data-access/blog-form';

/** A blog post's tags as chips: type and press Enter, comma or space; normalised as the API stores them. */
@Component({
  selector: 'pnyx-blog-tag-input',
  imports: [MatChipsModule, MatFormFieldModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field" subscriptSizing="dynamic">
      <mat-label>{{ 'blog.editor.tags' | t }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="'blog.editor.tags' | t">
        @for (tag of tags(); track tag) {
          <mat-chip-row [attr.data-tag]="tag" (removed)="remove(tag)">
            #{{ tag }}
            <button matChipRemove type="button" [attr.aria-label]="'blog.editor.removeTag' | t: { tag }">
              <mat-icon svgIcon="close" aria-hidden="true" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Outside the grid: a grid may only contain rows (axe: aria-required-children). -->
      <input
        class="tag-input"
        data-testid="editor-tags"
        [attr.aria-label]="'blog.editor.addTag' | t"
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
      />
      <mat-hint>{{ 'blog.editor.tagsHint' | t: { max: max } }}</mat-hint>
      @if (rejected(); as pieces) {
        <mat-hint class="rejected" align="end">{{ 'blog.editor.notATag' | t: { tag: pieces } }}</mat-hint>
      }
    </mat-form-field>
    @if (error(); as message) {
      <p class="error" role="alert" data-testid="tags-error">{{ message }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .field { width: 100%; }
    .tag-input { width: 100%; margin-top: 4px; }
    .rejected { color: var(--mat-sys-error); }
    .error { margin: 4px 0 0 16px; font: var(--mat-sys-body-small); color: var(--mat-sys-error); }
  `,
})
export class BlogTagInput {
  readonly tags = model<readonly string[]>([]);
  readonly error = input<string | null>(null);

  protected readonly separators = [ENTER, COMMA, SPACE] as const;
  protected readonly max = BLOG_MAX_TAGS;
  protected readonly rejected = signal('');

  protected add(event: MatChipInputEvent): void {
    const result = addTags(this.tags(), event.value);
    this.tags.set(result.tags);
    this.rejected.set(result.rejected.join(', '));
    event.chipInput.clear();
  }

  protected remove(tag: string): void {
    this.tags.update((tags) => tags.filter((t) => t !== tag));
  }
}
