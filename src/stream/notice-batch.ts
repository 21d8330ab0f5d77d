import type { IncidentChangeKind, IncidentNotice } from '../incidents/incident-changes.js';

/**
 * Kinds that only say "something about it changed": a more telling kind heard for the same
 * incident in the same batch is not replaced by one of these.
 */
const VAGUE: ReadonlySet<IncidentChangeKind> = new Set(['alerts_changed', 'updated']);

/**
 * The kind an event carries when one batch heard several for an incident: `opened` stays (the
 * client has not seen the incident before), a vague kind never replaces a telling one, otherwise
 * the latest wins.
 */
export function mergeKind(earlier: IncidentChangeKind, later: IncidentChangeKind): IncidentChangeKind {
  if (earlier === 'opened') return earlier;
  if (VAGUE.has(later) && !VAGUE.has(earlier)) return earlier;
  return later;
}

/** Notices gathered between two reads, one entry per incident in the order first heard. Pure. */
export class NoticeBatch {
  private kinds = new Map<number, IncidentChangeKind>();

  get size(): number {
    return this.kinds.size;
  }

  add(notices: readonly IncidentNotice[]): void {
    for (const { kind, number } of notices) {
      const earlier = this.kinds.get(number);
      this.kinds.set(number, earlier === undefined ? kind : mergeKind(earlier, kind));
    }
  }

  /** What was gathered; the batch starts empty again. */
  take(): [number: number, kind: IncidentChangeKind][] {
    const taken = [...this.kinds];
    this.kinds = new Map();
    return taken;
  }
}
