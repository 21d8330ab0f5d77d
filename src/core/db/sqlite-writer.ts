import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import type SQLite from 'better-sqlite3';
import { openSqliteConnection, runStatement, statementCache, type StatementResult } from './sqlite-connection.js';
import type { WriterData, WriterError, WriterReply, WriterRequest } from './sqlite-writer-thread.js';

export type { WriterCalls } from './sqlite-writer-thread.js';

/**
 * SQLite with its write connection on a thread of its own (`vigil serve`).
 *
 * better-sqlite3 is synchronous: on the HTTP thread, every statement of a write transaction and
 * above all its commit (an fsync, synchronous=FULL) stop the process from reading requests,
 * parsing them and answering those already committed. Here one worker thread owns the one write
 * connection and runs what it is sent in order, while the HTTP thread goes on; a transaction's
 * statements cross as messages. Every write of the process — ingest, the engine, the API — still
 * goes through that one connection, one transaction at a time, so SQLite never sees two writers.
 *
 * Reads outside a transaction run on a read-only connection on the calling thread: in WAL mode
 * a reader sees every transaction committed before its statement began (a write answered here
 * is committed), and it does not wait for a write transaction to finish.
 */
export class ThreadedSqliteDialect implements Dialect {
  private writer: Promise<SqliteWriter> | undefined;

  /** `calls`: the URL of a module whose calls the thread offers (sqlite-writer-thread.ts, `WriterCalls`). */
  constructor(private readonly data: WriterData) {}

  /** The thread, started on first use. */
  writerThread(): Promise<SqliteWriter> {
    this.writer ??= SqliteWriter.start(this.data);
    return this.writer;
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createDriver(): Driver {
    return new ThreadedSqliteDriver(this.data.file, () => this.writerThread());
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
}

/** An error from the writer thread, with the `code` SQLite gave it (SQLITE_CONSTRAINT_UNIQUE, …). */
export class SqliteWriterError extends Error {
  readonly code: string | undefined;

  constructor(error: WriterError) {
    super(error.message);
    this.name = error.name;
    this.code = error.code;
  }
}

/**
 * The thread's code: compiled JavaScript next to this file, or, when Vigil runs from its
 * TypeScript sources (tsx, the tests), the source with tsx's hooks registered in the thread.
 */
function startWriterThread(data: WriterData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./sqlite-writer-thread.js', import.meta.url), { workerData: data });
  // tsx's API beside its loader (tsx/dist/loader.mjs).
  const api = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx')), 'esm', 'api', 'index.mjs')).href;
  const source = new URL('./sqlite-writer-thread.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

/** The writer thread seen from the calling thread: statements and calls in, results out, in order. */
export class SqliteWriter {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  private stopped: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WriterReply) => {
      if (!('id' in reply)) return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      // Only a thread with work under way keeps the process alive: an idle database must not.
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) waiting.reject(new SqliteWriterError(reply.error));
      else waiting.resolve(reply.result);
    });
    const stop = (why: string) => {
      // SQLITE_IOERR: Vigil's rules read it as the database being unavailable (ingest answers 503).
      this.stopped ??= new SqliteWriterError({ name: 'SqliteError', message: `the SQLite writer thread stopped (${why})`, code: 'SQLITE_IOERR' });
      for (const waiting of this.pending.values()) waiting.reject(this.stopped);
      this.pending.clear();
    };
    worker.on('error', (error) => stop(error.message));
    worker.on('exit', (code) => stop(`exit code ${code}`));
  }

  static start(data: WriterData): Promise<SqliteWriter> {
    const worker = startWriterThread(data);
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      worker.once('error', failed);
      worker.once('message', (reply: WriterReply) => {
        worker.off('error', failed);
        if ('openFailed' in reply) {
          reject(new SqliteWriterError(reply.openFailed));
          return;
        }
        worker.unref();
        resolve(new SqliteWriter(worker));
      });
    });
  }

  run(sql: string, parameters: readonly unknown[]): Promise<QueryResult<unknown>> {
    return this.send({ id: this.nextId++, sql, parameters }) as Promise<QueryResult<unknown>>;
  }

  /** One of the calls the thread's module offers, with its answer. */
  call(name: string, payload: unknown): Promise<unknown> {
    return this.send({ id: this.nextId++, call: name, payload });
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    await this.send({ id: this.nextId++, close: true });
    await exited;
  }

  private send(request: WriterRequest): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }
}

/** One transaction at a time on the write connection, in the order they asked. */
class WriteLock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves once the lock is held, with the function that lets it go. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return turn;
  }
}

/** Whether a statement only reads: a select from the query builder, or raw SQL that starts with one. */
function onlyReads(query: CompiledQuery): boolean {
  if (SelectQueryNode.is(query.query)) return true;
  return query.query.kind === 'RawNode' && /^\s*select\b/i.test(query.sql);
}

function toQueryResult<R>(result: StatementResult): QueryResult<R> {
  const { rows, changes, lastInsertRowid } = result;
  return {
    rows: rows as R[],
    ...(changes === undefined ? {} : { numAffectedRows: BigInt(changes) }),
    ...(lastInsertRowid === undefined ? {} : { insertId: BigInt(lastInsertRowid) }),
  };
}

class ThreadedSqliteDriver implements Driver {
  private writer: SqliteWriter | undefined;
  private reader: SQLite.Database | undefined;
  private prepareRead: ((sql: string) => SQLite.Statement) | undefined;
  private readonly lock = new WriteLock();

  constructor(
    private readonly file: string,
    private readonly startWriter: () => Promise<SqliteWriter>,
  ) {}

  async init(): Promise<void> {
    this.writer = await this.startWriter();
    this.reader = openSqliteConnection(this.file, { readonly: true });
    this.prepareRead = statementCache(this.reader);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new ThreadedConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as ThreadedConnection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as ThreadedConnection).commit();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as ThreadedConnection).rollback();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    // A transaction left open would hold the write lock for ever.
    await (connection as ThreadedConnection).rollbackIfOpen();
  }

  async destroy(): Promise<void> {
    this.reader?.close();
    await this.writer?.close();
  }

  /** A read outside any transaction, on this thread. */
  read(query: CompiledQuery): StatementResult {
    return runStatement((this.prepareRead as (sql: string) => SQLite.Statement)(query.sql), query.parameters);
  }

  write(sql: string, parameters: readonly unknown[]): Promise<QueryResult<unknown>> {
    return (this.writer as SqliteWriter).run(sql, parameters);
  }

  lockWrites(): Promise<() => void> {
    return this.lock.acquire();
  }
}

class ThreadedConnection implements DatabaseConnection {
  /** Set while this connection holds the write lock for a transaction. */
  private release: (() => void) | undefined;

  constructor(private readonly driver: ThreadedSqliteDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.release) return (await this.driver.write(query.sql, query.parameters)) as QueryResult<R>;
    if (onlyReads(query)) return toQueryResult(this.driver.read(query));
    // A statement on its own is a transaction of its own: it waits its turn like one.
    const release = await this.driver.lockWrites();
    try {
      return (await this.driver.write(query.sql, query.parameters)) as QueryResult<R>;
    } finally {
      release();
    }
  }

  // eslint-disable-next-line require-yield -- Vigil streams no query; Kysely's interface asks for the method
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries is not supported on SQLite with a writer thread');
  }

  async begin(): Promise<void> {
    const release = await this.driver.lockWrites();
    try {
      await this.driver.write('begin', []);
    } catch (error) {
      // Kysely does not roll back a transaction that failed to begin.
      release();
      throw error;
    }
    this.release = release;
  }

  async commit(): Promise<void> {
    // A failed commit leaves the transaction open; Kysely rolls it back, which lets the lock go.
    await this.driver.write('commit', []);
    this.letGo();
  }

  async rollback(): Promise<void> {
    try {
      await this.driver.write('rollback', []);
    } finally {
      this.letGo();
    }
  }

  async rollbackIfOpen(): Promise<void> {
    if (this.release) await this.rollback();
  }

  private letGo(): void {
    const release = this.release;
    this.release = undefined;
    release?.();
  }
}
