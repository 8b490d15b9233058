/** Longest error text shown for a failed job. */
export const MAX_JOB_ERROR_LENGTH = 500;

/**
 * What an operator sees of a job's error: its first non-empty line, at most
 * 500 characters, never a stack trace. Null when there is nothing to show.
 */
export function jobErrorSummary(error: string | null | undefined): string | null {
  const line = error
    ?.split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!line) return null;
  return line.length > MAX_JOB_ERROR_LENGTH ? `${line.slice(0, MAX_JOB_ERROR_LENGTH - 1)}…` : line;
}
