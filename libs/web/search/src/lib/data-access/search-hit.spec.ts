import { describe, expect, it } from 'vitest';
import { type SearchHit, type Suggestion, groupSuggestions, hitLink, postTitle, toHitView } from './search-hit';

const space = { __typename: 'Space' as const, id: 's1', key: 'eng', name: 'Engineering' };

describe('search hits', () => {
  it('link each kind of thing where the web app shows it', () => {
    expect(hitLink({ __typename: 'Page', id: 'p1', title: 'T', slug: 'quartalsbericht-q3', updatedAt: '2026-01-01T00:00:00Z', pageSpace: space })).toEqual([
      '/s',
      'eng',
      'quartalsbericht-q3',
    ]);
    expect(hitLink({ __typename: 'BlogPost', id: 'b1', title: 'T', createdAt: '', publishedAt: null, blogSpace: null })).toEqual(['/blog', 'b1']);
    expect(hitLink({ __typename: 'Post', id: 'o1', body: 'x', createdAt: '', postSpace: null })).toEqual(['/posts', 'o1']);
    expect(hitLink({ __typename: 'Proposal', id: 'd1', title: 'T', createdAt: '', proposalSpace: space })).toEqual(['/decisions', 'd1']);
  });

  it('become card views with type, icon, space and date', () => {
    const hit: SearchHit = {
      score: 0.5,
      snippet: 'der <mark>Bericht</mark>',
      node: { __typename: 'BlogPost', id: 'b1', title: 'Rückblick', createdAt: '2026-01-01T00:00:00Z', publishedAt: '2026-01-02T00:00:00Z', blogSpace: space },
    };
    expect(toHitView(hit)).toEqual({
      id: 'b1',
      type: 'BLOG_POST',
      icon: 'blog',
      typeLabel: 'search.type.BLOG_POST',
      title: 'Rückblick',
      link: ['/blog', 'b1'],
      snippet: 'der <mark>Bericht</mark>',
      space: { key: 'eng', name: 'Engineering' },
      date: '2026-01-02T00:00:00Z',
    });
  });

  it('title a post with the first words of its body, without Markdown', () => {
    expect(postTitle('**Hallo** @alice, schau mal #Übergabe')).toBe('Hallo @alice, schau mal #Übergabe');
    expect(postTitle('## Plan\n> - erstens *bald*')).toBe('Plan erstens bald');
    expect(postTitle('See [the vote](/decisions/1) and ![chart](x.png) now')).toBe('See the vote and chart now');
    expect(postTitle('one two three four five six seven eight nine ten eleven')).toBe('one two three four five six seven eight nine ten…');
    expect(postTitle('x'.repeat(200))).toBe(`${'x'.repeat(80)}…`);
  });
});

describe('suggestions', () => {
  it('are grouped by kind in a fixed order, each kind in the API’s order', () => {
    const s = (kind: Suggestion['kind'], id: string): Suggestion => ({ kind, id, title: id, subtitle: null, path: `/${id}` });
    const groups = groupSuggestions([s('PERSON', 'alice'), s('PAGE', 'p2'), s('SPACE', 'eng'), s('PAGE', 'p1')]);
    expect(groups.map((g) => [g.kind, g.icon, g.label, g.items.map((i) => i.id)])).toEqual([
      ['PAGE', 'page', 'search.kind.PAGE', ['p2', 'p1']],
      ['PERSON', 'person', 'search.kind.PERSON', ['alice']],
      ['SPACE', 'spaces', 'search.kind.SPACE', ['eng']],
    ]);
  });
});
