/**
 * Maps the severity words senders use (AlertEvent.severityHints) to a configured Vigil severity.
 * A map is `word → severity id`, words compared case-insensitively; the reserved entry
 * `fallback` names the severity used when no hint is known.
 */
export type SeverityMap = Readonly<Record<string, string>>;

export const FALLBACK_ENTRY = 'fallback';

export interface RankedSeverity {
  readonly id: string;
  /** 1 is the most severe. */
  readonly rank: number;
}

/**
 * The built-in map, for the default severities SEV-1…SEV-3:
 *
 * | incoming word                                                            | severity |
 * |--------------------------------------------------------------------------|----------|
 * | critical, crit, fatal, emergency, emerg, disaster, page, high, p1, sev1  | SEV-1    |
 * | error, err, major, medium, p2, sev2                                      | SEV-2    |
 * | warning, warn, info, informational, notice, minor, low, debug, p3–p5, sev3 | SEV-3  |
 *
 * `page` is the Prometheus convention for "wake someone"; PD's enum (critical, error, warning,
 * info) is covered, as are syslog levels and P1–P5 priorities. No `fallback` entry: an unknown
 * word gets the least severe configured severity, so a typo never pages at the top level.
 */
export const DEFAULT_SEVERITY_MAP: SeverityMap = {
  critical: 'SEV-1', crit: 'SEV-1', fatal: 'SEV-1', emergency: 'SEV-1', emerg: 'SEV-1', disaster: 'SEV-1',
  page: 'SEV-1', high: 'SEV-1', p1: 'SEV-1', sev1: 'SEV-1',
  error: 'SEV-2', err: 'SEV-2', major: 'SEV-2', medium: 'SEV-2', p2: 'SEV-2', sev2: 'SEV-2',
  warning: 'SEV-3', warn: 'SEV-3', info: 'SEV-3', informational: 'SEV-3', notice: 'SEV-3', minor: 'SEV-3',
  low: 'SEV-3', debug: 'SEV-3', p3: 'SEV-3', p4: 'SEV-3', p5: 'SEV-3', sev3: 'SEV-3',
};

const normalise = (word: string) => word.trim().toLowerCase();

// Maps and severity lists are long-lived (cached per integration); their normalised lookups are
// built once per object rather than on every alert.
const lookups = new WeakMap<object, Map<string, string>>();
function lookup(key: object, build: () => Map<string, string>): Map<string, string> {
  let found = lookups.get(key);
  if (!found) {
    found = build();
    lookups.set(key, found);
  }
  return found;
}

/** A per-service map over a base: the override's entries win, words compared case-insensitively. */
export function mergeSeverityMaps(base: SeverityMap, override: SeverityMap): SeverityMap {
  const merged: Record<string, string> = {};
  for (const [word, id] of [...Object.entries(base), ...Object.entries(override)]) merged[normalise(word)] = id;
  return merged;
}

/**
 * The severity for an alert. Hints are tried in order and the first one the map knows wins; a
 * hint that is itself a configured severity id (`SEV-2`, or `critical` when severities are named
 * that way) also counts, after the map. A map value that names no configured severity falls back
 * to the least severe configured one, as does an alert with no known hint unless the map has a
 * `fallback` entry. Throws when no severity is configured: the configuration guarantees one.
 */
export function mapSeverity(hints: readonly string[], map: SeverityMap, severities: readonly RankedSeverity[]): string {
  const least = severities.reduce<RankedSeverity | undefined>((worst, s) => (worst === undefined || s.rank > worst.rank ? s : worst), undefined);
  if (least === undefined) throw new RangeError('mapSeverity needs at least one configured severity');
  const configured = lookup(severities, () => new Map(severities.map((s) => [normalise(s.id), s.id])));
  const words = lookup(map, () => new Map(Object.entries(map).map(([word, id]) => [normalise(word), id])));
  const resolve = (id: string | undefined) => (id === undefined ? undefined : configured.get(normalise(id)));

  for (const hint of hints) {
    const word = normalise(hint);
    if (word === '' || word === FALLBACK_ENTRY) continue;
    const mapped = words.get(word);
    if (mapped !== undefined) return resolve(mapped) ?? configured.get(word) ?? least.id;
    const direct = configured.get(word);
    if (direct !== undefined) return direct;
  }
  return resolve(words.get(FALLBACK_ENTRY)) ?? least.id;
}
