/**
 * Everything a benchmark starts or creates is registered here and undone on every way out: the
 * end of `main`, an exception, Ctrl-C or SIGTERM, and, as a last resort, the process exiting.
 *
 * Nothing here runs on import; a script calls `installExitHandlers()` once.
 */

const cleanups: { label: string; run: () => Promise<void> }[] = [];
/** Stopped before every other cleanup step: load generators, before the servers they load. */
const stopFirst = new Set<() => void>();
/** Synchronous undo steps for a process that exits without the asynchronous cleanup having run. */
const atExit = new Set<() => void>();
let interrupted = false;

export const wasInterrupted = () => interrupted;

/** Registers an undo step; the returned function runs it now (once) and unregisters it. */
export function onCleanup(label: string, run: () => Promise<void>): () => Promise<void> {
  let done = false;
  const entry = {
    label,
    run: async () => {
      if (done) return;
      done = true;
      await run();
    },
  };
  cleanups.push(entry);
  return async () => {
    const index = cleanups.indexOf(entry);
    if (index >= 0) cleanups.splice(index, 1);
    await entry.run();
  };
}

/** Registers something running to stop before every other cleanup step; the returned function forgets it. */
export function onCleanupStopFirst(stop: () => void): () => void {
  stopFirst.add(stop);
  return () => stopFirst.delete(stop);
}

/**
 * Registers a synchronous step for when the process exits before the asynchronous cleanup ran
 * (the newest first); the returned function forgets it, once the thing is undone the usual way.
 */
export function lastResortOnExit(undo: () => void): () => void {
  atExit.add(undo);
  return () => atExit.delete(undo);
}

export async function cleanupAll(): Promise<void> {
  for (const stop of stopFirst) stop();
  while (cleanups.length > 0) {
    const entry = cleanups.pop();
    if (!entry) break;
    try {
      await entry.run();
    } catch (error) {
      process.stderr.write(`cleanup "${entry.label}" failed: ${(error as Error).message}\n`);
    }
  }
}

/** Ctrl-C and SIGTERM stop the load, the servers and remove temporary data before exiting. */
export function installExitHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      process.stderr.write(`\n${signal}: stopping the load and the servers, removing temporary data…\n`);
      void cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  // Last resort when the process ends without the asynchronous cleanup having run.
  process.on('exit', () => {
    for (const undo of [...atExit].reverse()) undo();
  });
}

/** Runs `main`, always cleans up, and exits with its code (unless a signal is already exiting). */
export async function runMain(main: () => Promise<number>): Promise<void> {
  let exitCode = 1;
  try {
    exitCode = await main();
  } catch (error) {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  } finally {
    await cleanupAll();
  }
  if (!interrupted) process.exit(exitCode);
}
