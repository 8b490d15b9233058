import { describe, expect, it } from 'vitest';
import { extractWikiLinks, parseMarkdown, renderMarkdown, wikiLinkRule } from './render-markdown';
import { MAX_WIKI_LINK_LENGTH, type WikiLinkResolver } from './wiki-link';

const pages: Record<string, string> = { 'architecture-overview': 'architecture-overview', runbooks: 'runbooks-2' };
const resolve: WikiLinkResolver = (link) => ({ spaceKey: link.space ?? 'ENG', slug: pages[link.key] ?? null });

describe('renderMarkdown', () => {
  it.each([
    ['headings', '# Title\n\n## Sub', '<h1>Title</h1>\n<h2>Sub</h2>'],
    ['emphasis', '*a* **b** ~~c~~', '<p><em>a</em> <strong>b</strong> <s>c</s></p>'],
    ['bullet list', '- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
    ['ordered list with start', '3. three\n4. four', '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'],
    ['blockquote', '> quoted', '<blockquote>\n<p>quoted</p>\n</blockquote>'],
    ['link', '[docs](https://example.com/a?b=1)', '<p><a href="https://example.com/a?b=1" rel="noopener noreferrer">docs</a></p>'],
    ['autolink', 'see https://example.com', '<p>see <a href="https://example.com" rel="noopener noreferrer">https://example.com</a></p>'],
    ['image by URL', '![logo](https://example.com/logo.png "Logo")', '<p><img src="https://example.com/logo.png" alt="logo" title="Logo" /></p>'],
    ['inline code', 'use `npm ci`', '<p>use <code>npm ci</code></p>'],
    ['harmless inline HTML', 'H<sub>2</sub>O, <kbd>Ctrl</kbd>', '<p>H<sub>2</sub>O, <kbd>Ctrl</kbd></p>'],
    ['mailto', '[mail](mailto:a@example.com)', '<p><a href="mailto:a@example.com" rel="noopener noreferrer">mail</a></p>'],
  ])('%s', (_name, source, html) => {
    expect(renderMarkdown(source).trim()).toBe(html);
  });

  it('renders tables with alignment', () => {
    const html = renderMarkdown('| Name | Amount |\n|:-----|-------:|\n| a | 1 |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th style="text-align:left">Name</th>');
    expect(html).toContain('<td style="text-align:right">1</td>');
  });

  it('highlights fenced code of a known language and escapes unknown ones', () => {
    const ts = renderMarkdown('```ts\nconst x: number = 1;\n```');
    expect(ts).toContain('<pre><code class="hljs language-ts">');
    expect(ts).toContain('<span class="hljs-keyword">const</span>');
    const unknown = renderMarkdown('```nonsense\n<b>bold</b>\n```');
    expect(unknown).toBe('<pre><code class="hljs">&lt;b&gt;bold&lt;/b&gt;\n</code></pre>\n');
  });

  it('renders task lists as disabled checkboxes', () => {
    const html = renderMarkdown('- [ ] open\n- [x] done\n- plain');
    expect(html).toBe(
      '<ul class="contains-task-list">\n' +
        '<li class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled /> open</li>\n' +
        '<li class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled checked /> done</li>\n' +
        '<li>plain</li>\n</ul>\n',
    );
  });

  it('links existing pages by slug and missing ones to "create this page"', () => {
    const html = renderMarkdown('See [[Architecture Overview]], [[Runbooks|the runbooks]] and [[Brand new page]].', resolve);
    expect(html).toContain('<a class="wiki-link" href="/s/ENG/architecture-overview" rel="noopener noreferrer">Architecture Overview</a>');
    expect(html).toContain('<a class="wiki-link" href="/s/ENG/runbooks-2" rel="noopener noreferrer">the runbooks</a>');
    expect(html).toContain(
      '<a class="wiki-link wiki-link-missing" href="/s/ENG/new?title=Brand%20new%20page" title="Create the page “Brand new page”" rel="noopener noreferrer">Brand new page</a>',
    );
  });

  it('links into another space by key', () => {
    expect(renderMarkdown('[[RISK:Runbooks]]', resolve)).toContain('href="/s/RISK/runbooks-2"');
  });

  it('renders wiki links as plain text without a resolver', () => {
    expect(renderMarkdown('[[Runbooks]]')).toBe('<p><span class="wiki-link">Runbooks</span></p>\n');
  });

  it('leaves wiki-link syntax in code alone', () => {
    expect(renderMarkdown('`[[Runbooks]]`', resolve)).toBe('<p><code>[[Runbooks]]</code></p>\n');
  });
});

describe('extractWikiLinks', () => {
  it.each([
    ['none', 'plain text', []],
    ['one', 'see [[Runbooks]]', [{ space: null, title: 'Runbooks', label: 'Runbooks', key: 'runbooks' }]],
    ['label', '[[Runbooks|read this]]', [{ space: null, title: 'Runbooks', label: 'read this', key: 'runbooks' }]],
    ['space prefix', '[[RISK:Quarterly report]]', [{ space: 'RISK', title: 'Quarterly report', label: 'Quarterly report', key: 'quarterly-report' }]],
    ['colon with space is part of the title', '[[ADR: Use Postgres]]', [{ space: null, title: 'ADR: Use Postgres', label: 'ADR: Use Postgres', key: 'adr-use-postgres' }]],
    ['umlauts and whitespace', '[[  Über   uns ]]', [{ space: null, title: 'Über uns', label: 'Über uns', key: 'ueber-uns' }]],
    ['duplicates by key', '[[Runbooks]] [[runbooks]] [[RUNBOOKS|x]]', [{ space: null, title: 'Runbooks', label: 'Runbooks', key: 'runbooks' }]],
    ['ignored in code', '```\n[[Runbooks]]\n```\n`[[Other]]`', []],
    ['empty', '[[ ]] [[]] [[!!!]]', []],
    ['unclosed', '[[Runbooks', []],
  ])('%s', (_name, source, links) => {
    expect(extractWikiLinks(source)).toEqual(links);
  });

  it('finds links in lists, tables and headings', () => {
    const source = '# [[A]]\n\n- [[B]]\n\n| x |\n|---|\n| [[C]] |';
    expect(parseMarkdown(source).links.map((l) => l.title)).toEqual(['A', 'B', 'C']);
  });
});

describe('the [[link]] rule on hostile text', () => {
  /** Runs the rule at `pos` on a source that counts the characters it is asked for. */
  function charactersRead(text: string, pos: number): { matched: boolean; read: number } {
    let read = 0;
    const src = {
      length: text.length,
      charCodeAt: (i: number) => (read++, text.charCodeAt(i)),
      indexOf: (search: string, from: number) => {
        const found = text.indexOf(search, from);
        read += (found < 0 ? text.length : found + search.length) - from;
        return found;
      },
      slice: (from: number, to: number) => ((read += to - from), text.slice(from, to)),
    };
    const matched = wikiLinkRule({ src, pos, posMax: text.length, push: () => ({}) } as never, true);
    return { matched, read };
  }

  it.each([
    ['a million [', '['.repeat(1_000_000), 0, false],
    ['[[ with no end', `[[${'a'.repeat(1_000_000)}`, 0, false],
    ['[[a repeated', '[[a'.repeat(333_333), 0, false],
    ['a closing ]] far away', `[[${'a'.repeat(5_000)}]]`, 0, false],
    ['a link followed by a long text', `[[Runbooks]]${'['.repeat(1_000_000)}`, 0, true],
    ['a link of the longest inside', `[[${'a'.repeat(MAX_WIKI_LINK_LENGTH)}]]${'x'.repeat(1000)}`, 0, true],
  ])('%s: reads at most the longest link, wherever it starts', (_name, text, pos, matched) => {
    const result = charactersRead(text, pos);
    expect(result.matched).toBe(matched);
    expect(result.read).toBeLessThanOrEqual(2 * (MAX_WIKI_LINK_LENGTH + 4));
  });

  it.each([
    ['1,000,000 [', '['.repeat(1_000_000)],
    ['500,000 [[', '[['.repeat(500_000)],
    ['333,333 [[a', '[[a'.repeat(333_333)],
    ['100,000 [[a|b]', '[[a|b]'.repeat(100_000)],
  ])('renders %s as the text it is, in time linear in its length', (name, source) => {
    const started = performance.now();
    const html = renderMarkdown(source, resolve);
    console.log(`renderMarkdown of ${name}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(html).toBe(`<p>${source}</p>\n`);
  }, 60_000);

  it('still links what is a link among the brackets', () => {
    const html = renderMarkdown(`${'['.repeat(1000)}[[Runbooks]]${']'.repeat(1000)} [[${'a'.repeat(MAX_WIKI_LINK_LENGTH)}]] [[${'b'.repeat(MAX_WIKI_LINK_LENGTH + 1)}]]`, resolve);
    expect(html.match(/<a class="wiki-link[^"]*"/g)).toHaveLength(2);
    expect(html).toContain('[[[<a class="wiki-link" href="/s/ENG/runbooks-2" rel="noopener noreferrer">Runbooks</a>]]]');
    expect(html).toContain(`[[${'b'.repeat(MAX_WIKI_LINK_LENGTH + 1)}]]`);
  });

  it.each([
    ['inside a link label', '[see [[Runbooks]]](https://example.com)', 1],
    ['a bracket inside', '[[Run[books]] [[Run]books]]', 0],
    ['a line break inside', '[[Run\nbooks]]', 0],
    ['a third bracket', '[[[Runbooks]]]', 1],
  ])('%s', (_name, source, links) => {
    expect(extractWikiLinks(source)).toHaveLength(links);
  });
});
