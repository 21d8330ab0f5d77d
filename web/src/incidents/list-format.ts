/** What a row of the incidents list says, pure: its age and its response target, from the server's clock. */
import { formatDuration } from '../ui/time';

export interface TargetWording {
  /** Short, for a table cell or a card: "4 min left", "Breached 2 min ago", "Met", "Missed by 2 min". */
  readonly text: string;
  /** The same for a screen reader, which hears no column header on a card. */
  readonly spoken: string;
  /** Shown in the breach colour. */
  readonly breached: boolean;
}

interface Response {
  readonly respond_by: string;
  readonly responded_at: string | null;
}

/**
 * The response target: someone must acknowledge (or resolve) by `respond_by`. Counted from `now`
 * (the server's clock): a countdown crosses into "Breached" as the clock passes, without a read.
 */
export function targetWording(response: Response, now: number): TargetWording {
  const by = Date.parse(response.respond_by);
  if (response.responded_at !== null) {
    const late = Date.parse(response.responded_at) - by;
    if (late <= 0) return { text: 'Met', spoken: 'Response target met', breached: false };
    return { text: `Missed by ${formatDuration(late)}`, spoken: `Response target missed by ${formatDuration(late)}`, breached: true };
  }
  if (now >= by) return { text: `Breached ${formatDuration(now - by)} ago`, spoken: `Response target breached ${formatDuration(now - by)} ago`, breached: true };
  return { text: `${formatDuration(by - now)} left`, spoken: `Respond within ${formatDuration(by - now)}`, breached: false };
}

/** "12 min": how long since the incident was triggered. */
export function ageText(triggeredAt: string, now: number): string {
  return formatDuration(now - Date.parse(triggeredAt));
}
