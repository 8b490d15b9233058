/**
 * The rules of a space's fields, applied by the API (the authority, which
 * answers BAD_USER_INPUT naming the field) and by the web app for immediate
 * feedback. One copy, here.
 */
export const SPACE_KEY_PATTERN = /^[A-Za-z0-9-]{2,32}$/;
export const SPACE_KEY_MAX_LENGTH = 32;
export const SPACE_NAME_MAX_LENGTH = 100;
export const SPACE_DESCRIPTION_MAX_LENGTH = 2000;
