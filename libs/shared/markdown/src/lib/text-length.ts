const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * User-perceived characters (grapheme clusters, `Intl.Segmenter`): 👨‍👩‍👧‍👦 and
 * a flag count once. Counts at most up to `stopAfter`, so a huge input costs
 * little. The one count the API and the web use for posts and titles.
 */
export function countGraphemes(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let count = 0;
  const segments = segmenter.segment(text)[Symbol.iterator]();
  while (count < stopAfter && !segments.next().done) count++;
  return count;
}
