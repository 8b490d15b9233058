/**
 * The rules the API applies to a new space, mirrored for immediate feedback.
 * The server stays the authority; its BAD_USER_INPUT names the field it rejects.
 */
export const SPACE_KEY_PATTERN = /^[A-Za-z0-9-]{2,32}$/;
export const SPACE_KEY_MAX_LENGTH = 32;
export const SPACE_NAME_MAX_LENGTH = 100;
export const SPACE_DESCRIPTION_MAX_LENGTH = 2000;

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
