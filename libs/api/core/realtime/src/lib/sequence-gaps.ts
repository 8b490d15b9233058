import type { RealtimeMessage } from './realtime-message';

/**
 * Notices lost messages from the numbering: per topic and origin, the last
 * `seq` this process received. The first message of an origin (a new
 * process, or a restarted one: a new origin) starts its count; a later one
 * that skips numbers shows that messages in between were lost.
 */
export class SequenceGaps {
  private readonly last = new Map<string, Map<string, number>>();

  /** Records `message`; true when messages of its topic and origin were lost before it. */
  missed(message: Pick<RealtimeMessage, 'topic' | 'origin' | 'seq'>): boolean {
    let origins = this.last.get(message.topic);
    if (!origins) {
      origins = new Map();
      this.last.set(message.topic, origins);
    }
    const previous = origins.get(message.origin);
    if (previous === undefined || message.seq > previous) origins.set(message.origin, message.seq);
    return previous !== undefined && message.seq > previous + 1;
  }

  /** The topic is no longer received: what arrives once it is again starts fresh. */
  forget(topic: string): void {
    this.last.delete(topic);
  }

  /** Every count starts fresh (after a reconnect, when every subscription was ended). */
  clear(): void {
    this.last.clear();
  }
}
