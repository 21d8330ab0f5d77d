import { describe, expect, it } from 'vitest';
import { formatDuration, responseWording } from './time';

describe('time wording', () => {
  it('keeps the two largest units and drops seconds past a minute', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(4 * 60_000 + 10_000)).toBe('4 min');
    expect(formatDuration(3 * 3_600_000 + 12 * 60_000)).toBe('3 h 12 min');
    expect(formatDuration(2 * 86_400_000 + 4 * 3_600_000 + 5_000)).toBe('2 d 4 h');
    expect(formatDuration(0)).toBe('0 s');
  });

  it('says how long is left, or how long ago the target was breached', () => {
    const by = Date.parse('2026-03-02T10:15:00Z');
    const pending = { state: 'pending', respond_by: new Date(by).toISOString(), responded_at: null, met: null };
    expect(responseWording(pending, by - 4 * 60_000)).toEqual({ text: 'Respond within 4 min', breached: false });
    expect(responseWording(pending, by + 2 * 60_000)).toEqual({ text: 'Breached 2 min ago', breached: true });
    expect(responseWording({ ...pending, responded_at: new Date(by + 60_000).toISOString(), met: false }, by + 3_600_000).breached).toBe(true);
    expect(responseWording({ ...pending, responded_at: new Date(by - 60_000).toISOString(), met: true }, by).text).toBe('Responded within target');
  });
});
