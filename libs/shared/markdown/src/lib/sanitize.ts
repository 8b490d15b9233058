import sanitizeHtml, { type IOptions } from 'sanitize-html';

/** Images may be inlined as base64 in these raster formats only (no SVG: it can carry script). */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;
const ALIGN = [/^(?:left|right|center)$/];

const OPTIONS: IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'span',
    'em', 'strong', 'b', 'i', 'u', 'del', 's', 'ins', 'mark', 'sub', 'sup', 'kbd', 'abbr',
    'a', 'img', 'ul', 'ol', 'li', 'input', 'dl', 'dt', 'dd', 'details', 'summary',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    abbr: ['title'],
    details: ['open'],
    input: [{ name: 'type', multiple: false, values: ['checkbox'] }, 'checked', 'disabled'],
    th: ['style', 'colspan', 'rowspan'],
    td: ['style', 'colspan', 'rowspan'],
  },
  allowedClasses: {
    a: ['wiki-link', 'wiki-link-missing'],
    code: ['hljs', /^language-[\w+#-]+$/],
    span: ['wiki-link', /^hljs-[\w-]+$/, /^[a-z]+_{1,2}$/],
    ul: ['contains-task-list'],
    ol: ['contains-task-list'],
    li: ['task-list-item'],
    input: ['task-list-item-checkbox'],
  },
  allowedStyles: { th: { 'text-align': ALIGN }, td: { 'text-align': ALIGN } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
    img: (tagName, attribs) => {
      const src = attribs['src']?.trim() ?? '';
      if (/^data:/i.test(src) && !DATA_IMAGE.test(src)) {
        const { src: _dropped, ...rest } = attribs;
        return { tagName, attribs: rest };
      }
      return { tagName, attribs };
    },
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
  },
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !frame.attribs['src']) || (frame.tag === 'input' && frame.attribs['type'] !== 'checkbox'),
};

/**
 * The one allow-list every rendered body passes through: no script, style,
 * frames, objects, forms or event handlers; links and images only over
 * http(s) (and mailto links), `data:` only for raster images; every link gets
 * `rel="noopener noreferrer"`.
 */
export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
