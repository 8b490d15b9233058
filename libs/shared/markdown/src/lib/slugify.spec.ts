import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from './slugify';

describe('slugify', () => {
  it.each([
    ['Architecture Overview', 'architecture-overview'],
    ['Über die Maßnahmen', 'ueber-die-massnahmen'],
    ['Ärger, Öl & Übermut', 'aerger-oel-and-uebermut'],
    ['GROSSE STRASSE ẞ', 'grosse-strasse-ss'],
    ['Café crème brûlée', 'cafe-creme-brulee'],
    ['Smørrebrød på Ærø', 'smorrebrod-paa-aero'],
    ['ADR-001: Use PostgreSQL', 'adr-001-use-postgresql'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['Tabs\tand\nnewlines', 'tabs-and-newlines'],
    ['C++ / C# für Anfänger', 'c-c-fuer-anfaenger'],
    ['Q3 2026 — Risikobericht', 'q3-2026-risikobericht'],
    ['日本語', ''],
    ['!!!', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it('cuts one endless word hard', () => {
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });
});
