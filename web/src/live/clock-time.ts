/** "03:12" in the viewer's zone: when the data on screen is from. */
export function formatClock(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
}
