/**
 * Opaque global IDs: `base64url("<Type>:<uuid>")`. Unique across all types, so
 * `node(id)` can tell which type to load.
 */
export interface DecodedId {
  type: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeId(type: string, id: string): string {
  return toBase64Url(`${type}:${id}`);
}

/** Returns null for anything that is not a well-formed ID (never throws). */
export function decodeId(globalId: string): DecodedId | null {
  const text = fromBase64Url(globalId);
  if (!text) return null;
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const type = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!/^[A-Z][A-Za-z]+$/.test(type) || !UUID.test(id)) return null;
  return { type, id: id.toLowerCase() };
}
