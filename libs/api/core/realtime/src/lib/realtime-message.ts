/**
 * One message as every subscriber receives it, in-process or through Redis.
 * `origin` and `seq` let a subscriber notice lost messages: from one origin,
 * the messages of a topic are numbered 1, 2, 3… without holes.
 */
export interface RealtimeMessage<T = unknown> {
  topic: string;
  /** The publishing process (a random id per start). */
  origin: string;
  /** Counts up per topic within `origin`, from 1. */
  seq: number;
  /** When it was published (epoch ms, the publisher's clock). */
  publishedAt: number;
  /** JSON: what went in comes out after JSON.stringify/parse, in every mode. */
  data: T;
}

/** The shape check a message from outside the process (Redis) must pass. */
export function isRealtimeMessage(value: unknown): value is RealtimeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m['topic'] === 'string' &&
    typeof m['origin'] === 'string' &&
    Number.isSafeInteger(m['seq']) &&
    typeof m['publishedAt'] === 'number' &&
    'data' in m
  );
}
