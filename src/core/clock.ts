/** Time comes from an injected clock so tests can drive escalations and response targets. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export class FakeClock implements Clock {
  constructor(private current: number = Date.UTC(2026, 0, 5, 9, 0, 0)) {}
  now(): number {
    return this.current;
  }
  set(instant: number | Date): void {
    this.current = typeof instant === 'number' ? instant : instant.getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
