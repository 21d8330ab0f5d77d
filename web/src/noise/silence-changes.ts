import type { SilenceDraft } from './SilenceForm';
import type { Silence } from './queries';

/** How much longer a silence can be made to last from the console; the API takes any end. */
export const EXTENSIONS = [
  { value: '1h', label: '1 hour', ms: 3_600_000 },
  { value: '4h', label: '4 hours', ms: 4 * 3_600_000 },
  { value: '1d', label: '1 day', ms: 86_400_000 },
  { value: '1w', label: '1 week', ms: 7 * 86_400_000 },
] as const;

export type ExtensionValue = (typeof EXTENSIONS)[number]['value'];

/** The server's limit: a silence lasts at most 366 days from its start. */
const MAX_SILENCE_MS = 366 * 86_400_000;

/**
 * The end a silence gets when extended by `value`: its current end moved later, so "4 hours"
 * means four more hours of quiet, whenever it is asked. Null when that passes the 366-day limit.
 */
export function extendedEnd(silence: { starts_at: string; ends_at: string }, value: ExtensionValue): string | null {
  const extension = EXTENSIONS.find((e) => e.value === value);
  if (extension === undefined) return null;
  const end = Date.parse(silence.ends_at) + extension.ms;
  return end - Date.parse(silence.starts_at) > MAX_SILENCE_MS ? null : new Date(end).toISOString();
}

/**
 * A new silence like an ended one (Alertmanager's "recreate"): the same matchers, services and
 * comment, for as long as it was meant to last. One expired early has lost its planned end, so
 * it gets the form's usual two hours.
 */
export function draftAgain(silence: Pick<Silence, 'matchers' | 'services' | 'comment' | 'starts_at' | 'ends_at' | 'expired_at'>): SilenceDraft {
  const planned = Date.parse(silence.ends_at) - Date.parse(silence.starts_at);
  return {
    matchers: silence.matchers.map((m) => ({ ...m })),
    services: [...(silence.services ?? [])],
    duration: silence.expired_at === null && planned > 0 ? durationText(planned) : '2h',
    comment: silence.comment,
  };
}

/** A length as the API's durations write it, in the largest unit that keeps it whole: 1d, 6h, 90m. */
export function durationText(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
