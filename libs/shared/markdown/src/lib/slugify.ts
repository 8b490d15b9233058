/** Letters that Unicode decomposition would turn into something a German reader would not write. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  å: 'aa',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  '&': ' and ',
};

export const MAX_SLUG_LENGTH = 80;

/**
 * A URL-safe, lower-case slug: "Über die Maßnahmen" → "ueber-die-massnahmen".
 * German umlauts become ae/oe/ue, other accents are dropped, everything that is
 * not a letter or digit becomes one dash. Cut at a word boundary after
 * MAX_SLUG_LENGTH characters. Returns '' when nothing usable is left.
 */
export function slugify(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const char of lower) out += TRANSLITERATIONS[char] ?? char;
  const ascii = out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
