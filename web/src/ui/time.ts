/** Pure time wording for the console; instants are shown in the viewer's own time zone. */

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "3 h 12 min", "45 s", "2 d 4 h": the two largest units, for ages and countdowns. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const units: [string, number][] = [['d', 86_400], ['h', 3_600], ['min', 60], ['s', 1]];
  const parts: string[] = [];
  let rest = seconds;
  for (const [name, size] of units) {
    const count = Math.floor(rest / size);
    if (count > 0 || (parts.length === 0 && size === 1)) parts.push(`${count} ${name}`);
    rest -= count * size;
    if (parts.length === 2) break;
  }
  // Past a minute, seconds are noise to a tired reader.
  return parts.filter((part, i) => !(i === 1 && part.endsWith(' s') && seconds >= 60)).join(' ');
}

/** "Tue 4 Dec, 03:12" in the viewer's zone (or `timeZone`). */
export function formatInstant(iso: string | number, timeZone?: string, withZone = false): string {
  const date = new Date(iso);
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).format(date);
}

/** What a response target says now: "Respond within 4 min" or "Breached 2 min ago". */
export function responseWording(response: { state: string; respond_by: string; responded_at: string | null; met: boolean | null }, now: number): { text: string; breached: boolean } {
  const by = Date.parse(response.respond_by);
  if (response.responded_at !== null) {
    const late = Date.parse(response.responded_at) - by;
    return response.met === false
      ? { text: `Responded ${formatDuration(late)} late`, breached: true }
      : { text: 'Responded within target', breached: false };
  }
  if (now > by) return { text: `Breached ${formatDuration(now - by)} ago`, breached: true };
  return { text: `Respond within ${formatDuration(by - now)}`, breached: false };
}
