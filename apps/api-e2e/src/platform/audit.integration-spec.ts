import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const VERIFY = '{ verifyAuditLog { intact checked firstBrokenId } }';

describe('audit log: append-only and tamper-evident', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

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
});
