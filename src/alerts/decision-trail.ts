import { countDecision, declareDecisionKinds } from '../core/metrics.js';

/**
 * The decision trail: what Vigil decided about an alert, in order, and why (docs/noise.md).
 *
 * Stored on the alert row (`alerts.trail`) as compact text, `;`-separated entries of
 * `<offsetMs> <code>[ <arg>][ <ref>]`, offsetMs counted from the alert's `first_seen_at`:
 * `0 R 3 int_7@17;0 G component,labels.cluster;0 O inc_9`. The alert's own insert carries its
 * first entries and later ones are appended by the statement that changes the alert, so the
 * trail costs no extra rows or statements. Prose is made here, on read.
 *
 * The codes are an append-only table: a stored trail must read the same forever, so a code is
 * never reused or given other arguments.
 */
export const TRAIL_CODES = {
  R: 'routed',
  S: 'silenced',
  W: 'maintenance',
  F: 'flapping',
  C: 'capped',
  G: 'grouped',
  O: 'opened',
  A: 'attached',
  M: 'merged',
  X: 'split',
  L: 'released',
  V: 'resolved',
} as const;

export type TrailCode = keyof typeof TRAIL_CODES;
export type TrailKind = (typeof TRAIL_CODES)[TrailCode];

// `vigil_alert_decisions_total` shows every kind from the start.
declareDecisionKinds(Object.values(TRAIL_CODES));

/** Counts committed trail entries, tallied by code, under their kinds in /metrics. */
export function countTrailEntries(tally: ReadonlyMap<string, number>): void {
  for (const [code, count] of tally) countDecision(TRAIL_CODES[code as TrailCode] ?? code, count);
}

/** Which parts each code carries: an argument, a reference, or both. */
const SHAPES: { readonly [C in TrailCode]: { readonly arg: boolean; readonly ref: boolean } } = {
  R: { arg: true, ref: true },
  S: { arg: false, ref: true },
  W: { arg: false, ref: true },
  F: { arg: false, ref: false },
  C: { arg: false, ref: true },
  G: { arg: true, ref: false },
  O: { arg: false, ref: true },
  A: { arg: false, ref: true },
  M: { arg: false, ref: true },
  X: { arg: false, ref: true },
  L: { arg: false, ref: true },
  V: { arg: false, ref: false },
};

export interface TrailEntry {
  /** Milliseconds after the alert was first seen. */
  readonly offsetMs: number;
  readonly code: TrailCode;
  readonly arg?: string;
  readonly ref?: string;
}

/** Spaces and `;` separate; `%` escapes. Label names may hold any of them. */
const escapePart = (text: string) => text.replace(/[% ;]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const unescapePart = (text: string) => text.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** One entry as stored, with the `;` that joins it to the entries before it when there are any. */
export function trailEntry(entry: TrailEntry, after: string): string {
  const shape = SHAPES[entry.code];
  const parts = [String(Math.max(0, Math.round(entry.offsetMs))), entry.code];
  if (shape.arg) parts.push(escapePart(entry.arg ?? '-'));
  if (shape.ref) parts.push(escapePart(entry.ref ?? '-'));
  return `${after === '' ? '' : ';'}${parts.join(' ')}`;
}

/** Appends entries to a stored trail. */
export function appendTrail(trail: string, ...entries: TrailEntry[]): string {
  let out = trail;
  for (const entry of entries) out += trailEntry(entry, out);
  return out;
}

/** The entries of a stored trail; an entry this version cannot read is skipped, never thrown on. */
export function decodeTrail(trail: string): TrailEntry[] {
  if (trail === '') return [];
  const entries: TrailEntry[] = [];
  for (const text of trail.split(';')) {
    const [offset, code, ...rest] = text.split(' ');
    if (code === undefined || !Object.hasOwn(SHAPES, code)) continue;
    const shape = SHAPES[code as TrailCode];
    const offsetMs = Number(offset);
    if (!Number.isFinite(offsetMs)) continue;
    const parts = rest.map(unescapePart);
    const arg = shape.arg ? parts.shift() : undefined;
    const ref = shape.ref ? parts.shift() : undefined;
    entries.push({ offsetMs, code: code as TrailCode, ...(arg !== undefined ? { arg } : {}), ...(ref !== undefined ? { ref } : {}) });
  }
  return entries;
}

/** Names for references, looked up by the reader (incident numbers, integration names, hold labels). */
export interface TrailNames {
  incident?(id: string): string | undefined;
  integration?(id: string): string | undefined;
  hold?(ref: string): string | undefined;
}

/** A decision as the API shows it. */
export interface Decision {
  readonly at: number;
  readonly kind: TrailKind;
  readonly reason: string;
  readonly ref: string | null;
}

const incidentName = (names: TrailNames, id: string | undefined) => (id === undefined ? 'an incident' : (names.incident?.(id) ?? id));
const holdName = (names: TrailNames, ref: string | undefined) => {
  if (ref === undefined) return 'a hold';
  const label = names.hold?.(ref);
  return label ? `${ref} (${label})` : ref;
};

/** One entry in words. */
export function describeEntry(entry: TrailEntry, names: TrailNames = {}): string {
  switch (entry.code) {
    case 'R': {
      const [integrationId, rev] = (entry.ref ?? '').split('@');
      const integration = integrationId ? (names.integration?.(integrationId) ?? integrationId) : 'its integration';
      const at = rev ? ` (routes at revision ${rev})` : '';
      return entry.arg === '0' ? `No routing rule of ${integration} matched, so it went to the integration's own service${at}` : `Routed by rule ${entry.arg} of ${integration}${at}`;
    }
    case 'S':
      return `Silenced by ${holdName(names, entry.ref)}: recorded, opened and paged nothing`;
    case 'W':
      return `Held by maintenance window ${holdName(names, entry.ref)}: recorded, opened and paged nothing`;
    case 'F':
      return 'Flapping: it resolved and fired again too often, so its incident is held open and re-fires page nobody until it is stable';
    case 'C':
      return `Capped by the storm limit: counted on storm incident ${incidentName(names, entry.ref)} instead of opening one of its own`;
    case 'G':
      return entry.arg === 'sender' ? "Grouped by its sender's group (Alertmanager or Grafana group key)" : `Grouped by ${(entry.arg ?? '').split(',').join(', ')}`;
    case 'O':
      return `Opened incident ${incidentName(names, entry.ref)}`;
    case 'A':
      return `Attached to incident ${incidentName(names, entry.ref)}, already open`;
    case 'M':
      return `Moved into incident ${incidentName(names, entry.ref)} when its incident was merged`;
    case 'X':
      return `Split out into incident ${incidentName(names, entry.ref)}`;
    case 'L':
      return `Released: ${holdName(names, entry.ref)} ended while it was still firing`;
    case 'V':
      return 'Resolved';
  }
}

/** The trail as API decisions, in order, at absolute times. */
export function trailDecisions(trail: string, firstSeenAt: number, names: TrailNames = {}): Decision[] {
  return decodeTrail(trail).map((entry) => ({ at: firstSeenAt + entry.offsetMs, kind: TRAIL_CODES[entry.code], reason: describeEntry(entry, names), ref: entry.ref ?? (entry.code === 'G' ? (entry.arg ?? null) : null) }));
}
