import { Logger, type OnModuleInit } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { PubSub } from './pub-sub';
import { isRealtimeMessage, type RealtimeMessage } from './realtime-message';

const QUIT_TIMEOUT_MS = 2_000;

/**
 * Across API replicas: one connection publishes, one subscribes (Redis
 * pub/sub), JSON messages on channels `<prefix><topic>`. A process
 * subscribes to a topic's channel while it has subscribers to it, and gets
 * its own messages back from Redis like everyone else's. When the subscriber
 * connection is lost, ioredis reconnects and subscribes its channels again;
 * what was published meanwhile never arrives, so once it is back every
 * subscription of this process ends with RESYNC.
 */
export class RedisPubSub extends PubSub implements OnModuleInit {
  private readonly logger = new Logger('RedisPubSub');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private lastError = '';
  private subscriberWasReady = false;
  /** The subscriber connection was ready once and has been lost since. */
  private subscriberLost = false;

  constructor(
    url: string,
    /** Keeps apart deployments (and test runs) that share one Redis. */
    readonly channelPrefix: string,
  ) {
    super();
    const options: RedisOptions = { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: 5_000 };
    // Named after the process, so CLIENT LIST tells replicas apart.
    this.publisher = new Redis(url, { ...options, connectionName: `pnyx-publish-${this.origin}` });
    this.subscriber = new Redis(url, { ...options, connectionName: `pnyx-subscribe-${this.origin}` });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.connectionError(error));
      client.on('ready', () => (this.lastError = ''));
    }
    this.subscriber.on('message', (channel: string, raw: string) => this.receive(channel, raw));
    this.subscriber.on('close', () => {
      if (this.subscriberWasReady) this.subscriberLost = true;
    });
    this.subscriber.on('ready', () => this.subscriberReady());
  }

  /** At start: a REDIS_URL that does not answer stops the process, as a bad DATABASE_URL does. */
  async onModuleInit(): Promise<void> {
    try {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    } catch (error) {
      this.publisher.disconnect();
      this.subscriber.disconnect();
      throw new Error(`Cannot reach Redis at REDIS_URL: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  protected async transmit(message: RealtimeMessage): Promise<void> {
    await this.publisher.publish(this.channelPrefix + message.topic, JSON.stringify(message));
  }

  protected async listen(topic: string): Promise<void> {
    await this.subscriber.subscribe(this.channelPrefix + topic);
  }

  protected async unlisten(topic: string): Promise<void> {
    await this.subscriber.unsubscribe(this.channelPrefix + topic);
  }

  protected async disconnect(): Promise<void> {
    await Promise.all([this.publisher, this.subscriber].map(quit));
  }

  private receive(channel: string, raw: string): void {
    if (!channel.startsWith(this.channelPrefix)) return;
    let message: unknown;
    try {
      message = JSON.parse(raw);
    } catch {
      message = null;
    }
    if (!isRealtimeMessage(message) || this.channelPrefix + message.topic !== channel) {
      this.logger.warn(`Ignored a malformed message on ${channel}`);
      return;
    }
    this.deliver(message);
  }

  /**
   * Ready: the first time, nothing to do. After a loss, ioredis sends its
   * SUBSCRIBEs right after this event; a PING queued behind them answers once
   * they are done, and then every subscription is told to resync (one that
   * resubscribes at once is live again).
   */
  private subscriberReady(): void {
    this.subscriberWasReady = true;
    if (!this.subscriberLost) return;
    this.subscriberLost = false;
    setImmediate(() => {
      void this.subscriber
        .ping()
        .catch(() => undefined)
        .then(() => this.resyncAll('reconnect'));
    });
  }

  /** ioredis reconnects by itself; say so once per distinct problem, not on every retry. */
  private connectionError(error: Error): void {
    if (error.message === this.lastError) return;
    this.lastError = error.message;
    this.logger.warn(`Redis connection problem (retrying): ${error.message}`);
  }
}

async function quit(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, QUIT_TIMEOUT_MS)));
    await Promise.race([client.quit().then(() => undefined, () => undefined), timeout]);
    clearTimeout(timer);
  }
  client.disconnect();
}
