/** What crosses between a process's main thread and its SQLite writer thread (sqlite-writer.ts, sqlite-writer-thread.ts). */

export interface WriterData {
  readonly file: string;
  /** A module whose `writerCalls(database)` gives the calls the thread offers (see `WriterCalls`). */
  readonly calls?: string;
}

export type WriterRequest =
  /** One of the thread module's calls. */
  | { readonly id: number; readonly call: string; readonly payload: unknown }
  /** The write lock for the main thread: answered once the thread's connection is idle and held for it. */
  | { readonly id: number; readonly lock: true }
  /** The write lock given back (the id of its `lock`); not answered. */
  | { readonly unlock: number }
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

/** Work a thread module offers the main thread, by name. */
export type WriterCalls = Readonly<Record<string, (payload: unknown) => Promise<unknown>>>;
