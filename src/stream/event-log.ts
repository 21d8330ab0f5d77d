/**
 * The last events this process sent on its live stream, so that a client that reconnects with
 * the id of the last event it saw gets the ones it missed. Pure: no clock, no I/O.
 *
 * Ids are `<bootId>-<seq>`: `bootId` names this process's run, `seq` counts its events. An id
 * of another run, one older than the ring holds, or one from before a gap (a stretch in which
 * the process was not listening to changes) cannot be replayed: the client must read again.
 */

export interface LoggedEvent<T> {
  readonly id: string;
  readonly seq: number;
  readonly value: T;
}

export type ResetReason = 'unknown-id' | 'other-process' | 'too-old' | 'gap';

export type Since<T> =
  | { readonly kind: 'replay'; readonly events: readonly LoggedEvent<T>[] }
  | { readonly kind: 'reset'; readonly reason: ResetReason };

const EVENT_ID = /^(.+)-(\d{1,15})$/;

export class EventLog<T> {
  private readonly ring: (LoggedEvent<T> | undefined)[];
  /** Where the oldest held event is in `ring`, and how many are held. */
  private start = 0;
  private count = 0;
  /** The last seq given out (to an event or a gap). */
  private seq = 0;
  /** The oldest seq a client may have seen last and still be replayed. */
  private replayableFrom = 0;
  /** Why ids before `replayableFrom` cannot be replayed: the last thing that moved it. */
  private lostBy: 'too-old' | 'gap' = 'too-old';

  constructor(
    readonly bootId: string,
    readonly capacity = 1000,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`an event log holds at least one event: ${capacity}`);
    if (/[\r\n\0]/.test(bootId)) throw new Error('a boot id cannot hold line breaks or NUL');
    this.ring = new Array<LoggedEvent<T> | undefined>(capacity);
  }

  /** The id a client is at once it has everything so far. */
  get lastId(): string {
    return `${this.bootId}-${this.seq}`;
  }

  /** Adds an event; `make` builds it knowing its id (a formatted message carries it). The oldest beyond the capacity is dropped. */
  append(make: (id: string) => T): LoggedEvent<T> {
    const seq = ++this.seq;
    const id = `${this.bootId}-${seq}`;
    const event: LoggedEvent<T> = { id, seq, value: make(id) };
    if (this.count === this.capacity) {
      const dropped = this.ring[this.start]!;
      // A client that saw the dropped event needs only what followed it, which is still here.
      this.replayableFrom = dropped.seq;
      this.lostBy = 'too-old';
      this.ring[this.start] = event;
      this.start = (this.start + 1) % this.capacity;
    } else {
      this.ring[(this.start + this.count) % this.capacity] = event;
      this.count += 1;
    }
    return event;
  }

  /**
   * Changes may have been missed from here on (the process stopped listening, or could not read
   * what changed): no id given out so far can be replayed. The seq moves on without an event,
   * so ids given out after the gap differ from every id before it.
   */
  markGap(): void {
    this.seq += 1;
    this.replayableFrom = this.seq;
    this.lostBy = 'gap';
    this.ring.fill(undefined);
    this.start = 0;
    this.count = 0;
  }

  /** The events after `lastEventId`, oldest first, or a reset when they cannot all be given. */
  since(lastEventId: string): Since<T> {
    const match = EVENT_ID.exec(lastEventId);
    if (!match) return { kind: 'reset', reason: 'unknown-id' };
    if (match[1] !== this.bootId) return { kind: 'reset', reason: 'other-process' };
    const seen = Number(match[2]);
    if (seen > this.seq) return { kind: 'reset', reason: 'unknown-id' };
    if (seen < this.replayableFrom) return { kind: 'reset', reason: this.lostBy };
    const events: LoggedEvent<T>[] = [];
    for (let i = 0; i < this.count; i++) {
      const event = this.ring[(this.start + i) % this.capacity]!;
      if (event.seq > seen) events.push(event);
    }
    return { kind: 'replay', events };
  }
}
