/**
 * Countdowns count from the server's clock, not the laptop's: a wrong local clock must not make
 * a breached response target look fine. Every answer's `Date` header updates the skew.
 */
let skewMs = 0;

export function noteServerDate(header: string | null, receivedAt = Date.now()): void {
  if (header === null) return;
  const server = Date.parse(header);
  // Date has one-second resolution: ignore differences a round trip explains.
  if (Number.isFinite(server) && Math.abs(server - receivedAt) > 2_000) skewMs = server - receivedAt;
  else if (Number.isFinite(server)) skewMs = 0;
}

export function serverNow(): number {
  return Date.now() + skewMs;
}
