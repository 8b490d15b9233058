import { describe, expect, it } from 'vitest';
import { exportFileName, normaliseLabel, normaliseTitle } from './wiki-rules';

describe('normaliseLabel (mirrors the API)', () => {
  it.each([
    ['Onboarding Guide', 'onboarding-guide'],
    ['  howto ', 'howto'],
    ['v1.2_final', 'v1.2_final'],
    ['Über', 'über'],
    ['-leading', null],
    ['', null],
    ['a'.repeat(41), null],
    ['semi;colon', null],
  ])('%j → %j', (label, expected) => {
    expect(normaliseLabel(label)).toBe(expected);
  });
});

describe('normaliseTitle', () => {
  it('collapses whitespace', () => {
    expect(normaliseTitle('  Team \n charter ')).toBe('Team charter');
  });
});

describe('exportFileName', () => {
  it.each([
    ['team-charter', 'team-charter.md'],
    ['../evil', 'evil.md'],
    ['', 'page.md'],
  ])('%j → %j', (slug, expected) => {
    expect(exportFileName(slug)).toBe(expected);
  });
});
