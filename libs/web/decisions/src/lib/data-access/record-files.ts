/** What the decision record offers for download, each built client-side as a Blob. */
export type RecordFileKind = 'markdown' | 'json' | 'csv' | 'blt';

export interface RecordFile {
  readonly kind: RecordFileKind;
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: string;
}

export interface RecordSource {
  readonly markdown: string;
  readonly json: string;
  readonly ballotsCsv: string;
  readonly ballotsBlt?: string | null;
}

/** A title as a safe, readable file name stem: "Budget 2026: Q1 (draft)" → "budget-2026-q1-draft". */
export function fileStem(title: string, fallback = 'decision'): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return stem || fallback;
}

/** The record's files: Markdown, JSON and the ballots as CSV; BLT too for a ranked-choice vote. */
export function recordFiles(title: string, record: RecordSource): RecordFile[] {
  const stem = fileStem(title);
  const files: RecordFile[] = [
    { kind: 'markdown', fileName: `${stem}-record.md`, mimeType: 'text/markdown;charset=utf-8', content: record.markdown },
    { kind: 'json', fileName: `${stem}-record.json`, mimeType: 'application/json;charset=utf-8', content: record.json },
    { kind: 'csv', fileName: `${stem}-ballots.csv`, mimeType: 'text/csv;charset=utf-8', content: record.ballotsCsv },
  ];
  if (record.ballotsBlt) files.push({ kind: 'blt', fileName: `${stem}-ballots.blt`, mimeType: 'text/plain;charset=utf-8', content: record.ballotsBlt });
  return files;
}

/** The space's decision log as a file: "<key>-decision-log.md". */
export function decisionLogFile(spaceKey: string, markdown: string): RecordFile {
  return { kind: 'markdown', fileName: `${fileStem(spaceKey, 'space')}-decision-log.md`, mimeType: 'text/markdown;charset=utf-8', content: markdown };
}

/** The file as a Blob, ready for `URL.createObjectURL`. */
export function toBlob(file: RecordFile): Blob {
  return new Blob([file.content], { type: file.mimeType });
}
