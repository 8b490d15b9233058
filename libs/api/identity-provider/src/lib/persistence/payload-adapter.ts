import type { DataSource } from 'typeorm';
import type { Adapter, AdapterPayload } from '../oidc/oidc-provider';
import type { IdpLogger } from '../identity-provider.types';

/** Expired rows are deleted at most this often (per process), triggered by writes. */
const CLEANUP_INTERVAL_MS = 60_000;

const NOT_EXPIRED = '(expires_at IS NULL OR expires_at > now())';

interface PayloadRow {
  payload: unknown;
  consumed_at: Date | null;
}

export interface PayloadAdapterFactory {
  (modelName: string): Adapter;
  /** Stops lazy cleanups and waits for a running one. */
  close(): Promise<void>;
}

/** oidc-provider adapter over the `idp_payload` table (see IdpPayloadEntity). */
export function createPayloadAdapterFactory(dataSource: DataSource, logger: IdpLogger): PayloadAdapterFactory {
  let lastCleanup = 0;
  let running: Promise<void> | undefined;
  let closed = false;

  const cleanupExpired = (): void => {
    const now = Date.now();
    if (closed || running || now - lastCleanup < CLEANUP_INTERVAL_MS) return;
    lastCleanup = now;
    running = dataSource
      .query(`DELETE FROM idp_payload WHERE expires_at < now()`)
      .then(
        () => undefined,
        (error: unknown) => logger.warn(`identity provider: cleanup of expired rows failed: ${String(error)}`),
      )
      .finally(() => {
        running = undefined;
      });
  };

  const factory = (modelName: string): Adapter => new PayloadAdapter(dataSource, modelName, cleanupExpired);
  return Object.assign(factory, {
    async close(): Promise<void> {
      closed = true;
      await running;
    },
  });
}

class PayloadAdapter implements Adapter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kind: string,
    private readonly afterWrite: () => void,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO idp_payload (id, kind, payload, grant_id, uid, user_code, expires_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6,
               CASE WHEN $7::double precision IS NULL THEN NULL ELSE now() + make_interval(secs => $7::double precision) END)
       ON CONFLICT (id, kind) DO UPDATE SET
         payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, uid = EXCLUDED.uid,
         user_code = EXCLUDED.user_code, expires_at = EXCLUDED.expires_at`,
      [
        id,
        this.kind,
        JSON.stringify(payload),
        stringOrNull(payload.grantId),
        stringOrNull(payload.uid),
        stringOrNull(payload.userCode),
        typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : null,
      ],
    );
    this.afterWrite();
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.findOne('id', id);
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findOne('uid', uid);
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findOne('user_code', userCode);
  }

  async consume(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE idp_payload SET consumed_at = now() WHERE kind = $1 AND id = $2`, [
      this.kind,
      id,
    ]);
  }

  async destroy(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idp_payload WHERE kind = $1 AND id = $2`, [this.kind, id]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idp_payload WHERE kind = $1 AND grant_id = $2`, [this.kind, grantId]);
  }

  private async findOne(column: 'id' | 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> {
    const rows: PayloadRow[] = await this.dataSource.query(
      `SELECT payload, consumed_at FROM idp_payload WHERE kind = $1 AND ${column} = $2 AND ${NOT_EXPIRED} LIMIT 1`,
      [this.kind, value],
    );
    const row = rows[0];
    if (!row || !isRecord(row.payload)) return undefined;
    return row.consumed_at
      ? { ...row.payload, consumed: Math.floor(new Date(row.consumed_at).getTime() / 1000) }
      : { ...row.payload };
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
