/** Up to two initials of a display name ("Alice Adams" → "AA", "alice" → "A"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : '';
  return (Array.from(first)[0] + (last ? Array.from(last)[0] : '')).toLocaleUpperCase();
}

/** A stable palette slot (0–5) for a name, so a person keeps their colour everywhere. */
export function hueSlotOf(name: string, slots = 6): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % slots;
}
