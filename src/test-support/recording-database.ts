import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { DialectName } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';

export interface RecordedQuery {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/**
 * A Kysely handle that compiles for `name` and runs nothing: every statement is recorded and
 * answers no rows. For tests of the SQL a dialect writes, without a database.
 */
export function recordingDatabase(name: DialectName): { readonly db: Kysely<Schema>; readonly queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  const db = new Kysely<Schema>({
    dialect:
      name === 'postgres'
        ? { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (k) => new PostgresIntrospector(k), createQueryCompiler: () => new PostgresQueryCompiler() }
        : { createAdapter: () => new SqliteAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (k) => new SqliteIntrospector(k), createQueryCompiler: () => new SqliteQueryCompiler() },
    log: (event) => {
      queries.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  return { db, queries };
}
