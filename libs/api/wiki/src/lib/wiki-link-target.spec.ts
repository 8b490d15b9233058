import { describe, expect, it } from 'vitest';
import type { WikiLink } from '@pnyx/shared/markdown';
import type { LinkTarget } from './page-link.repository';
import { wikiLinkTarget } from './wiki-link-target';

const link = (space: string | null, title = 'Quarterly Report'): WikiLink => ({ space, title, label: title, key: 'quarterly-report' });
const target = (spaceId: string, visibility: 'PUBLIC' | 'PRIVATE', slug: string | null): LinkTarget => ({
  spaceKeyLower: spaceId.toLowerCase(),
  key: 'quarterly-report',
  spaceId,
  spaceKey: spaceId,
  visibility,
  pageId: slug ? 'p1' : null,
  slug,
});

describe('wikiLinkTarget', () => {
  it.each([
    ['same space, existing page', link(null), target('ENG', 'PUBLIC', 'q-report'), { spaceKey: 'ENG', slug: 'q-report' }],
    ['same space, missing page', link(null), target('ENG', 'PUBLIC', null), { spaceKey: 'ENG', slug: null }],
    ['same private space, missing page', link(null), target('ENG', 'PRIVATE', null), { spaceKey: 'ENG', slug: null }],
    ['other public space, existing', link('HR'), target('HR', 'PUBLIC', 'q-report'), { spaceKey: 'HR', slug: 'q-report' }],
    ['other public space, missing', link('HR'), target('HR', 'PUBLIC', null), { spaceKey: 'HR', slug: null }],
    ['other private space, existing: neutral', link('RISK'), target('RISK', 'PRIVATE', 'q-report-2'), { spaceKey: 'RISK', slug: 'quarterly-report' }],
    ['other private space, missing: neutral', link('RISK'), target('RISK', 'PRIVATE', null), { spaceKey: 'RISK', slug: 'quarterly-report' }],
    ['unknown space: neutral', link('NOPE'), undefined, { spaceKey: 'NOPE', slug: 'quarterly-report' }],
  ])('%s', (_name, wikiLink, found, expected) => {
    expect(wikiLinkTarget('ENG', 'ENG', wikiLink, found)).toEqual(expected);
  });
});
