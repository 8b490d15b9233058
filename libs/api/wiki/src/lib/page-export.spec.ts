import { describe, expect, it } from 'vitest';
import { exportMarkdown } from './page-export';

const page = { title: 'Über "uns"', slug: 'ueber-uns', body: 'Hallo **Welt**\n\n', version: 3, updatedAt: new Date('2026-11-27T10:00:00.000Z') };

describe('exportMarkdown', () => {
  it.each([
    [
      'with labels',
      page,
      ['hr', 'onboarding'],
      '---\ntitle: "Über \\"uns\\""\nspace: "HR"\nslug: "ueber-uns"\nversion: 3\nlabels: ["hr","onboarding"]\nupdated: 2026-11-27T10:00:00.000Z\n---\n\n# Über "uns"\n\nHallo **Welt**\n',
    ],
    [
      'empty body, no labels',
      { ...page, body: '' },
      [],
      '---\ntitle: "Über \\"uns\\""\nspace: "HR"\nslug: "ueber-uns"\nversion: 3\nlabels: []\nupdated: 2026-11-27T10:00:00.000Z\n---\n\n# Über "uns"\n\n',
    ],
  ])('%s', (_name, input, labels, expected) => {
    expect(exportMarkdown(input, 'HR', labels)).toBe(expected);
  });
});
