import hljs from 'highlight.js/lib/common';
import MarkdownIt from 'markdown-it';
import { sanitize } from './sanitize';
import { parseWikiLink, wikiLinkEnd, wikiLinkHref, type WikiLink, type WikiLinkResolver } from './wiki-link';

// Type names differ between markdown-it's ESM and CJS typings; derive them from the instance.
type Token = ReturnType<MarkdownIt['parse']>[number];
type InlineRule = Parameters<MarkdownIt['inline']['ruler']['before']>[2];
type InlineState = Parameters<InlineRule>[0];
type CoreRule = Parameters<MarkdownIt['core']['ruler']['push']>[1];

interface RenderEnv {
  resolve?: WikiLinkResolver;
}

// Only called while rendering, after `md` below exists.
const escapeHtml = (text: string): string => md.utils.escapeHtml(text);

function highlight(code: string, language: string): string {
  const lang = language.trim().toLowerCase().replace(/[^\w+#-]/g, '');
  if (lang && hljs.getLanguage(lang)) {
    const { value } = hljs.highlight(code, { language: lang, ignoreIllegals: true });
    return `<pre><code class="hljs language-${lang}">${value}</code></pre>`;
  }
  return `<pre><code class="hljs">${escapeHtml(code)}</code></pre>`;
}

/**
 * `[[...]]` becomes a `wiki_link` token carrying the parsed link. Runs at every `[`; reads at
 * most the link's longest possible inside (see `wikiLinkEnd`). Exported for its tests.
 */
export const wikiLinkRule: InlineRule = (state: InlineState, silent: boolean) => {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x5b) return false;
  const end = wikiLinkEnd(state.src, start + 2, state.posMax);
  if (end < 0) return false;
  const link = parseWikiLink(state.src.slice(start + 2, end));
  if (!link) return false;
  if (!silent) {
    const token = state.push('wiki_link', '', 0);
    token.meta = link;
  }
  state.pos = end + 2;
  return true;
};

/** GitHub-style task lists: a list item starting with `[ ]` or `[x]` gets a disabled checkbox. */
const taskListRule: CoreRule = (state) => {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    if (inline.type !== 'inline' || tokens[i - 1].type !== 'paragraph_open' || tokens[i - 2].type !== 'list_item_open') continue;
    const match = /^\[([ xX])\][ \u00a0]/.exec(inline.content);
    const first = inline.children?.[0];
    if (!match || !first || first.type !== 'text' || !first.content.startsWith(match[0])) continue;
    first.content = first.content.slice(match[0].length);
    const checkbox = new state.Token('html_inline', '', 0);
    checkbox.content = `<input class="task-list-item-checkbox" type="checkbox" disabled${match[1] === ' ' ? '' : ' checked'}> `;
    inline.children?.unshift(checkbox);
    tokens[i - 2].attrJoin('class', 'task-list-item');
    for (let j = i - 3; j >= 0; j--) {
      const open = tokens[j];
      if ((open.type === 'bullet_list_open' || open.type === 'ordered_list_open') && open.level === tokens[i - 2].level - 1) {
        if (!open.attrGet('class')?.includes('contains-task-list')) open.attrJoin('class', 'contains-task-list');
        break;
      }
    }
  }
};

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, highlight });
  md.inline.ruler.before('link', 'wiki_link', wikiLinkRule);
  md.core.ruler.after('inline', 'task_lists', taskListRule);
  md.renderer.rules['wiki_link'] = (tokens: Token[], idx: number, _options: unknown, env: RenderEnv) => {
    const link = tokens[idx].meta as WikiLink;
    const label = escapeHtml(link.label);
    if (!env.resolve) return `<span class="wiki-link">${label}</span>`;
    const target = env.resolve(link);
    const missing = target.slug === null;
    const title = missing ? ` title="${escapeHtml(`Create the page “${link.title}”`)}"` : '';
    return `<a class="wiki-link${missing ? ' wiki-link-missing' : ''}" href="${escapeHtml(wikiLinkHref(target, link.title))}"${title}>${label}</a>`;
  };
  return md;
}

const md = createRenderer();

/** A body parsed once: its wiki links can be looked up before it is rendered. */
export interface ParsedMarkdown {
  /** Distinct wiki links outside code, in order of first appearance (by space and key). */
  readonly links: WikiLink[];
  /** Sanitised HTML; wiki links go through `resolve` (without one they render as plain text). */
  render(resolve?: WikiLinkResolver): string;
}

export function parseMarkdown(source: string): ParsedMarkdown {
  const env: RenderEnv = {};
  const tokens = md.parse(source, env);
  const links = new Map<string, WikiLink>();
  for (const block of tokens) {
    for (const token of block.children ?? []) {
      if (token.type !== 'wiki_link') continue;
      const link = token.meta as WikiLink;
      const id = `${link.space?.toLowerCase() ?? ''}:${link.key}`;
      if (!links.has(id)) links.set(id, link);
    }
  }
  return {
    links: [...links.values()],
    render: (resolve) => sanitize(md.renderer.render(tokens, md.options, { resolve } satisfies RenderEnv)),
  };
}

/** Markdown → sanitised HTML (headings, lists, tables, highlighted code, task lists, images, links, wiki links). */
export function renderMarkdown(source: string, resolve?: WikiLinkResolver): string {
  return parseMarkdown(source).render(resolve);
}

/** The distinct `[[links]]` of a body, ignoring any inside code. */
export function extractWikiLinks(source: string): WikiLink[] {
  return parseMarkdown(source).links;
}
