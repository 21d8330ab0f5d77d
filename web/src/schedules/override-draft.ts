import { clip, formatLength, type Person, type Span, type TimedShift } from './timeline';

/** An override being drawn up in the form: any part may still be missing. */
export interface OverrideDraft {
  readonly user: Person | null;
  readonly start: number | null;
  readonly end: number | null;
}

export interface ExistingOverride extends Span {
  readonly id: string;
  readonly user: Person;
}

export interface DraftCheck {
  /** What stops it being saved. */
  readonly errors: readonly string[];
  /** What the person should know before saving: it will still be saved. */
  readonly warnings: readonly string[];
}

/** A start this far before now is a mistake worth mentioning, not the minute the form was opened. */
const PAST_START_SLACK_MS = 5 * 60_000;

/**
 * What is wrong with a draft, and what to warn about: overlapping overrides (the new one wins
 * where they overlap, which silently cuts someone's cover short), the person already being on
 * call, and ranges in the past. `describe` words a range in the viewer's zone.
 */
export function checkDraft(
  draft: OverrideDraft,
  context: { now: number; overrides: readonly ExistingOverride[]; finalShifts: readonly TimedShift[]; describe: (span: Span) => string },
): DraftCheck {
  const errors: string[] = [];
  if (draft.user === null) errors.push('Choose who is on call.');
  if (draft.start === null) errors.push('Give a start date and time.');
  if (draft.end === null) errors.push('Give an end date and time.');
  if (draft.start !== null && draft.end !== null && draft.end <= draft.start) errors.push('The end must be after the start.');
  if (errors.length > 0 || draft.user === null || draft.start === null || draft.end === null) return { errors, warnings: [] };

  const span = { start: draft.start, end: draft.end };
  const warnings: string[] = [];
  if (span.end <= context.now) warnings.push('This range has already ended, so it puts nobody on call.');
  else if (span.start < context.now - PAST_START_SLACK_MS) warnings.push('This starts in the past; only the part from now on changes who is paged.');

  for (const other of context.overrides) {
    if (other.end <= span.start || other.start >= span.end) continue;
    const whose = other.user.id === draft.user.id ? 'an override of their own' : `${other.user.name}'s override`;
    warnings.push(`Overlaps ${whose} (${context.describe(other)}); the new one wins where they overlap.`);
  }

  const already = clip(context.finalShifts, span).filter((s) => s.user.id === draft.user!.id).reduce((sum, s) => sum + (s.end - s.start), 0);
  if (already >= span.end - span.start) warnings.push(`${draft.user.name} is already on call for all of this range, so the override changes nothing.`);
  else if (already > 0) warnings.push(`${draft.user.name} is already on call for ${formatLength(already)} of this range.`);
  return { errors, warnings };
}
