import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { laterLsn } from './lsn';

/** How long a user's last commit position is remembered; a replica further behind than this is a problem of its own. */
export const WRITE_POSITION_TTL_SECONDS = 300;
const MAX_REMEMBERED_USERS = 100_000;

/** Keeps the later position: API processes record concurrently, and an older commit must not overwrite a newer one. */
const RECORD_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if (not current) or tonumber(current) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
else
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
return 1`;

/**
 * Each user's last commit position (pg_current_wal_lsn() after commit), so
 * their reads go to the primary until a replica has replayed past it
 * (read-your-writes). In memory, and — with REDIS_URL — in Redis too, so a
 * user whose mutation ran on another API process still sees it here.
 * Redis keys are named after the database, like the realtime channels.
 */
export class UserWritePositions {
  private readonly logger = new Logger('ReadReplicas');
  private readonly local = new Map<string, { lsn: bigint; until: number }>();
  private readonly redis: Redis | null;
  private warned = false;

  constructor(
    redisUrl: string | null,
    private readonly keyPrefix: string,
    private readonly ttlSeconds = WRITE_POSITION_TTL_SECONDS,
    private readonly now: () => number = Date.now,
  ) {
    this.redis = redisUrl
      ? new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000, connectionName: 'pnyx-read-replicas' })
      : null;
    this.redis?.on('error', (error: Error) => this.warnOnce(error));
    this.redis?.on('ready', () => (this.warned = false));
  }

  /** Connects to Redis; a Redis that does not answer only sends reads to the primary. */
  async open(): Promise<void> {
    await this.redis?.connect().catch((error: unknown) => this.warnOnce(error));
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }

  async record(userId: string, lsn: bigint): Promise<void> {
    const known = this.local.get(userId);
    this.local.delete(userId); // re-inserted last: the map stays ordered oldest first
    this.local.set(userId, { lsn: known ? laterLsn(known.lsn, lsn) : lsn, until: this.now() + this.ttlSeconds * 1000 });
    this.prune();
    if (!this.redis) return;
    try {
      await this.redis.eval(RECORD_SCRIPT, 1, this.key(userId), lsn.toString(), String(this.ttlSeconds));
    } catch (error) {
      this.warnOnce(error);
    }
  }

  /**
   * The position the user's reads must see (0n: nothing recent), or null
   * when it cannot be known (Redis does not answer): then the primary.
   */
  async positionOf(userId: string): Promise<bigint | null> {
    const known = this.local.get(userId);
    const local = known && known.until > this.now() ? known.lsn : 0n;
    if (!this.redis) return local;
    try {
      const shared = await this.redis.get(this.key(userId));
      return shared && /^\d+$/.test(shared) ? laterLsn(local, BigInt(shared)) : local;
    } catch (error) {
      this.warnOnce(error);
      return null;
    }
  }

  private key(userId: string): string {
    return `${this.keyPrefix}read-your-writes:${userId}`;
  }

  private prune(): void {
    const now = this.now();
    for (const [userId, entry] of this.local) {
      if (entry.until > now && this.local.size <= MAX_REMEMBERED_USERS) break;
      this.local.delete(userId);
    }
  }

  private warnOnce(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    this.logger.warn(`Redis for read-your-writes positions: ${error instanceof Error ? error.message : String(error)}; reads of signed-in users go to the primary while it fails`);
  }
}
