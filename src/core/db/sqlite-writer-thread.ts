import { parentPort, workerData } from 'node:worker_threads';
import { CompiledQuery, type ControlledTransaction, type QueryResult } from 'kysely';
import { openDatabase, type VigilDatabase } from './database.js';
import type { Schema } from './schema.js';

/**
 * The thread that owns a Vigil process's one SQLite write connection (sqlite-writer.ts starts
 * it). It runs the statements the other thread sends, in order, and the calls a thread module
 * registers (ingest runs whole batches here: app/writer-thread.ts). Both go through one Kysely
 * instance over the one connection, whose lock keeps their transactions apart.
 */

export interface WriterData {
  readonly file: string;
  /** A module whose `writerCalls(database)` gives the calls this thread offers (see `WriterCalls`). */
  readonly calls?: string;
}

export type WriterRequest =
  | { readonly id: number; readonly sql: string; readonly parameters: readonly unknown[] }
  | { readonly id: number; readonly call: string; readonly payload: unknown }
  | { readonly id: number; readonly close: true };

/** An error as it crosses threads: `code` is what Vigil's error rules read (dialect.ts). */
export interface WriterError {
  readonly name: string;
  readonly message: string;
  readonly code: string | undefined;
}

export type WriterReply =
  | { readonly ready: true }
  | { readonly openFailed: WriterError }
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: WriterError };

/** Work a thread module offers the other thread, by name. */
export type WriterCalls = Readonly<Record<string, (payload: unknown) => Promise<unknown>>>;

function describe(error: unknown): WriterError {
  const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
  return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(error), code: typeof code === 'string' ? code : undefined };
}

/**
 * Serves the other thread until it closes the database. The calls are given the same database the
 * statements run on. Statements of the other thread's transaction run on a controlled
 * transaction, holding the connection from its `begin` to its `commit` or `rollback`.
 */
async function serveWriterThread(data: WriterData): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the writer thread runs in a worker thread');
  const reply = (message: WriterReply) => port.postMessage(message);
  let database: VigilDatabase;
  let calls: WriterCalls;
  try {
    database = openDatabase(data.file);
    const module = data.calls === undefined ? undefined : ((await import(data.calls)) as { writerCalls(database: VigilDatabase): WriterCalls });
    calls = module?.writerCalls(database) ?? {};
  } catch (error) {
    port.postMessage({ openFailed: describe(error) } satisfies WriterReply);
    port.close();
    return;
  }
  const { db } = database;
  let open: ControlledTransaction<Schema> | undefined;
  // Statements in the order sent: a `begin` may wait for a call's transaction to end first.
  let statements: Promise<void> = Promise.resolve();

  const runStatement = async (sql: string, parameters: readonly unknown[]): Promise<QueryResult<unknown>> => {
    if (sql === 'begin') {
      open = await db.startTransaction().execute();
      return { rows: [] };
    }
    if ((sql === 'commit' || sql === 'rollback') && open) {
      const transaction = open;
      if (sql === 'rollback') open = undefined;
      await (sql === 'commit' ? transaction.commit() : transaction.rollback()).execute();
      // A failed commit leaves the transaction open for the rollback that follows it.
      open = undefined;
      return { rows: [] };
    }
    return (open ?? db).executeQuery(CompiledQuery.raw(sql, [...parameters]));
  };

  port.on('message', (request: WriterRequest) => {
    if ('close' in request) {
      void statements.then(async () => {
        await database.close();
        reply({ id: request.id, result: null });
        port.close();
      });
      return;
    }
    if ('call' in request) {
      const call = calls[request.call];
      if (!call) {
        reply({ id: request.id, error: { name: 'Error', message: `no call named ${request.call} on the writer thread`, code: undefined } });
        return;
      }
      call(request.payload).then(
        (result) => reply({ id: request.id, result }),
        (error: unknown) => reply({ id: request.id, error: describe(error) }),
      );
      return;
    }
    statements = statements.then(() =>
      runStatement(request.sql, request.parameters).then(
        (result) => reply({ id: request.id, result }),
        (error: unknown) => reply({ id: request.id, error: describe(error) }),
      ),
    );
  });
  reply({ ready: true });
}

if (parentPort) void serveWriterThread(workerData as WriterData);
