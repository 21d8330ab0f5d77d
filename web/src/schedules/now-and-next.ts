/** "Until today 23:00, then Chen Wei." or "Until today 23:00. Next: Chen Wei from Mon 09:00." */
export function nowAndNext(current: { now: unknown; until: string | null; next: { name: string } | null; next_from: string | null }, when: (iso: string) => string): string {
  const next = current.next !== null && current.next_from !== null ? { name: current.next.name, from: current.next_from } : null;
  if (current.now === null) return next === null ? 'Nobody is on call in the coming year.' : `Next: ${next.name} from ${when(next.from)}.`;
  const until = current.until === null ? '' : `Until ${when(current.until)}`;
  if (next === null) return `${until}${until ? '. ' : ''}Nobody else is on call in the coming year.`;
  if (until !== '' && next.from === current.until) return `${until}, then ${next.name}.`;
  return `${until}${until ? '. ' : ''}Next: ${next.name} from ${when(next.from)}.`;
}
