import { describe, expect, it } from 'vitest';
import { exportFileName } from './wiki-rules';

describe('exportFileName', () => {
  it.each([
    ['team-charter', 'team-charter.md'],
    ['../evil', 'evil.md'],
    ['', 'page.md'],
  ])('%j → %j', (slug, expected) => {
    expect(exportFileName(slug)).toBe(expected);
  });
});
