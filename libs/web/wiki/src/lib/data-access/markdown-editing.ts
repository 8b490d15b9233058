/** A textarea's value and selection. */
export interface TextEdit {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

export type MarkdownAction = 'bold' | 'italic' | 'heading' | 'link' | 'wikiLink' | 'bulletList' | 'taskList' | 'code';

export const MARKDOWN_ACTIONS: readonly MarkdownAction[] = ['heading', 'bold', 'italic', 'link', 'wikiLink', 'bulletList', 'taskList', 'code'];

/** Text put in when nothing is selected, per action (already translated). */
export type MarkdownPlaceholders = Readonly<Record<'text' | 'pageTitle' | 'url', string>>;

function wrap(edit: TextEdit, before: string, after: string, placeholder: string): TextEdit {
  const { value, selectionStart: start, selectionEnd: end } = edit;
  const selected = value.slice(start, end);
  // Toggle off when the selection is already wrapped.
  if (selected && value.slice(start - before.length, start) === before && value.slice(end, end + after.length) === after) {
    return {
      value: value.slice(0, start - before.length) + selected + value.slice(end + after.length),
      selectionStart: start - before.length,
      selectionEnd: end - before.length,
    };
  }
  const inner = selected || placeholder;
  return {
    value: value.slice(0, start) + before + inner + after + value.slice(end),
    selectionStart: start + before.length,
    selectionEnd: start + before.length + inner.length,
  };
}

function prefixLines(edit: TextEdit, prefix: string): TextEdit {
  const { value, selectionStart: start, selectionEnd: end } = edit;
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = value.indexOf('\n', end > start && value[end - 1] === '\n' ? end - 1 : end);
  const lineEnd = nextBreak < 0 ? value.length : nextBreak;
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const allPrefixed = lines.every((line) => line.startsWith(prefix));
  const changed = lines.map((line) => (allPrefixed ? line.slice(prefix.length) : prefix + line)).join('\n');
  const delta = changed.length - (lineEnd - lineStart);
  const firstDelta = allPrefixed ? -prefix.length : prefix.length;
  return {
    value: value.slice(0, lineStart) + changed + value.slice(lineEnd),
    selectionStart: Math.max(lineStart, start + firstDelta),
    selectionEnd: Math.max(lineStart, end + delta),
  };
}

/** Applies a toolbar action (or its shortcut) to the text, keeping a sensible selection. */
export function applyMarkdown(action: MarkdownAction, edit: TextEdit, placeholders: MarkdownPlaceholders): TextEdit {
  switch (action) {
    case 'bold':
      return wrap(edit, '**', '**', placeholders.text);
    case 'italic':
      return wrap(edit, '_', '_', placeholders.text);
    case 'wikiLink':
      return wrap(edit, '[[', ']]', placeholders.pageTitle);
    case 'code': {
      const selected = edit.value.slice(edit.selectionStart, edit.selectionEnd);
      return selected.includes('\n') ? wrap(edit, '```\n', '\n```', '') : wrap(edit, '`', '`', placeholders.text);
    }
    case 'link': {
      const { value, selectionStart: start, selectionEnd: end } = edit;
      const label = value.slice(start, end) || placeholders.text;
      const inserted = `[${label}](${placeholders.url})`;
      const urlStart = start + label.length + 3;
      return {
        value: value.slice(0, start) + inserted + value.slice(end),
        selectionStart: urlStart,
        selectionEnd: urlStart + placeholders.url.length,
      };
    }
    case 'heading':
      return prefixLines(edit, '## ');
    case 'bulletList':
      return prefixLines(edit, '- ');
    case 'taskList':
      return prefixLines(edit, '- [ ] ');
  }
}

/** The action a keyboard shortcut stands for (Ctrl or ⌘ with B, I, K). */
export function shortcutAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): MarkdownAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 'b':
      return event.shiftKey ? null : 'bold';
    case 'i':
      return event.shiftKey ? null : 'italic';
    case 'k':
      return event.shiftKey ? 'wikiLink' : 'link';
    default:
      return null;
  }
}
