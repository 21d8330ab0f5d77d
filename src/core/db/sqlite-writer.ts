import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
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
import { openSqliteConnection, runStatement, statementCache } from './sqlite-connection.js';
import type { WriterData, WriterError, WriterReply, WriterRequest } from './sqlite-writer-protocol.js';

export type { WriterCalls } from './sqlite-writer-protocol.js';

/**
 * SQLite for `vigil serve`: ingest commits on a thread of its own, and the main thread borrows
 * the write lock for everything else.
 *
 * better-sqlite3 is synchronous: on the HTTP thread every statement of an ingest transaction,
 * and its commit's fsync above all, stopped the process from reading requests and answering
 * those already committed. The writer thread (sqlite-writer-thread.ts) runs ingest's group
 * commits whole, on a connection of its own, while this thread parses and answers.
 *
 * The API's and the engine's transactions stay on this thread, on its own connection, run as
 * before; before `begin` this thread asks the writer thread for the write lock (a message, not a
 * wait: the event loop goes on) and gives it back after `commit`. The lock is the writer
 * thread's connection lock, so the two connections never write at once: one writer, as SQLite
 * wants, and no SQLITE_BUSY. (Each statement crossing to the thread instead cost a round trip per
 * statement while the transaction held the lock: engine-heavy load ran at a third of the speed.)
 * Reads outside a transaction need no lock: in WAL mode a reader sees every commit answered
 * before it began.
 */
export class ThreadedSqliteDialect implements Dialect {
  private writer: Promise<SqliteWriter> | undefined;

  /** `data.calls`: the URL of a module whose calls the thread offers (`WriterCalls`). */
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
  const options = { workerData: data };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./sqlite-writer-thread.js', import.meta.url), options);
  // tsx's API beside its loader (tsx/dist/loader.mjs).
  const api = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx')), 'esm', 'api', 'index.mjs')).href;
  const source = new URL('./sqlite-writer-thread.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/** The writer thread seen from the main thread: calls and lock requests in, answers out. */
export class SqliteWriter {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  private stopped: Error | undefined;
  private closing = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WriterReply) => {
      if (!('id' in reply)) return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      // Only a thread with work under way keeps the process alive: an idle database must not
      // (a closing one does, until the thread has exited).
      if (this.pending.size === 0 && !this.closing) worker.unref();
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

  /** One of the calls the thread's module offers, with its answer. */
  call(name: string, payload: unknown): Promise<unknown> {
    return this.send({ id: this.nextId++, call: name, payload });
  }

  /** The write lock, once the thread's connection is idle; the returned function gives it back. */
  async lock(): Promise<() => void> {
    const id = this.nextId++;
    await this.send({ id, lock: true });
    let given = false;
    return () => {
      if (given || this.stopped) return;
      given = true;
      this.worker.postMessage({ unlock: id } satisfies WriterRequest);
    };
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    this.closing = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    await this.send({ id: this.nextId++, close: true });
    await exited;
  }

  private send(request: WriterRequest & { readonly id: number }): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }
}

/** The main thread's transactions one at a time, in the order they asked. */
class TurnLock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves once it is this caller's turn, with the function that ends it. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return turn;
  }
}

class ThreadedSqliteDriver implements Driver {
  private writer: SqliteWriter | undefined;
  /** This thread's writes, under the borrowed lock. */
  private connection: SQLite.Database | undefined;
  private prepare: ((sql: string) => SQLite.Statement) | undefined;
  /** Reads outside a transaction: they must not see a transaction of this thread that is still open. */
  private reader: SQLite.Database | undefined;
  private prepareRead: ((sql: string) => SQLite.Statement) | undefined;
  private readonly turns = new TurnLock();
  private waitingTurns = 0;
  private borrowed: { readonly giveBack: () => void; readonly since: number } | undefined;

  constructor(
    private readonly file: string,
    private readonly startWriter: () => Promise<SqliteWriter>,
  ) {}

  async init(): Promise<void> {
    this.writer = await this.startWriter();
    this.connection = openSqliteConnection(this.file);
    this.prepare = statementCache(this.connection);
    this.reader = openSqliteConnection(this.file, { readonly: true });
    this.prepareRead = statementCache(this.reader);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new BorrowingConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as BorrowingConnection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as BorrowingConnection).end('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as BorrowingConnection).end('rollback');
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    // A transaction left open would hold the write lock for ever.
    (connection as BorrowingConnection).endIfOpen();
  }

  async destroy(): Promise<void> {
    this.reader?.close();
    this.connection?.close();
    await this.writer?.close();
  }

  statement(sql: string): SQLite.Statement {
    return (this.prepare as (sql: string) => SQLite.Statement)(sql);
  }

  readStatement(sql: string): SQLite.Statement {
    return (this.prepareRead as (sql: string) => SQLite.Statement)(sql);
  }

  exec(sql: string): void {
    (this.connection as SQLite.Database).exec(sql);
  }

  /**
   * This thread's turn, then the writer thread's write lock. Waiting for the lock costs whatever
   * is left of the thread's group commit under way (tens of ms in a storm), so a borrowed lock
   * passes from one of this thread's writers to the next while any is waiting (an engine job's
   * page sends each record their delivery), and goes back once none is, or after
   * `LONGEST_BORROW_MS`, so ingest never waits long either. The function returned ends the turn.
   */
  async borrowWriteLock(): Promise<() => void> {
    this.waitingTurns += 1;
    const endTurn = await this.turns.acquire();
    this.waitingTurns -= 1;
    if (!this.borrowed) {
      try {
        this.borrowed = { giveBack: await (this.writer as SqliteWriter).lock(), since: Date.now() };
      } catch (error) {
        endTurn();
        throw error;
      }
    }
    return () => {
      const borrowed = this.borrowed;
      if (borrowed && (this.waitingTurns === 0 || Date.now() - borrowed.since >= LONGEST_BORROW_MS)) {
        this.borrowed = undefined;
        borrowed.giveBack();
      }
      endTurn();
    };
  }
}

/** How long this thread keeps the writer thread's lock for writers queued one after another. */
const LONGEST_BORROW_MS = 10;

class BorrowingConnection implements DatabaseConnection {
  /** Set while this connection holds the write lock for a transaction. */
  private giveBack: (() => void) | undefined;

  constructor(private readonly driver: ThreadedSqliteDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.giveBack) return runStatement<R>(this.driver.statement(query.sql), query.parameters);
    const statement = this.driver.statement(query.sql);
    if (statement.readonly) return runStatement<R>(this.driver.readStatement(query.sql), query.parameters);
    // A write on its own is a transaction of its own: it borrows the lock like one.
    const giveBack = await this.driver.borrowWriteLock();
    try {
      return runStatement<R>(statement, query.parameters);
    } finally {
      giveBack();
    }
  }

  // eslint-disable-next-line require-yield -- Vigil streams no query; Kysely's interface asks for the method
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries is not supported on SQLite with a writer thread');
  }

  async begin(): Promise<void> {
    const giveBack = await this.driver.borrowWriteLock();
    try {
      this.driver.exec('begin');
    } catch (error) {
      // Kysely does not roll back a transaction that failed to begin.
      giveBack();
      throw error;
    }
    this.giveBack = giveBack;
  }

  end(command: 'commit' | 'rollback'): void {
    // A failed commit leaves the transaction open and the lock held; Kysely then rolls back.
    if (command === 'commit') this.driver.exec('commit');
    else {
      try {
        this.driver.exec('rollback');
      } catch {
        // SQLite may have rolled back already (the error that got us here did).
      }
    }
    const giveBack = this.giveBack;
    this.giveBack = undefined;
    giveBack?.();
  }

  endIfOpen(): void {
    if (this.giveBack) this.end('rollback');
  }
}
