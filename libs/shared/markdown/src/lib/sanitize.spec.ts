import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';
import { sanitize } from './sanitize';
import type { WikiLinkResolver } from './wiki-link';

const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'style', 'object', 'embed', 'form', 'button', 'textarea', 'select', 'meta', 'base', 'link', 'svg', 'math', 'noscript', 'template', 'video', 'audio', 'source', 'body', 'html']);
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,/;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"');
}

/** Everything in `html` a browser could execute; empty when it is safe. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const name = tag[1].toLowerCase();
    if (FORBIDDEN_TAGS.has(name)) found.push(`<${name}>`);
    for (const attr of tag[2].matchAll(/([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const attrName = attr[1].toLowerCase();
      const value = decodeEntities((attr[2] ?? '').replace(/^["']|["']$/g, '')).replace(/\s/g, '').replace(/\p{Cc}/gu, '').toLowerCase();
      if (attrName.startsWith('on')) found.push(`${name}[${attrName}]`);
      if (attrName === 'style' && !/^text-align:(left|right|center);?$/.test(value)) found.push(`${name}[style=${value}]`);
      if (['srcdoc', 'formaction', 'xlink:href', 'action', 'background', 'dynsrc', 'lowsrc'].includes(attrName)) found.push(`${name}[${attrName}]`);
      if (/^(javascript|vbscript|livescript|file):/.test(value)) found.push(`${name}[${attrName}=${value}]`);
      if (value.startsWith('data:') && !(name === 'img' && attrName === 'src' && SAFE_DATA_IMAGE.test(value))) found.push(`${name}[${attrName}=data:…]`);
    }
  }
  if (/<a\s(?![^>]*rel="noopener noreferrer")[^>]*>/.test(html)) found.push('<a> without rel');
  return found;
}

const resolve: WikiLinkResolver = (link) => ({ spaceKey: link.space ?? 'ENG', slug: null });

// Known payloads (OWASP XSS filter evasion cheat sheet, PortSwigger, mXSS reports), as HTML and as Markdown.
const PAYLOADS: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['nested script split', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror eval', '<img src=x:alert(alt) onerror=eval(src) alt=0>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['body onload', '<body onload=alert(1)>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['input onfocus', '<input autofocus onfocus=alert(1)>'],
  ['a onclick', '<a href="https://ok.example" onclick="alert(1)">x</a>'],
  ['a onmouseover unquoted', '<a href=https://ok.example onmouseover=alert(1)>x</a>'],
  ['javascript href', '<a href="javascript:alert(1)">x</a>'],
  ['javascript href mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['javascript href with tab', '<a href="jav\tascript:alert(1)">x</a>'],
  ['javascript href entity-encoded', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
  ['javascript href hex entity colon', '<a href="javascript&#x3A;alert(1)">x</a>'],
  ['javascript href leading space', '<a href="  javascript:alert(1)">x</a>'],
  ['vbscript href', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data html href', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data svg img', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['data html img', '<img src="data:text/html,<script>alert(1)</script>">'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['style tag', '<style>body{display:none}</style>'],
  ['style attribute url', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="javascript:alert(1)">'],
  ['form action', '<form action="javascript:alert(1)"><button>go</button></form>'],
  ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['link stylesheet', '<link rel="stylesheet" href="javascript:alert(1)">'],
  ['math xlink', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['textarea breakout', '<textarea><script>alert(1)</script></textarea>'],
  ['video source onerror', '<video><source onerror="alert(1)"></video>'],
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['markdown javascript link', '[x](javascript:alert(1))'],
  ['markdown javascript link mixed case', '[x](JaVaScRiPt:alert(1))'],
  ['markdown javascript link entity', '[x](javascript&#58;alert(1))'],
  ['markdown javascript image', '![x](javascript:alert(1))'],
  ['markdown data html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['markdown vbscript reference link', '[x][r]\n\n[r]: vbscript:msgbox(1)'],
  ['markdown autolink javascript', '<javascript:alert(1)>'],
  ['markdown link title breakout', '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")'],
  ['fenced code language breakout', '```"><script>alert(1)</script>\ncode\n```'],
  ['wiki link with script', '[[<script>alert(1)</script>]]'],
  ['wiki link attribute breakout', '[[x" onmouseover="alert(1)]]'],
  ['wiki link label breakout', '[[Page|"><img src=x onerror=alert(1)>]]'],
  ['wiki link javascript space', '[[javascript:alert(1)]]'],
  ['html in table cell', '| a |\n|---|\n| <img src=x onerror=alert(1)> |'],
  ['html in task list', '- [ ] <a href="javascript:alert(1)">x</a>'],
];

describe('sanitising rendered bodies', () => {
  it('has at least 20 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PAYLOADS)('%s: nothing executable survives rendering', (_name, payload) => {
    const html = renderMarkdown(payload, resolve);
    expect(dangers(html), html).toEqual([]);
  });

  it.each(PAYLOADS)('%s: nothing executable survives the sanitiser alone', (_name, payload) => {
    const html = sanitize(payload);
    expect(dangers(html), html).toEqual([]);
  });

  it('the checker itself recognises the raw payloads as dangerous', () => {
    const flagged = PAYLOADS.filter(([, payload]) => payload.startsWith('<') && dangers(payload).length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['raster data image', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" />'],
    ['https image', '<img src="https://example.com/a.png">', '<img src="https://example.com/a.png" />'],
    ['relative link', '<a href="/s/ENG/runbooks">r</a>', '<a href="/s/ENG/runbooks" rel="noopener noreferrer">r</a>'],
    ['rel is forced', '<a href="https://example.com" rel="opener" target="_blank">x</a>', '<a href="https://example.com" rel="noopener noreferrer">x</a>'],
    ['ids and names dropped (no DOM clobbering)', '<p id="x" name="y">t</p>', '<p>t</p>'],
    ['unknown classes dropped', '<span class="hljs-string evil">s</span>', '<span class="hljs-string">s</span>'],
    ['text inputs dropped', '<input type="text" value="x"><input type="checkbox" checked>', '<input type="checkbox" checked disabled />'],
  ])('keeps %s', (_name, input, output) => {
    expect(sanitize(input)).toBe(output);
  });
});
