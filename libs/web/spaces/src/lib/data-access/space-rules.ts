import { SPACE_KEY_MAX_LENGTH } from '@pnyx/shared/contracts';

/** The field rules are shared with the API; the server stays the authority. */
export { SPACE_DESCRIPTION_MAX_LENGTH, SPACE_KEY_MAX_LENGTH, SPACE_KEY_PATTERN, SPACE_NAME_MAX_LENGTH } from '@pnyx/shared/contracts';

/** A key proposal from a name: "Risk & Compliance 2027" → "risk-compliance-2027". */
export function suggestSpaceKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SPACE_KEY_MAX_LENGTH)
    .replace(/-+$/, '');
}
