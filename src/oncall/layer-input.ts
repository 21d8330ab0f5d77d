import { WEEKDAYS, type Layer, type Restriction, type Weekday } from './schedule-types.js';
import {
  HANDOFF_HINT,
  INSTANT_HINT,
  LOCAL_START_HINT,
  ROTATION_HINT,
  TIME_OF_DAY_HINT,
  formatHandoff,
  formatInstant,
  formatLocalStart,
  formatRotation,
  isTimeOfDay,
  localInstant,
  nextWeekday,
  parseHandoff,
  parseInstant,
  parseLocalStart,
  parseRotation,
  weekdayOf,
} from './schedule-fields.js';

/** A layer as `vigil.yaml` and the API write it. */
export interface LayerInput {
  readonly name?: string | undefined;
  readonly rotation: string;
  readonly handoff?: string | undefined;
  readonly start: string;
  readonly participants: readonly string[];
  readonly restrictions?: readonly RestrictionInput[] | undefined;
  readonly end?: string | undefined;
}

export interface RestrictionInput {
  readonly days?: readonly string[] | undefined;
  readonly from: string;
  readonly to: string;
}

/** A problem with one field of an input, at a path relative to the input. */
export interface InputProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly hint?: string;
}

export type LayerValues = Omit<Layer, 'id'>;

/**
 * Checks a layer and turns it into what is stored. A weekly handoff that names a weekday moves
 * the start to the first such weekday on or after the start date, so the stored start is the
 * first handoff and the weekday is implied by it (export names it again). The handoff time
 * defaults to the time in `start`, else midnight.
 */
export function readLayer(input: LayerInput, timeZone: string): { value?: LayerValues; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const problem = (path: InputProblem['path'], message: string, hint?: string) => problems.push(hint === undefined ? { path, message } : { path, message, hint });

  const rotation = parseRotation(input.rotation);
  if (!rotation) problem(['rotation'], `"${input.rotation}" is not a rotation`, ROTATION_HINT);
  const start = parseLocalStart(input.start);
  if (!start) problem(['start'], `"${input.start}" is not a local date or date-time`, LOCAL_START_HINT);
  const handoff = input.handoff === undefined ? undefined : parseHandoff(input.handoff);
  if (input.handoff !== undefined && !handoff) problem(['handoff'], `"${input.handoff}" is not a handoff time`, HANDOFF_HINT);
  if (handoff?.weekday && rotation && rotation.kind !== 'weekly') {
    problem(['handoff'], `a weekday in the handoff applies only to weekly rotations, not ${input.rotation}`, `write "${handoff.time}", or set rotation: weekly`);
  }
  if (handoff && start?.time && handoff.time !== start.time) {
    problem(['handoff'], `the handoff time ${handoff.time} differs from the time in start (${start.time})`, 'give start as a date and the time in handoff, or make the two agree');
  }
  if (input.participants.length === 0) problem(['participants'], 'a layer needs at least one participant');
  const restrictions = readRestrictions(input.restrictions ?? [], problem);

  let endsAt: number | null = null;
  if (input.end !== undefined) {
    const end = parseInstant(input.end);
    if (end === undefined) problem(['end'], `"${input.end}" is not a date-time with a UTC offset`, INSTANT_HINT);
    else endsAt = end;
  }
  if (!rotation || !start || problems.length > 0) return { problems };

  const time = handoff?.time ?? start.time ?? '00:00';
  const date = handoff?.weekday ? nextWeekday(start.date, handoff.weekday) : start.date;
  if (endsAt !== null && endsAt <= localInstant(date, time, timeZone)) {
    problem(['end'], `end ${input.end} is not after the layer's first handoff (${date} ${time} ${timeZone})`, 'remove end, or move it after the start');
    return { problems };
  }
  const value: LayerValues = {
    name: input.name ?? null,
    rotation,
    start: formatLocalStart({ date, time: start.time }),
    handoff: time,
    participants: [...input.participants],
    restrictions,
    endsAt,
  };
  return { value, problems };
}

function readRestrictions(inputs: readonly RestrictionInput[], problem: (path: InputProblem['path'], message: string, hint?: string) => void): Restriction[] {
  return inputs.map((input, index) => {
    const days: Weekday[] = [];
    for (const [d, day] of (input.days ?? []).entries()) {
      const weekday = WEEKDAYS.find((w) => w === day);
      if (!weekday) problem(['restrictions', index, 'days', d], `"${day}" is not a weekday`, `use ${WEEKDAYS.join(', ')}`);
      else if (days.includes(weekday)) problem(['restrictions', index, 'days', d], `${day} is listed twice`);
      else days.push(weekday);
    }
    for (const key of ['from', 'to'] as const) {
      if (!isTimeOfDay(input[key])) problem(['restrictions', index, key], `"${input[key]}" is not a time of day`, TIME_OF_DAY_HINT);
    }
    return { days, from: input.from, to: input.to };
  });
}

/** The input that reads back as this layer: what export writes and the API returns. */
export function layerInput(layer: LayerValues): LayerInput {
  const date = layer.start.slice(0, 10);
  const handoff = formatHandoff({ weekday: layer.rotation.kind === 'weekly' ? weekdayOf(date) : null, time: layer.handoff });
  return {
    ...(layer.name === null ? {} : { name: layer.name }),
    rotation: formatRotation(layer.rotation),
    handoff,
    start: layer.start,
    participants: [...layer.participants],
    ...(layer.restrictions.length === 0
      ? {}
      : { restrictions: layer.restrictions.map((r) => ({ ...(r.days.length === 0 ? {} : { days: [...r.days] }), from: r.from, to: r.to })) }),
    ...(layer.endsAt === null ? {} : { end: formatInstant(layer.endsAt) }),
  };
}

/** The stored layer equals the wanted one in every field that defines it. */
export function sameLayer(a: LayerValues, b: LayerValues): boolean {
  return JSON.stringify(layerInput(a)) === JSON.stringify(layerInput(b));
}
