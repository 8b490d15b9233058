// The page rules both sides apply (limits, label and title normalising) live in
// @pnyx/shared/markdown (page-rules.ts); what is here only the browser needs.

/** `<slug>.md`, a safe file name for the exported Markdown. */
export function exportFileName(slug: string): string {
  const safe = slug.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'page'}.md`;
}
