import { createHash } from 'node:crypto';
import type { KoaContext } from '../oidc/oidc-provider';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and (quoted) attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

export interface HtmlPage {
  title: string;
  /** Trusted HTML: every interpolated value must already be escaped. */
  body: string;
  /** Inline scripts (trusted), allowed by hash in the Content-Security-Policy. */
  scripts?: readonly string[];
  /** CSP frame-ancestors; default 'none' (only the third-party cookie check is meant to be framed). */
  frameAncestors?: string;
}

const STYLE = `
:root{color-scheme:light dark;--bg:#f3f4f7;--card:#fff;--text:#1d2433;--muted:#5a6275;--line:#d5d9e2;--accent:#2f4fd8;--accent-text:#fff;--error-bg:#fdecec;--error:#9b1c1c}
@media (prefers-color-scheme:dark){:root{--bg:#14171f;--card:#1e2230;--text:#e8eaf0;--muted:#a7aec0;--line:#3a4157;--accent:#8aa2ff;--accent-text:#10131a;--error-bg:#3b1d1d;--error:#ffb4b4}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:2rem 1rem;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{width:100%;max-width:26rem;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:2rem;box-shadow:0 8px 24px rgba(0,0,0,.08)}
.brand{margin:0 0 .25rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--accent);font-size:.85rem}
h1{margin:0 0 1.5rem;font-size:1.5rem;line-height:1.25}
h2{margin:0 0 .5rem;font-size:1rem}
label{display:block;margin:0 0 .25rem;font-weight:600}
input{display:block;width:100%;margin:0 0 1rem;padding:.6rem .75rem;font:inherit;color:inherit;background:transparent;border:1px solid var(--line);border-radius:8px}
input[aria-invalid=true]{border-color:var(--error)}
button{display:block;width:100%;padding:.7rem 1rem;font:inherit;font-weight:600;color:var(--accent-text);background:var(--accent);border:0;border-radius:8px;cursor:pointer}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
a{color:var(--accent)}
.alert{margin:0 0 1rem;padding:.75rem 1rem;border-radius:8px;background:var(--error-bg);color:var(--error);font-weight:600}
.hint{margin-top:1.75rem;padding-top:1.25rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
.hint p{margin:0 0 .75rem}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;padding:.3rem .5rem .3rem 0;border-bottom:1px solid var(--line)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--text)}
.muted{color:var(--muted)}
dl{margin:0 0 1rem}dt{font-size:.85rem;font-weight:600;color:var(--muted)}dd{margin:0 0 .75rem;overflow-wrap:anywhere}
`;

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The one inline <style> of every page, allowed by its hash. */
const STYLE_SOURCE = sha256Source(STYLE);

export function renderPage({ title, body, scripts = [] }: HtmlPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand" aria-hidden="true">Pnyx</p>
${body}
</main>
${scripts.map((script) => `<script>${script}</script>`).join('\n')}
</body>
</html>`;
}

/**
 * The CSP of our pages, stricter than the app's: nothing loads from anywhere, the inline
 * style and scripts run by hash only, forms post to this origin only (the login form, the
 * logout confirmation; the embedded provider redirects only to its own origin), no framing.
 */
export function pageContentSecurityPolicy(page: Pick<HtmlPage, 'scripts' | 'frameAncestors'>): string {
  const scripts = page.scripts ?? [];
  const scriptSrc = scripts.length ? scripts.map(sha256Source).join(' ') : `'none'`;
  return [
    `default-src 'none'`,
    `style-src ${STYLE_SOURCE}`,
    `img-src data:`,
    `script-src ${scriptSrc}`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors ${page.frameAncestors ?? `'none'`}`,
  ].join('; ');
}

/** Responds with a page of ours, with its own strict CSP (replacing the app's). */
export function sendHtml(ctx: KoaContext, status: number, page: HtmlPage): void {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Security-Policy', pageContentSecurityPolicy(page));
  // A page that may be framed must not be denied by the older header either.
  if (page.frameAncestors && page.frameAncestors !== `'none'`) ctx.res.removeHeader('X-Frame-Options');
  ctx.body = renderPage(page);
}
