/**
 * The schedule model: what `vigil.yaml` and the API describe, and what the resolver turns into
 * shifts. Wall-clock values (handoff times, restriction windows, layer starts) are in the
 * schedule's time zone; overrides are absolute instants.
 */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * How often the layer hands off:
 * - `daily` / `weekly` / `days` (every N days): at the layer's handoff wall-clock time, every 1,
 *   7 or N calendar days counted from the layer's start date, so a 09:00 handoff stays at 09:00
 *   local across daylight-saving changes (that shift lasts 23 h or 25 h);
 * - `hours` (every N hours): every N elapsed hours from the layer's start instant.
 */
export type Rotation =
  | { readonly kind: 'daily' }
  | { readonly kind: 'weekly' }
  | { readonly kind: 'days'; readonly every: number }
  | { readonly kind: 'hours'; readonly every: number };

/** A window in which the layer is on call, e.g. weekdays 09:00–17:00 (local). */
export interface Restriction {
  /** The days the window starts on; all days when empty. */
  readonly days: readonly Weekday[];
  /** "HH:MM" local. */
  readonly from: string;
  /** "HH:MM" local; a window whose `to` is not after `from` ends the next day ("22:00"–"06:00"). */
  readonly to: string;
}

export interface Layer {
  readonly id: string;
  readonly name: string | null;
  readonly rotation: Rotation;
  /** The first handoff: a local date ("2026-01-05") or date-time ("2026-01-05T09:00"). */
  readonly start: string;
  /** "HH:MM" local: when shifts change hands (daily, weekly, days). Defaults to the start's time. */
  readonly handoff: string;
  /** User ids in rotation order; the first is on call from the start. */
  readonly participants: readonly string[];
  /** On call only inside these windows; always when empty. */
  readonly restrictions: readonly Restriction[];
  /** Epoch ms after which the layer has nobody; null: no end. */
  readonly endsAt: number | null;
}

export interface Override {
  readonly id: string;
  readonly userId: string;
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
}

export interface ScheduleDefinition {
  readonly id: string;
  readonly timeZone: string;
  /** Later layers take precedence where they have someone on call. */
  readonly layers: readonly Layer[];
  /** Win over every layer; where two overlap, the later in this list wins. */
  readonly overrides: readonly Override[];
}

export interface Shift {
  readonly userId: string;
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** Where the shift comes from: a layer id, or `override:<id>`. */
  readonly source: string;
}
