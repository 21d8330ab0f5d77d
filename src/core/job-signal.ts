/**
 * Tells the job worker that a job may have become due now: written right after the transaction
 * that enqueued it commits, so the worker never looks before the row is visible.
 */
export class JobSignal {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
