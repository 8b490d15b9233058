import type { Tx } from './transaction-runner';

/**
 * The one way repositories write SQL: plain statements with `:named`
 * parameters (`:ids(...)` is not needed — pass arrays and use `= ANY(:ids)`).
 * Named parameters let SQL fragments such as `readableSpacesSql` embed
 * without renumbering. Write statements that return rows are wrapped in a CTE
 * (`WITH x AS (UPDATE … RETURNING …) SELECT … FROM x`): a bare UPDATE or
 * DELETE comes back from the driver as [rows, count].
 */
export async function namedQuery<T>(tx: Tx, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const [query, values] = tx.connection.driver.escapeQueryWithParameters(sql, params);
  return tx.query(query, values);
}

const UNIQUE_VIOLATION = '23505';

/** True when PostgreSQL refused a write for a unique constraint (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === UNIQUE_VIOLATION;
}
