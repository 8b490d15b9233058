/** Keys whose values never reach a log line, wherever they sit in a logged object. */
const SECRET_KEYS = /^(authorization|proxy-authorization|cookie|set-cookie|password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|id_token|bearer|api_key|apikey|variables)$/i;

/**
 * Credentials inside text: a bearer token, a JWT, a form or query parameter
 * holding a secret, a URL's password. Every line passes through these, user
 * text included, so each pattern may only start where its token starts (the
 * lookbehinds): a `\b` start inside a long run such as `eyJ-eyJ-…` or
 * `a-a-a-…` rescanned the run from every position (quadratic: 40 kB took
 * 0.7–1.4 s).
 */
const SECRET_TEXT: readonly [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
  [/\b(password|client_secret|refresh_token|access_token|id_token)=[^&\s"']*/gi, '$1=[redacted]'],
  // postgres://user:secret@host, redis://:secret@host
  [/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/[^:/\s@]*):[^@\s/]+@/gi, '$1:[redacted]@'],
];

export const REDACTED = '[redacted]';

/** `text` with any credential it holds replaced. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_TEXT) out = out.replace(pattern, replacement);
  return out;
}

/**
 * A copy of a log entry safe to write: values under secret-looking keys
 * (Authorization, Cookie, password, tokens, GraphQL variables) are replaced,
 * and tokens or passwords inside strings are masked. The last line of defence:
 * code should not log such things in the first place. Depth is bounded.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null || depth > 5) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  // Dates, buffers and class instances keep their own JSON form.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEYS.test(key) ? REDACTED : redact(item, depth + 1);
  return out;
}
