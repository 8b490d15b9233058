import { describe, expect, it } from 'vitest';
import { type MarkdownAction, type TextEdit, applyMarkdown, shortcutAction } from './markdown-editing';

const placeholders = { text: 'text', pageTitle: 'Page title', url: 'https://' };

/** `|` marks the selection: "a|b|c" selects "b"; a single "|" is the caret. */
function at(marked: string): TextEdit {
  const start = marked.indexOf('|');
  const end = marked.indexOf('|', start + 1);
  if (end < 0) return { value: marked.replace('|', ''), selectionStart: start, selectionEnd: start };
  return { value: marked.replace(/\|/g, ''), selectionStart: start, selectionEnd: end - 1 };
}

function show(edit: TextEdit): string {
  const { value, selectionStart: s, selectionEnd: e } = edit;
  return s === e ? `${value.slice(0, s)}|${value.slice(s)}` : `${value.slice(0, s)}|${value.slice(s, e)}|${value.slice(e)}`;
}

describe('applyMarkdown', () => {
  it.each<[MarkdownAction, string, string]>([
    ['bold', 'say |hello| now', 'say **|hello|** now'],
    ['bold', 'say **|hello|** now', 'say |hello| now'],
    ['bold', 'x|', 'x**|text|**'],
    ['italic', '|word|', '_|word|_'],
    ['wikiLink', 'see |', 'see [[|Page title|]]'],
    ['wikiLink', 'see |Team Charter|', 'see [[|Team Charter|]]'],
    ['code', '|x = 1|', '`|x = 1|`'],
    ['code', '|a\nb|', '```\n|a\nb|\n```'],
    ['link', '|docs|', '[docs](|https://|)'],
    ['heading', 'Intro|', '## Intro|'],
    ['heading', '## Intro|', 'Intro|'],
    ['bulletList', '|one\ntwo|', '- |one\n- two|'],
    ['bulletList', 'a\n|one\ntwo|\nb', 'a\n- |one\n- two|\nb'],
    ['taskList', 'buy milk|', '- [ ] buy milk|'],
    ['bulletList', '- |one\n- two|', '|one\ntwo|'],
  ])('%s: %j → %j', (action, before, after) => {
    expect(show(applyMarkdown(action, at(before), placeholders))).toBe(after);
  });
});

describe('shortcutAction', () => {
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, ...extra });
  it.each([
    [key('b'), 'bold'],
    [key('I'), 'italic'],
    [key('k'), 'link'],
    [key('K', { shiftKey: true }), 'wikiLink'],
    [key('b', { ctrlKey: false, metaKey: true }), 'bold'],
    [key('b', { ctrlKey: false }), null],
    [key('b', { altKey: true }), null],
    [key('s'), null],
  ])('%j → %s', (event, expected) => {
    expect(shortcutAction(event)).toBe(expected);
  });
});
