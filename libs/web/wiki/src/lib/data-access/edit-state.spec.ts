import { describe, expect, it } from 'vitest';
import type { PageDraft } from './drafts';
import { type EditContent, bodyUntouched, draftIsOutdated, hasChanges, laterVersion, restoredDraft, sameLabels, unseenVersion } from './edit-state';

const base = { title: 'Runbook', body: 'Step one\n', labels: ['ops', 'how-to'] };
const content = (overrides: Partial<EditContent> = {}): EditContent => ({ ...base, summary: '', ...overrides });
const draft = (baseVersion: number | null): PageDraft => ({ ...content(), baseVersion, savedAt: '2026-01-01T10:00:00.000Z' });
const saved = (version: number) => ({ version, authorName: 'Bob Berger', savedAt: '2026-01-01T14:02:00.000Z' });

describe('sameLabels', () => {
  it.each([
    [['a', 'b'], ['b', 'a'], true],
    [[], [], true],
    [['a'], ['a', 'b'], false],
    [['a', 'a'], ['a', 'b'], false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameLabels(a, b)).toBe(expected);
  });
});

describe('hasChanges (dirty detection)', () => {
  it.each([
    ['nothing changed', content(), false],
    ['labels in another order', content({ labels: ['how-to', 'ops'] }), false],
    ['only line endings and the final newline', content({ body: 'Step one' }), false],
    ['CRLF line endings', content({ body: 'Step one\r\n' }), false],
    ['a blank summary', content({ summary: '   ' }), false],
    ['another title', content({ title: 'Runbook 2' }), true],
    ['another text', content({ body: 'Step two\n' }), true],
    ['a label more', content({ labels: ['ops', 'how-to', 'new'] }), true],
    ['a label less', content({ labels: ['ops'] }), true],
    ['an edit summary', content({ summary: 'Typos' }), true],
  ])('%s → %s', (_name, now, expected) => {
    expect(hasChanges(now, base)).toBe(expected);
  });
});

describe('drafts', () => {
  it.each([
    [1, 2, true],
    [2, 2, false],
    [3, 2, false],
    [null, 2, false],
    [1, null, false],
  ])('a draft on %j with the page at %j is outdated: %s', (draftBase, current, expected) => {
    expect(draftIsOutdated(draftBase, current)).toBe(expected);
  });

  it('restores an outdated draft on its own base, so that saving shows the conflict', () => {
    expect(restoredDraft(draft(1), 3)).toEqual({ baseVersion: 1, notice: { key: 'wiki.editor.draftOutdated', params: { version: 1, current: 3 } } });
  });

  it.each([
    [3, 3],
    [null, null],
  ])('restores a draft on %j with the page at %j on the current version', (draftBase, current) => {
    expect(restoredDraft(draft(draftBase), current)).toEqual({ baseVersion: current, notice: { key: 'wiki.editor.draftRestored' } });
  });
});

describe('newer versions saved elsewhere', () => {
  it.each([
    [null, saved(4), 4],
    [saved(4), saved(5), 5],
    [saved(5), saved(4), 5],
    [saved(5), saved(5), 5],
  ])('known %j, reported %j → version %j', (known, reported, expected) => {
    expect(laterVersion(known, reported).version).toBe(expected);
  });

  it.each([
    [saved(4), 3, 4],
    [saved(3), 3, null],
    [saved(2), 3, null],
    [saved(4), null, null],
    [null, 3, null],
  ])('latest %j with the edit on %j → %j', (latest, baseVersion, expected) => {
    expect(unseenVersion(latest, baseVersion)?.version ?? null).toBe(expected);
  });
});

describe('bodyUntouched (may a template replace the text?)', () => {
  it.each([
    ['', undefined, true],
    ['  \n', undefined, true],
    ['## Attendees\n', '## Attendees', true],
    ['## Attendees\nAlice', '## Attendees', false],
    ['My notes', undefined, false],
  ])('%j with the chosen template %j → %s', (body, template, expected) => {
    expect(bodyUntouched(body, template)).toBe(expected);
  });
});
