import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { KoaContext } from '../oidc/oidc-provider';

/** Same limit as oidc-provider's own body parser. */
const BODY_LIMIT = 56 * 1024;

export class RequestBodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Reads an `application/x-www-form-urlencoded` body, lets `edit` change it, and
 * leaves the (edited) body readable for oidc-provider's parser further down.
 * Also works when an upstream parser already consumed the body into `req.body`.
 */
export async function rewriteForm(
  ctx: KoaContext,
  edit: (form: URLSearchParams) => Promise<void> | void,
): Promise<void> {
  if (!ctx.is('application/x-www-form-urlencoded')) return;
  const { req } = ctx;
  if (req.readable) {
    const form = new URLSearchParams((await readBody(req)).toString('utf8'));
    await edit(form);
    replayBody(req, Buffer.from(form.toString(), 'utf8'));
    return;
  }
  const parsed = parsedBody(req.body);
  if (!parsed) return;
  await edit(parsed);
  req.body = Object.fromEntries([...new Set(parsed.keys())].map((key) => {
    const values = parsed.getAll(key);
    return [key, values.length === 1 ? values[0] : values];
  }));
}

/** Reads a form body our own routes consume (nothing reads it afterwards). */
export async function readForm(ctx: KoaContext): Promise<URLSearchParams> {
  if (!ctx.is('application/x-www-form-urlencoded')) return new URLSearchParams();
  const { req } = ctx;
  if (req.readable) return new URLSearchParams((await readBody(req)).toString('utf8'));
  return parsedBody(req.body) ?? new URLSearchParams();
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<unknown>) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), 'utf8');
    size += buffer.length;
    if (size > BODY_LIMIT) throw new RequestBodyError('request entity too large', 413);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Makes `body` readable again on the already consumed request, for
 * oidc-provider's body parser (it checks `req.readable`, reads
 * `req.iterator()` and compares with Content-Length).
 */
function replayBody(req: IncomingMessage, body: Buffer): void {
  const replay = Readable.from([body]);
  req.headers['content-length'] = String(body.length);
  delete req.headers['transfer-encoding'];
  Object.defineProperty(req, 'readable', { configurable: true, get: () => replay.readable });
  Object.defineProperty(req, 'iterator', { configurable: true, value: () => replay[Symbol.asyncIterator]() });
}

function parsedBody(body: unknown): URLSearchParams | undefined {
  if (typeof body === 'string') return new URLSearchParams(body);
  if (typeof body !== 'object' || body === null) return undefined;
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') form.append(key, item);
    }
  }
  return form;
}
