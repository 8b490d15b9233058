export interface WikiHtmlTexts {
  /** Tooltip of a link to a page that does not exist yet, e.g. `Create the page “{title}”`. */
  createTitle(title: string): string;
  /** Said after such a link to screen readers, e.g. "(create this page)". */
  readonly createHint: string;
}

const TASK_BOX = /<input\b[^>]*\bclass="task-list-item-checkbox"[^>]*>/g;
const MISSING_LINK = /<a class="wiki-link wiki-link-missing" href="([^"]*)"(?: title="[^"]*")?([^>]*)>([\s\S]*?)<\/a>/g;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function titleFromHref(href: string): string | null {
  const query = href.replace(/&amp;/g, '&').split('?')[1] ?? '';
  try {
    return new URLSearchParams(query).get('title');
  } catch {
    return null;
  }
}

/**
 * Adapts the server's (sanitised) html for display: task-list checkboxes, which Angular's
 * sanitizer would drop, become ☐/☑ marks; links to missing pages get a tooltip and a
 * screen-reader hint in the reader's language. Only exact server patterns are touched.
 */
export function prepareWikiHtml(html: string, texts: WikiHtmlTexts): string {
  return html
    .replace(TASK_BOX, (input) =>
      /\schecked\b/.test(input) ? '<span class="task-box task-box-done">☑</span> ' : '<span class="task-box">☐</span> ',
    )
    .replace(MISSING_LINK, (_all, href: string, rest: string, label: string) => {
      const title = titleFromHref(href) ?? label;
      return `<a class="wiki-link wiki-link-missing" href="${href}" title="${escapeText(texts.createTitle(title))}"${rest}>${label}<span class="visually-hidden"> ${escapeText(texts.createHint)}</span></a>`;
    });
}

/** The in-app path of a link in rendered html, or null when the browser should follow it itself. */
export function inAppPath(href: string | null, origin: string): string | null {
  if (!href || href.startsWith('#')) return null;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  try {
    const url = new URL(href, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
