import { AUDIT_CHECKPOINT_JOB_KEY, AUDIT_CHECKPOINT_TASK, AuditCheckpoints, auditHash, type AuditCheckpoint } from '@pnyx/api/audit';
import { JobQueue } from '@pnyx/api/core/jobs';
import { JsonLogger } from '@pnyx/api/core/observability';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const VERIFY = '{ verifyAuditLog { intact checked firstBrokenId } }';
const VERIFY_FULL = '{ verifyAuditLog { intact checked firstBrokenId reason checkpoint { lastId hash rowCount at } } }';

interface Verdict {
  intact: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
  checkpoint: { lastId: string; hash: string; rowCount: number; at: string } | null;
}

describe('audit log: append-only and tamper-evident', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const verdict = async (): Promise<Verdict> => {
    const result = await api.gql<{ verifyAuditLog: Verdict }>(await api.token('admin'), VERIFY_FULL);
    expect(result.errors).toBeUndefined();
    return result.data?.verifyAuditLog as Verdict;
  };
  const head = async (): Promise<{ id: string; hash: string; count: number }> =>
    (await api.dataSource.query('SELECT a.id::text AS id, a.hash, (SELECT count(*)::int FROM audit_log) AS count FROM audit_log a ORDER BY a.id DESC LIMIT 1'))[0];
  const checkpointRows = async (): Promise<number> => (await api.dataSource.query('SELECT count(*)::int AS n FROM audit_checkpoint'))[0].n;
  /** Runs `work` with the application's logs captured as JSON lines (at info), then puts the test logger back. */
  const withLogs = async <T>(work: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> => {
    const lines: Record<string, unknown>[] = [];
    api.app.useLogger(new JsonLogger('info', (line) => lines.push(JSON.parse(line))));
    try {
      return { result: await work(), lines };
    } finally {
      api.app.useLogger(new JsonLogger('error'));
    }
  };
  /** What a superuser can do: the append-only trigger of audit_log switched off for one transaction. */
  const behindTheTrigger = (work: (tx: EntityManager) => Promise<unknown>) =>
    api.dataSource.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await work(tx);
      await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    });

  it('proves the chain intact to an admin, and refuses everyone else', async () => {
    await buildSpace(api, { members: ['bob'] });
    const result = await api.gql<{ verifyAuditLog: { intact: boolean; checked: number } }>(await api.token('admin'), VERIFY);
    expect(result.data?.verifyAuditLog).toMatchObject({ intact: true, firstBrokenId: null });
    expect(result.data?.verifyAuditLog.checked).toBeGreaterThanOrEqual(2);
    expect(errorOf(await api.gql(await api.token('alice'), VERIFY)).code).toBe('FORBIDDEN');
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    await buildSpace(api);
    await expect(api.dataSource.query(`UPDATE audit_log SET action = 'x' WHERE id = (SELECT max(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)')).rejects.toThrow(/append-only/);
  });

  it('detects a row changed behind the trigger, naming it', async () => {
    await buildSpace(api);
    const [{ id }] = await api.dataSource.query('SELECT max(id)::text AS id FROM audit_log');
    const runner = api.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await runner.query(`UPDATE audit_log SET data = jsonb_set(data, '{key}', '"forged"') WHERE id = $1`, [id]);
      const verdict = await api.gql<{ verifyAuditLog: { intact: boolean; firstBrokenId: string } }>(await api.token('admin'), VERIFY);
      // The API reads outside this transaction, so it still sees the honest row:
      expect(verdict.data?.verifyAuditLog.intact).toBe(true);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    try {
      const verdict = await api.gql<{ verifyAuditLog: { intact: boolean; firstBrokenId: string } }>(await api.token('admin'), VERIFY);
      expect(verdict.data?.verifyAuditLog).toMatchObject({ intact: false, firstBrokenId: id });
    } finally {
      // Put the chain back for the other tests in this run.
      await api.dataSource.transaction(async (tx) => {
        await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
        await tx.query(`UPDATE audit_log SET data = jsonb_set(data, '{key}', to_jsonb((SELECT key FROM space WHERE id = subject_id))) WHERE id = $1`, [id]);
        await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      });
    }
    const healed = await api.gql<{ verifyAuditLog: { intact: boolean } }>(await api.token('admin'), VERIFY);
    expect(healed.data?.verifyAuditLog.intact).toBe(true);
  });

  it('names the row after one deleted from the middle as a GAP', async () => {
    await buildSpace(api, { members: ['bob', 'carol'] });
    const [after, gone] = await api.dataSource.query('SELECT a.id::text AS id, to_jsonb(a) AS row FROM audit_log a ORDER BY a.id DESC LIMIT 2');
    try {
      await behindTheTrigger((tx) => tx.query('DELETE FROM audit_log WHERE id = $1', [gone.id]));
      expect(await verdict()).toMatchObject({ intact: false, firstBrokenId: after.id, reason: 'GAP' });
    } finally {
      await behindTheTrigger((tx) => tx.query('INSERT INTO audit_log SELECT * FROM jsonb_populate_recordset(NULL::audit_log, $1::jsonb)', [JSON.stringify([gone.row])]));
    }
    expect(await verdict()).toMatchObject({ intact: true });
  });

  it('checkpoints the head of the chain, logs it as a JSON line, and hands the newest one to the auditor', async () => {
    await buildSpace(api, { members: ['bob'] });
    const { result: taken, lines } = await withLogs(() => api.app.get(AuditCheckpoints).take());
    const now = await head();
    expect(taken).toMatchObject({ lastId: now.id, hash: now.hash, rowCount: now.count });
    const checkpoint = { lastId: now.id, hash: now.hash, rowCount: now.count, at: (taken as AuditCheckpoint).at.toISOString() };
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', context: 'AuditCheckpoints', auditCheckpoint: checkpoint }));

    expect(await verdict()).toEqual({ intact: true, checked: now.count, firstBrokenId: null, reason: null, checkpoint });

    // Nothing new: no second row.
    const rows = await checkpointRows();
    expect(await api.app.get(AuditCheckpoints).take()).toMatchObject({ lastId: now.id });
    expect(await checkpointRows()).toBe(rows);
  });

  it('takes checkpoints on a recurring job that schedules its next run', async () => {
    await buildSpace(api);
    const jobs = api.app.get(JobQueue);
    await jobs.add(AUDIT_CHECKPOINT_TASK, {}, { jobKey: AUDIT_CHECKPOINT_JOB_KEY }); // due now instead of at its time
    await jobs.settle({ tasks: [AUDIT_CHECKPOINT_TASK] });
    const now = await head();
    const [latest] = await api.dataSource.query('SELECT last_id::text AS "lastId", row_count::int AS "rowCount" FROM audit_checkpoint ORDER BY id DESC LIMIT 1');
    expect(latest).toEqual({ lastId: now.id, rowCount: now.count });
    const [next] = await api.dataSource.query(
      `SELECT run_at > now() AS later, extract(epoch FROM run_at)::bigint % $2 = 0 AS aligned FROM graphile_worker.jobs WHERE key = $1`,
      [AUDIT_CHECKPOINT_JOB_KEY, api.config.audit.checkpointIntervalS],
    );
    expect(next).toEqual({ later: true, aligned: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of checkpoints in the database itself', async () => {
    await buildSpace(api);
    await api.app.get(AuditCheckpoints).take();
    await expect(api.dataSource.query(`UPDATE audit_checkpoint SET row_count = row_count + 1 WHERE id = (SELECT max(id) FROM audit_checkpoint)`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query('DELETE FROM audit_checkpoint')).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query('TRUNCATE audit_checkpoint')).rejects.toThrow(/append-only/);
    expect(await checkpointRows()).toBeGreaterThan(0);
  });

  it('detects a tail deleted behind the trigger once a checkpoint covered it, and anchors no truncated chain', async () => {
    await buildSpace(api);
    const taken = (await api.app.get(AuditCheckpoints).take()) as AuditCheckpoint;
    await buildSpace(api); // rows after the checkpoint, deleted with the rest
    const [{ cut }] = await api.dataSource.query('SELECT (max(id) FILTER (WHERE id < $1))::text AS cut FROM audit_log', [taken.lastId]);
    const deleted: unknown[] = (await api.dataSource.query('SELECT to_jsonb(a) AS row FROM audit_log a WHERE id > $1 ORDER BY id', [cut])).map((r: { row: unknown }) => r.row);
    expect(deleted.length).toBeGreaterThanOrEqual(2);
    try {
      await behindTheTrigger((tx) => tx.query('DELETE FROM audit_log WHERE id > $1', [cut]));
      const expected = { intact: false, firstBrokenId: taken.lastId, reason: 'TRUNCATED_AFTER_CHECKPOINT', checkpoint: expect.objectContaining({ lastId: taken.lastId, hash: taken.hash }) };
      expect(await verdict()).toMatchObject(expected);

      // The job's next run sees it too, says so, and does not anchor the shorter chain.
      const rows = await checkpointRows();
      const { result, lines } = await withLogs(() => api.app.get(AuditCheckpoints).take());
      expect(result).toBeNull();
      expect(await checkpointRows()).toBe(rows);
      expect(lines).toContainEqual(expect.objectContaining({ level: 'error', auditCheckpoint: expect.objectContaining({ lastId: taken.lastId }) }));

      // New rows chained onto the cut do not hide it.
      await buildSpace(api);
      expect(await verdict()).toMatchObject(expected);
    } finally {
      await behindTheTrigger(async (tx) => {
        await tx.query('DELETE FROM audit_log WHERE id > $1', [cut]);
        await tx.query('INSERT INTO audit_log SELECT * FROM jsonb_populate_recordset(NULL::audit_log, $1::jsonb)', [JSON.stringify(deleted)]);
      });
    }
    expect(await verdict()).toMatchObject({ intact: true, reason: null });
  });

  it('names a checkpoint whose row was rewritten with a recomputed chain', async () => {
    await buildSpace(api);
    const taken = (await api.app.get(AuditCheckpoints).take()) as AuditCheckpoint;
    const [original] = await api.dataSource.query('SELECT hash FROM audit_log WHERE id = $1', [taken.lastId]);
    try {
      // The newest row forged and re-hashed consistently: the walk alone cannot tell.
      await behindTheTrigger(async (tx) => {
        await tx.query(`UPDATE audit_log SET data = jsonb_set(data, '{forged}', 'true') WHERE id = $1`, [taken.lastId]);
        const [row] = await tx.query(
          `SELECT occurred_at AS "occurredAt", actor_id AS "actorId", action, subject_type AS "subjectType", subject_id AS "subjectId",
                  space_id AS "spaceId", data, prev_hash AS "prevHash" FROM audit_log WHERE id = $1`,
          [taken.lastId],
        );
        await tx.query('UPDATE audit_log SET hash = $2 WHERE id = $1', [taken.lastId, auditHash(row.prevHash, row)]);
      });
      expect(await verdict()).toMatchObject({ intact: false, firstBrokenId: taken.lastId, reason: 'CHECKPOINT_MISMATCH' });
    } finally {
      await behindTheTrigger((tx) => tx.query(`UPDATE audit_log SET data = data - 'forged', hash = $2 WHERE id = $1`, [taken.lastId, original.hash]));
    }
    expect(await verdict()).toMatchObject({ intact: true });
  });
});
