import type { ServerResponse } from 'node:http';
import type { Principal } from '../access/roles.js';

/**
 * Messages encoded once and written to every connection as they are: a string would be encoded
 * again, and held again while queued, for each connection.
 */
export interface Frame {
  readonly buffer: Buffer;
  readonly bytes: number;
}

export function frame(text: string): Frame {
  const buffer = Buffer.from(text);
  return { buffer, bytes: buffer.length };
}

/** Several frames as one write. */
export function joinFrames(frames: readonly Frame[]): Frame {
  const buffer = frames.length === 1 ? frames[0]!.buffer : Buffer.concat(frames.map((f) => f.buffer));
  return { buffer, bytes: buffer.length };
}

/** Chunked transfer encoding adds a size line and a line break around each write. */
const CHUNK_OVERHEAD = 16;

/**
 * One client's open stream, its response already begun. Writes are bounded: what Node.js holds
 * for the client but could not yet hand to the socket (`writableLength`: the response's buffer
 * and the socket's) may not grow past `maxQueuedBytes`; a write that would take it past is not
 * made, and the client is cut off instead. It reconnects with the id of the last event it read
 * and is replayed or told to read again.
 */
export class SseConnection {
  private done = false;
  /** Whether it was cut off for falling behind, rather than ended. */
  wasCut = false;
  /** Writes that Node.js answered with "buffer full" since the socket last drained. */
  private congested = false;
  /** The most this connection ever had queued, in bytes. */
  peakQueuedBytes = 0;

  constructor(
    private readonly raw: ServerResponse,
    readonly viewer: Principal,
    private readonly maxQueuedBytes: number,
    /** When the stream is ended so the client reconnects and its credentials are checked again (epoch ms). */
    readonly endsAt: number,
  ) {
    raw.on('drain', () => (this.congested = false));
    // A write racing the connection's end reports here; `close` follows and removes it.
    raw.on('error', () => {});
  }

  get open(): boolean {
    return !this.done && !this.raw.destroyed;
  }

  /** Bytes queued for this client now. */
  get queuedBytes(): number {
    return this.raw.writableLength;
  }

  /** Whether the client is reading more slowly than events are written to it. */
  get behind(): boolean {
    return this.congested;
  }

  /** Writes `message`, or cuts the client off when that would queue more than allowed; false when not written. */
  send(message: Frame): boolean {
    if (!this.open) return false;
    if (this.raw.writableLength + message.bytes + CHUNK_OVERHEAD > this.maxQueuedBytes) {
      this.wasCut = true;
      this.cut();
      return false;
    }
    if (!this.raw.write(message.buffer)) this.congested = true;
    this.peakQueuedBytes = Math.max(this.peakQueuedBytes, this.raw.writableLength);
    return true;
  }

  /** Ends the stream cleanly: the client sees the end and reconnects. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.raw.end();
  }

  /** Drops the connection at once, with whatever was still queued for it. */
  cut(): void {
    this.done = true;
    this.raw.destroy();
  }

  onClose(listener: () => void): void {
    this.raw.once('close', listener);
  }
}
