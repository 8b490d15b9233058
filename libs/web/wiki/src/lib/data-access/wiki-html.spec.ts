import { describe, expect, it } from 'vitest';
import { inAppPath, prepareWikiHtml } from './wiki-html';

const texts = { createTitle: (title: string) => `Seite „${title}“ anlegen`, createHint: '(Seite anlegen)' };

describe('prepareWikiHtml', () => {
  it('turns task-list checkboxes into marks', () => {
    const html =
      '<li class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled /> todo</li>' +
      '<li class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled checked /> done</li>';
    expect(prepareWikiHtml(html, texts)).toBe(
      '<li class="task-list-item"><span class="task-box">☐</span>  todo</li>' +
        '<li class="task-list-item"><span class="task-box task-box-done">☑</span>  done</li>',
    );
  });

  it('translates the tooltip of a link to a missing page and adds a hint', () => {
    const html =
      '<p>See <a class="wiki-link wiki-link-missing" href="/s/K/new?title=Team%20%22Charter%22" title="Create the page “Team Charter”" rel="noopener noreferrer">Team &quot;Charter&quot;</a>.</p>';
    expect(prepareWikiHtml(html, texts)).toBe(
      '<p>See <a class="wiki-link wiki-link-missing" href="/s/K/new?title=Team%20%22Charter%22" title="Seite „Team &quot;Charter&quot;“ anlegen" rel="noopener noreferrer">Team &quot;Charter&quot;<span class="visually-hidden"> (Seite anlegen)</span></a>.</p>',
    );
  });

  it('leaves other html alone', () => {
    const html = '<p><a class="wiki-link" href="/s/K/team">Team</a> <input type="text"></p>';
    expect(prepareWikiHtml(html, texts)).toBe(html);
  });
});

describe('inAppPath', () => {
  const origin = 'https://pnyx.example';
  it.each([
    ['/s/K/page', '/s/K/page'],
    ['/s/K/new?title=X', '/s/K/new?title=X'],
    ['https://pnyx.example/s/K/page#top', '/s/K/page#top'],
    ['https://elsewhere.example/x', null],
    ['//elsewhere.example/x', null],
    ['mailto:a@b.c', null],
    ['#section', null],
    [null, null],
  ])('%j → %j', (href, expected) => {
    expect(inAppPath(href, origin)).toBe(expected);
  });
});
