import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, type BuiltSpace } from '../support/factories';
import { buildPage, savePage } from '../support/page-factories';
import { startTestApi, type TestApi } from '../support/test-api';

// Known XSS payloads (OWASP filter evasion cheat sheet, PortSwigger, mXSS reports).
const PAYLOADS: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['nested script split', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['body onload', '<body onload=alert(1)>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['a onclick', '<a href="https://ok.example" onclick="alert(1)">x</a>'],
  ['javascript href', '<a href="javascript:alert(1)">x</a>'],
  ['javascript href with tab', '<a href="jav\tascript:alert(1)">x</a>'],
  ['javascript href entity-encoded', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
  ['vbscript href', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data html href', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data svg img', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['style tag', '<style>body{display:none}</style>'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="javascript:alert(1)">'],
  ['form', '<form action="javascript:alert(1)"><button>go</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['math xlink', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['markdown javascript link', '[x](javascript:alert(1))'],
  ['markdown javascript image', '![x](javascript:alert(1))'],
  ['markdown data link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['fenced code language breakout', '```"><script>alert(1)</script>\ncode\n```'],
  ['wiki link breakout', '[[x" onmouseover="alert(1)]]'],
  ['wiki link label breakout', '[[Page|"><img src=x onerror=alert(1)>]]'],
];

const FORBIDDEN_TAGS = /<\s*(script|iframe|style|object|embed|form|meta|base|link|svg|math|noscript|body)\b/i;

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/gi, '&');
}

/** What a browser could execute in `html`; empty when safe. */
function dangers(html: string): string[] {
  const found: string[] = [];
  if (FORBIDDEN_TAGS.test(html)) found.push(`tag ${FORBIDDEN_TAGS.exec(html)?.[1]}`);
  for (const tag of html.matchAll(/<([a-z][\w-]*)([^>]*)>/gi)) {
    for (const attr of tag[2].matchAll(/([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = attr[1].toLowerCase();
      const value = decode((attr[2] ?? '').replace(/^["']|["']$/g, '')).replace(/\s/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${tag[1]}[${name}]`);
      if (name === 'style' && !/^text-align:(left|right|center);?$/.test(value)) found.push(`${tag[1]}[style]`);
      if (/^(javascript|vbscript):/.test(value)) found.push(`${tag[1]}[${name}=${value}]`);
      if (value.startsWith('data:') && !(tag[1] === 'img' && /^data:image\/(png|jpe?g|gif|webp|avif);/.test(value))) found.push(`${tag[1]}[${name}=data]`);
    }
  }
  return found;
}

describe('server-side rendering never lets script through', () => {
  let api: TestApi;
  let space: BuiltSpace;

  beforeAll(async () => {
    api = await startTestApi();
    space = await buildSpace(api, { members: ['bob'] });
  });
  afterAll(() => api?.close());

  it('has at least 20 payloads, which the checker recognises as dangerous', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
    expect(PAYLOADS.filter(([, p]) => p.startsWith('<') && dangers(p).length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(PAYLOADS)('%s: nothing executable in the page html, its revision html, the preview or a comment', async (_name, payload) => {
    const page = await buildPage(api, { space, body: `Intro\n\n${payload}\n\nOutro` });
    expect(dangers(page.html), page.html).toEqual([]);
    expect(page.html).toContain('Intro');
    const saved = await savePage(api, 'bob', page.id, 1, { body: `${payload} again` });
    expect(dangers(saved.data?.updatePage.html ?? ''), saved.data?.updatePage.html).toEqual([]);

    const token = await api.token('bob');
    const more = await api.gql<{ page: { revision: { html: string } }; pagePreview: string }>(
      token,
      'query($id: ID!, $space: ID!, $body: String!) { page(id: $id) { revision(version: 1) { html } } pagePreview(spaceId: $space, body: $body) }',
      { id: page.id, space: space.id, body: payload },
    );
    expect(dangers(more.data?.page.revision.html ?? 'missing')).toEqual([]);
    expect(dangers(more.data?.pagePreview ?? 'missing')).toEqual([]);
    const comment = await api.gql<{ addComment: { html: string } }>(token, 'mutation($input: AddCommentInput!) { addComment(input: $input) { html } }', {
      input: { subjectId: page.id, body: payload },
    });
    expect(dangers(comment.data?.addComment.html ?? 'missing')).toEqual([]);
  });
});
