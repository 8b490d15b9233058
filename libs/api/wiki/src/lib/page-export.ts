export interface ExportablePage {
  title: string;
  slug: string;
  body: string;
  version: number;
  updatedAt: Date;
}

/**
 * A page as a standalone Markdown file: YAML front matter (title, space,
 * slug, version, labels, updated), a level-1 title, then the body.
 */
export function exportMarkdown(page: ExportablePage, spaceKey: string, labels: readonly string[]): string {
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(page.title)}`,
    `space: ${JSON.stringify(spaceKey)}`,
    `slug: ${JSON.stringify(page.slug)}`,
    `version: ${page.version}`,
    `labels: ${JSON.stringify(labels)}`,
    `updated: ${page.updatedAt.toISOString()}`,
    '---',
  ].join('\n');
  const body = page.body.replace(/\s+$/, '');
  return `${frontMatter}\n\n# ${page.title}\n\n${body}${body ? '\n' : ''}`;
}
