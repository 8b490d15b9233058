import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { DomainException } from './domain.exception';
import { PageInfoModel } from './node';
import { pageSize } from './pagination';

/**
 * The one list shape: `nodes` and `pageInfo` (opaque keyset cursor). A list
 * type is `@ObjectType('PageConnection') class PageConnectionModel extends Connection(PageModel) {}`.
 */
export function Connection<T>(node: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfoModel)
    pageInfo!: PageInfoModel;
  }
  return ConnectionType;
}

export interface ConnectionOf<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The SQL type of one sort column, so a cursor's values are checked before they reach PostgreSQL. */
export type KeysetColumnType = 'text' | 'uuid' | 'int' | 'timestamptz';

export interface KeysetColumn {
  /** SQL expression, e.g. `lower(p.title)`. */
  sql: string;
  type: KeysetColumnType;
}

export interface KeysetSpec {
  /** The sort key, most significant first; the last column must make it unique (usually the id). */
  columns: readonly KeysetColumn[];
  direction: 'ASC' | 'DESC';
}

/** What a repository splices into its statement: `WHERE … AND ${where} ORDER BY ${orderBy} LIMIT ${limit}`. */
export interface KeysetQuery {
  /** `TRUE` on the first page, else a row comparison with `:keyset0…` parameters. */
  where: string;
  orderBy: string;
  /** One more than the page size, so the page knows whether another follows. */
  limit: number;
  params: Record<string, unknown>;
  pageSize: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CURSOR_LENGTH = 1_024;

function badCursor(): DomainException {
  return DomainException.badInput('after', 'after is not a valid cursor');
}

function checkValue(value: unknown, type: KeysetColumnType): unknown {
  switch (type) {
    case 'uuid':
      if (typeof value === 'string' && UUID.test(value)) return value;
      break;
    case 'int':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      break;
    case 'timestamptz':
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value)) && value.length <= 40) return value;
      break;
    case 'text':
      if (typeof value === 'string' && !value.includes('\u0000') && value.length <= 512) return value;
      break;
  }
  throw badCursor();
}

/** Encodes the sort-key values of the last row seen. */
export function encodeKeyset(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString('base64url');
}

/** Decodes and type-checks a cursor against the spec, or BAD_USER_INPUT naming `after`. */
export function decodeKeyset(cursor: string, spec: KeysetSpec): unknown[] {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw badCursor();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(values) || values.length !== spec.columns.length) throw badCursor();
  return values.map((value, i) => checkValue(value, spec.columns[i].type));
}

/** The keyset window for `first`/`after` over `spec` (validated: `first` ≤ 100, a well-formed cursor). */
export function keysetQuery(spec: KeysetSpec, first: number | null | undefined, after: string | null | undefined): KeysetQuery {
  const size = pageSize(first);
  const orderBy = spec.columns.map((c) => `${c.sql} ${spec.direction}`).join(', ');
  if (after === null || after === undefined) return { where: 'TRUE', orderBy, limit: size + 1, params: {}, pageSize: size };
  const values = decodeKeyset(after, spec);
  const params: Record<string, unknown> = {};
  const placeholders = spec.columns.map((c, i) => {
    params[`keyset${i}`] = values[i];
    return `CAST(:keyset${i} AS ${c.type})`;
  });
  const where = `(${spec.columns.map((c) => c.sql).join(', ')}) ${spec.direction === 'ASC' ? '>' : '<'} (${placeholders.join(', ')})`;
  return { where, orderBy, limit: size + 1, params, pageSize: size };
}

/** Turns the rows fetched with `keysetQuery` (one extra) into a connection. */
export function toConnection<R, T>(rows: readonly R[], query: KeysetQuery, keyOf: (row: R) => readonly unknown[], toNode: (row: R) => T): ConnectionOf<T> {
  const page = rows.slice(0, query.pageSize);
  const last = page[page.length - 1];
  return {
    nodes: page.map(toNode),
    pageInfo: { hasNextPage: rows.length > query.pageSize, endCursor: last === undefined ? null : encodeKeyset(keyOf(last)) },
  };
}
