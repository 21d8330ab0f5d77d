import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Principal } from '../access/roles.js';
import { sseConnections } from '../core/metrics.js';
import type { IncidentChangeKind, NoticeListener } from '../incidents/incident-changes.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { EventLog, type ResetReason } from './event-log.js';
import { NoticeBatch } from './notice-batch.js';
import { formatComment, formatMessage } from './sse-format.js';
import { frame, joinFrames, SseConnection, type Frame } from './sse-connection.js';
import { streamMaySee } from './stream-access.js';

export interface StreamSettings {
  /** How long notices gather before the incidents they name are read, once each. */
  readonly coalesceMs: number;
  /**
   * What a viewer is sent at most, in bytes a second: after a round of events the next one
   * gathers for as long as sending it took of this budget, so a storm of changes comes in fewer,
   * larger rounds instead of costing every viewer (and the process writing to them) more.
   */
  readonly viewerBytesPerSecond: number;
  /** The longest a round gathers, however large the one before. */
  readonly maxGatherMs: number;
  /** A `: ping` comment this often keeps proxies and idle-connection timeouts away. */
  readonly heartbeatMs: number;
  /** Events kept for clients that reconnect. */
  readonly replayEvents: number;
  /** A client with more than this queued for it is cut off. */
  readonly maxQueuedBytes: number;
  /** The `retry:` a client waits before reconnecting, in ms. */
  readonly retryMs: number;
  /** How long the process keeps listening after the last stream closed, so a reconnect soon after is replayed. */
  readonly lingerMs: number;
  /** A stream ends after this long (±10%), so the client reconnects and its credentials are checked again. */
  readonly maxStreamMs: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  coalesceMs: 75,
  viewerBytesPerSecond: 64 * 1024,
  maxGatherMs: 2_000,
  heartbeatMs: 15_000,
  replayEvents: 1000,
  maxQueuedBytes: 256 * 1024,
  retryMs: 3_000,
  lingerMs: 60_000,
  maxStreamMs: 30 * 60_000,
};

/** What the hub hears changes from: `IncidentEvents`. */
export interface ChangeFeed {
  listen(listener: NoticeListener): () => void;
}

/** Reads the list views (no timeline) of the incidents with these numbers; those gone are left out. */
export type ReadIncidents = (numbers: readonly number[]) => Promise<readonly IncidentView[]>;

interface StreamEvent {
  readonly incident: IncidentView;
  readonly frame: Frame;
}

export interface StreamStats {
  readonly connections: number;
  /** Clients cut off for falling too far behind. */
  readonly cutOff: number;
  /** The most any connection ever had queued, in bytes. */
  readonly peakQueuedBytes: number;
  readonly listening: boolean;
  readonly lastEventId: string;
}

/**
 * Why a client must read again: its id cannot be replayed (`EventLog`), what it missed or what
 * changed at once is more than it may have queued (`too-many`), or the changes could not be read
 * (`unavailable`).
 */
export type StreamResetReason = ResetReason | 'too-many' | 'unavailable';

const PING = frame(formatComment('ping'));

/**
 * The least an incident event takes (id, timestamps, names, response target). More incidents in a
 * round than fit in half the cap at this size would be sent as a reset anyway: they are not read.
 */
const MIN_EVENT_BYTES = 512;

/**
 * The live stream of one process: one listener on the change feed, however many clients. Notices
 * are gathered for `coalesceMs`, each named incident is read once, and the same formatted event
 * is written to every connection that may see it and kept in the replay log.
 *
 * The feed is listened to only while someone is connected (and `lingerMs` after), so a process
 * nobody watches builds no notices; a client that reconnects across a stretch nobody listened is
 * told to read again.
 */
export class StreamHub {
  private readonly log: EventLog<StreamEvent>;
  private readonly connections = new Set<SseConnection>();
  private readonly batch = new NoticeBatch();
  private stopListening: (() => void) | undefined;
  private listenedBefore = false;
  private gatherTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private lingerTimer: NodeJS.Timeout | undefined;
  private publishing: Promise<void> | undefined;
  /** When the next round may go out, by the viewers' byte budget (epoch ms). */
  private nextRoundAt = 0;
  private closed = false;
  private cutOff = 0;
  private peakQueuedBytes = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly read: ReadIncidents,
    private readonly settings: StreamSettings,
    private readonly logger: Logger,
  ) {
    this.log = new EventLog(randomBytes(6).toString('hex'), settings.replayEvents);
  }

  /**
   * Streams to a client whose response has begun (status and headers written). `lastEventId`:
   * the id it last saw, when reconnecting; it gets what it missed, or `reset`.
   */
  open(raw: ServerResponse, viewer: Principal, lastEventId: string | undefined): void {
    // Gone while its credentials were checked: its `close` has been and gone.
    if (raw.destroyed) return;
    if (this.closed) {
      raw.end();
      return;
    }
    this.listen();
    const jitter = 0.9 + Math.random() * 0.2;
    const connection = new SseConnection(raw, viewer, this.settings.maxQueuedBytes, Date.now() + this.settings.maxStreamMs * jitter);
    this.connections.add(connection);
    sseConnections.inc();
    connection.onClose(() => this.leave(connection));
    // The catch-up is written as the connection joins, in one go: no event falls between.
    connection.send(this.catchUp(viewer, lastEventId));
    this.heartbeatTimer ??= setInterval(() => this.heartbeat(), this.settings.heartbeatMs).unref();
  }

  stats(): StreamStats {
    let peak = this.peakQueuedBytes;
    for (const connection of this.connections) peak = Math.max(peak, connection.peakQueuedBytes);
    return { connections: this.connections.size, cutOff: this.cutOff, peakQueuedBytes: peak, listening: this.stopListening !== undefined, lastEventId: this.log.lastId };
  }

  /** Ends every stream cleanly and stops listening; streams still open after `graceMs` (clients not reading) are dropped. */
  async close(graceMs = 1_000): Promise<void> {
    this.closed = true;
    for (const timer of [this.gatherTimer, this.lingerTimer]) clearTimeout(timer);
    clearInterval(this.heartbeatTimer);
    this.stopListening?.();
    this.stopListening = undefined;
    const open = [...this.connections];
    const ended = Promise.all(open.map((connection) => new Promise<void>((resolve) => connection.onClose(resolve))));
    for (const connection of open) connection.end();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([ended, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    for (const connection of this.connections) connection.cut();
    await this.publishing;
  }

  /** What a new stream starts with: the reconnect delay, then the missed events or a reset, and the id it is now at. */
  private catchUp(viewer: Principal, lastEventId: string | undefined): Frame {
    const retry = formatMessage({ retry: this.settings.retryMs });
    if (lastEventId === undefined) return frame(retry + formatMessage({ id: this.log.lastId }));
    const since = this.log.since(lastEventId);
    if (since.kind === 'reset') return frame(retry + this.resetMessage(since.reason));
    const missed = since.events.filter((event) => streamMaySee(viewer, event.value.incident));
    const bytes = missed.reduce((sum, event) => sum + event.value.frame.bytes, 0);
    // More than a client may have queued would cut it off before it read any, again on every retry.
    if (bytes > this.settings.maxQueuedBytes / 2) return frame(retry + this.resetMessage('too-many'));
    return joinFrames([frame(retry), ...missed.map((event) => event.value.frame), frame(formatMessage({ id: this.log.lastId }))]);
  }

  private resetMessage(reason: StreamResetReason): string {
    return formatMessage({ id: this.log.lastId, event: 'reset', data: JSON.stringify({ reason }) });
  }

  private listen(): void {
    clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    if (this.stopListening) return;
    // Changes made while nobody listened were not heard: ids from before cannot be replayed.
    if (this.listenedBefore) this.log.markGap();
    this.listenedBefore = true;
    this.stopListening = this.feed.listen((notices) => {
      this.batch.add(notices);
      this.schedule();
    });
  }

  private leave(connection: SseConnection): void {
    if (!this.connections.delete(connection)) return;
    sseConnections.dec();
    if (connection.wasCut) this.cutOff += 1;
    this.peakQueuedBytes = Math.max(this.peakQueuedBytes, connection.peakQueuedBytes);
    if (this.connections.size > 0 || this.closed) return;
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
    this.lingerTimer = setTimeout(() => {
      this.lingerTimer = undefined;
      this.stopListening?.();
      this.stopListening = undefined;
    }, this.settings.lingerMs).unref();
  }

  private schedule(): void {
    if (this.gatherTimer || this.publishing || this.closed || this.batch.size === 0) return;
    const delay = Math.min(this.settings.maxGatherMs, Math.max(this.settings.coalesceMs, this.nextRoundAt - Date.now()));
    this.gatherTimer = setTimeout(() => {
      this.gatherTimer = undefined;
      this.publishing = this.publish(this.batch.take()).finally(() => {
        this.publishing = undefined;
        this.schedule();
      });
    }, delay);
  }

  /** A round of `bytes` went to every viewer: the next waits until it is paid for. */
  private pace(bytes: number): void {
    this.nextRoundAt = Date.now() + (bytes / this.settings.viewerBytesPerSecond) * 1000;
  }

  /** Reads the changed incidents once and writes one event per incident to every stream. */
  private async publish(changes: readonly [number, IncidentChangeKind][]): Promise<void> {
    const roundLimit = this.settings.maxQueuedBytes / 2;
    if (changes.length * MIN_EVENT_BYTES > roundLimit) {
      // Too many to send one by one (see below), so not read: unrecorded, they break the replay log.
      this.log.markGap();
      this.broadcast(frame(this.resetMessage('too-many')));
      this.pace(changes.length * MIN_EVENT_BYTES);
      return;
    }
    let incidents: readonly IncidentView[];
    try {
      incidents = await this.read(changes.map(([number]) => number));
    } catch (error) {
      // What changed cannot be told: every client reads again, and no earlier id can be replayed.
      this.logger.warn({ err: error }, 'live stream: could not read changed incidents; clients are told to read again');
      this.log.markGap();
      this.broadcast(frame(this.resetMessage('unavailable')));
      return;
    }
    const byNumber = new Map(incidents.map((incident) => [incident.number, incident]));
    const round: StreamEvent[] = [];
    let bytes = 0;
    for (const [number, kind] of changes) {
      const incident = byNumber.get(number);
      // Gone (deleted) since the notice: nothing to show.
      if (!incident) continue;
      const data = JSON.stringify({ kind, incident });
      const event = this.log.append((id) => ({ incident, frame: frame(formatMessage({ id, event: 'incident', data })) })).value;
      round.push(event);
      bytes += event.frame.bytes;
    }
    // Every viewer reads again or is sent these: either costs about this much.
    this.pace(bytes);
    // So much changed at once that writing it would cut off every client, fast ones too: tell
    // them to read again instead (one request each rather than a reconnect and a reset).
    if (bytes > roundLimit) {
      this.broadcast(frame(this.resetMessage('too-many')));
      return;
    }
    if (round.length > 0) this.broadcastRound(round);
  }

  /** One write per connection for the whole round: its events that the viewer may see. */
  private broadcastRound(round: readonly StreamEvent[]): void {
    let everything: Frame | undefined;
    for (const connection of this.connections) {
      const visible = round.filter((event) => streamMaySee(connection.viewer, event.incident));
      if (visible.length === 0) continue;
      const message = visible.length === round.length ? (everything ??= joinFrames(round.map((event) => event.frame))) : joinFrames(visible.map((event) => event.frame));
      connection.send(message);
    }
  }

  /** What every stream gets. */
  private broadcast(message: Frame): void {
    for (const connection of this.connections) connection.send(message);
  }

  private heartbeat(): void {
    const now = Date.now();
    for (const connection of this.connections) {
      if (now >= connection.endsAt) connection.end();
      else connection.send(PING);
    }
  }
}
