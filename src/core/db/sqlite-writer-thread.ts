import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type VigilDatabase } from './database.js';
import type { WriterCalls, WriterData, WriterError, WriterReply, WriterRequest } from './sqlite-writer-protocol.js';

/**
 * The SQLite writer thread of a `vigil serve` process (sqlite-writer.ts starts it): its own
 * connection runs the calls a thread module offers (ingest's group commits: app/writer-thread.ts),
 * and it lends the write lock to the main thread on request. Kysely's connection lock orders
 * both: a lent lock holds this thread's connection idle until it comes back, so the process
 * never has two write transactions at once.
 */

function describe(error: unknown): WriterError {
  const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
  return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(error), code: typeof code === 'string' ? code : undefined };
}

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
    reply({ openFailed: describe(error) });
    port.close();
    return;
  }
  const lent = new Map<number, () => void>();

  port.on('message', (request: WriterRequest) => {
    if ('unlock' in request) {
      lent.get(request.unlock)?.();
      lent.delete(request.unlock);
      return;
    }
    if ('lock' in request) {
      // Held until the main thread gives it back: its transaction runs on its own connection meanwhile.
      void database.db.connection().execute(
        () =>
          new Promise<void>((resolve) => {
            lent.set(request.id, resolve);
            reply({ id: request.id, result: null });
          }),
      );
      return;
    }
    if ('close' in request) {
      void database.close().then(() => {
        reply({ id: request.id, result: null });
        port.close();
      });
      return;
    }
    const call = calls[request.call];
    if (!call) {
      reply({ id: request.id, error: { name: 'Error', message: `no call named ${request.call} on the writer thread`, code: undefined } });
      return;
    }
    call(request.payload).then(
      (result) => reply({ id: request.id, result }),
      (error: unknown) => reply({ id: request.id, error: describe(error) }),
    );
  });
  reply({ ready: true });
}

if (parentPort) void serveWriterThread(workerData as WriterData);
