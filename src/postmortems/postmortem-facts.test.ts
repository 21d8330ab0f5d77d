import { describe, expect, it } from 'vitest';
import { keyTimeline, MAX_KEY_LINES, type FactsEntry, type FactsIncident } from './postmortem-facts.js';
import { cellText, formatSeconds, lineText } from './postmortem-markdown.js';

const T0 = Date.parse('2026-03-02T10:00:00Z');
let seq = 0;
const entry = (minute: number, kind: string, message: string, data: Record<string, unknown> = {}, actor = 'system'): FactsEntry => ({ seq: ++seq, at: T0 + minute * 60_000, kind, actor, message, data });

function incident(number: number, timeline: FactsEntry[]): FactsIncident {
  return {
    id: `inc_${number}`, number, title: `Incident ${number}`, service: null, severityId: 'SEV-2', commanderId: null, triggeredAt: T0, resolvedAt: T0 + 3_600_000, timeline,
    cost: { amountMinor: null, amount: null, currency: null, formula: null, impactStart: T0, impactEnd: T0 + 3_600_000, startKnown: false },
  };
}

describe('key timeline', () => {
  it('keeps pinned notes only, never alert noise, reminders or warnings', () => {
    const note = entry(3, 'note', 'Restarted the pool', {}, 'user:bob');
    const lines = keyTimeline([incident(1, [
      entry(0, 'triggered', 'Triggered by alertmanager'),
      entry(1, 'alert_added', 'Another alert'),
      entry(2, 'escalation_warning', 'Nobody to page'),
      note,
      entry(4, 'note', 'Unpinned chatter', {}, 'user:bob'),
      entry(5, 'pinned', 'Pinned', { seq: note.seq }, 'user:bob'),
      entry(6, 'update_reminder', 'Update due'),
      entry(7, 'resolved', 'Resolved by user:bob'),
    ])], new Map());
    expect(lines.map((l) => l.text)).toEqual(['Triggered by alertmanager', 'Restarted the pool', 'Resolved by user:bob']);
  });

  it('interleaves merged incidents by time, each line carrying its number', () => {
    const lines = keyTimeline([
      incident(1, [entry(0, 'declared', 'Declared'), entry(10, 'resolved', 'Resolved')]),
      incident(2, [entry(5, 'triggered', 'Triggered'), entry(6, 'acknowledged', 'Acknowledged by user:amy')]),
    ], new Map());
    expect(lines.map((l) => l.text)).toEqual(['#1 Declared', '#2 Triggered', '#2 Acknowledged by user:amy', '#1 Resolved']);
  });

  it('drops the paged lines first past 60 lines', () => {
    const many = [entry(0, 'triggered', 'Triggered'), ...Array.from({ length: 70 }, (_, i) => entry(i + 1, i % 2 === 0 ? 'acknowledged' : 'unacknowledged', `flip ${i}`))];
    const paged = [entry(0, 'paged', 'Paged', { user: 'amy', level: 1 }), entry(1, 'paged', 'Paged', { user: 'ben', level: 2 })];
    const lines = keyTimeline([incident(1, [...many, ...paged])], new Map([['amy', 'Amy']]));
    expect(lines).toHaveLength(MAX_KEY_LINES);
    expect(lines.some((l) => l.text.startsWith('Paged'))).toBe(false);
    const trigger = entry(0, 'triggered', 'T');
    const pages = [entry(0, 'paged', 'Paged', { user: 'amy', level: 1 }), entry(1, 'paged', 'Paged', { user: 'ben', level: 2 }), entry(2, 'paged', 'Paged', { user: 'cy', level: 1 })];
    const few = keyTimeline([incident(1, [trigger, ...pages])], new Map([['amy', 'Amy']]));
    expect(few.map((l) => l.text)).toEqual(['T', 'Paged Amy, cy (level 1)', 'Paged ben (level 2)']);
  });
});

describe('generated Markdown', () => {
  it('escapes interpolated text so it cannot start a block, a table cell or raw HTML', () => {
    expect(lineText('# not a heading')).toBe('\\# not a heading');
    expect(lineText('1. not a list')).toBe('1\\. not a list');
    expect(lineText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(cellText('a | b\nc')).toBe('a \\| b c');
  });
  it('says durations as people read them', () => {
    expect([30, 60, 2700, 3900, 90_000].map(formatSeconds)).toEqual(['30 s', '1 min', '45 min', '1 h 5 min', '1 d 1 h']);
  });
});
