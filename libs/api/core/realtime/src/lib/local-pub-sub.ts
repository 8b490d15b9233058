import { PubSub } from './pub-sub';
import type { RealtimeMessage } from './realtime-message';

/**
 * One process only (no REDIS_URL): publishing delivers to this process's
 * subscribers. Messages go through JSON as they would through Redis, so code
 * that works here works across replicas.
 */
export class LocalPubSub extends PubSub {
  protected async transmit(message: RealtimeMessage): Promise<void> {
    this.deliver(JSON.parse(JSON.stringify(message)) as RealtimeMessage);
  }

  protected async listen(): Promise<void> {
    // Nothing to set up: every message is local.
  }

  protected async unlisten(): Promise<void> {
    // Nothing to tear down.
  }

  protected async disconnect(): Promise<void> {
    // No connections.
  }
}
