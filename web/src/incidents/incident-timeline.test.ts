import { describe, expect, it } from 'vitest';
import { actorName, arrivedSince, categoryOf, describeEntry, timelineView, type TimelineEntry } from './incident-timeline';

const names = new Map([['bob', 'Bob Okafor'], ['alice', 'Alice Liddell']]);

let seq = 0;
function entry(kind: string, actor = 'user:bob', data: Record<string, unknown> = {}, message = `${kind} happened`): TimelineEntry {
  seq += 1;
  return { seq, at: new Date(Date.UTC(2026, 2, 2, 10, seq)).toISOString(), kind, actor, message, data };
}

describe('the incident timeline', () => {
  it('puts the newest entry first', () => {
    const entries = [entry('declared'), entry('acknowledged'), entry('note')];
    const view = timelineView(entries, 'all');
    expect(view.items.map((item) => (item.type === 'entry' ? item.entry.kind : 'run'))).toEqual(['note', 'acknowledged', 'declared']);
    expect(view.hidden).toBe(0);
  });

  it('sorts people, pages and alerts apart, and an unknown kind by who did it', () => {
    expect(categoryOf({ kind: 'acknowledged', actor: 'user:bob' })).toBe('people');
    expect(categoryOf({ kind: 'note', actor: 'token:ci' })).toBe('people');
    expect(categoryOf({ kind: 'paged', actor: 'system' })).toBe('pages');
    expect(categoryOf({ kind: 'escalation_warning', actor: 'system' })).toBe('pages');
    expect(categoryOf({ kind: 'triggered', actor: 'integration:checkout/Prometheus' })).toBe('alerts');
    expect(categoryOf({ kind: 'alert_resolved', actor: 'integration:checkout/Prometheus' })).toBe('alerts');
    expect(categoryOf({ kind: 'resolved', actor: 'integration:checkout/Prometheus' })).toBe('alerts');
    expect(categoryOf({ kind: 'something_new', actor: 'system' })).toBe('pages');
  });

  it('says how many entries the filter hides', () => {
    const entries = [entry('triggered', 'integration:checkout/Prometheus'), entry('paged', 'system', { user: 'bob', level: 1 }), entry('acknowledged'), entry('note')];
    const view = timelineView(entries, 'people');
    expect(view.items).toHaveLength(2);
    expect(view.hidden).toBe(2);
    expect(view.counts).toEqual({ all: 4, people: 2, pages: 1, alerts: 1 });
  });

  it('folds a run of three or more alert updates into one item, and leaves shorter runs alone', () => {
    const alert = () => entry('alert_added', 'integration:checkout/Prometheus');
    const entries = [entry('triggered', 'integration:checkout/Prometheus'), alert(), alert(), entry('acknowledged'), ...Array.from({ length: 12 }, alert), entry('note')];
    const view = timelineView(entries, 'all');
    const shape = view.items.map((item) => (item.type === 'entry' ? item.entry.kind : `${item.entries.length} alert updates`));
    expect(shape).toEqual(['note', '12 alert updates', 'acknowledged', 'alert_added', 'alert_added', 'triggered']);
    const run = view.items[1];
    expect(run?.type === 'alert-run' && run.entries[0]!.seq > run.entries[11]!.seq).toBe(true);
  });

  it('folds runs the filter brings together', () => {
    const alert = () => entry('alert_resolved', 'integration:checkout/Prometheus');
    const entries = [alert(), entry('note'), alert(), entry('paged', 'system'), alert()];
    expect(timelineView(entries, 'all').items.filter((item) => item.type === 'alert-run')).toHaveLength(0);
    expect(timelineView(entries, 'alerts').items).toEqual([expect.objectContaining({ type: 'alert-run' })]);
  });

  it('names people, tokens, integrations and Vigil itself', () => {
    expect(actorName('user:bob', names)).toBe('Bob Okafor');
    expect(actorName('user:gone', names)).toBe('gone');
    expect(actorName('token:ci-bot', names)).toBe('API token ci-bot');
    expect(actorName('integration:checkout/Prometheus', names)).toBe('Prometheus (checkout)');
    expect(actorName('system', names)).toBe('Vigil');
    expect(actorName('anonymous', names)).toBe('anonymous');
  });

  it('describes a status change as old → new, with the channel a page was answered through', () => {
    const bySms = describeEntry(entry('acknowledged', 'user:bob', { from: 'triggered', to: 'acknowledged', note: 'via SMS reply' }), names);
    expect(bySms).toEqual({ who: 'Bob Okafor', via: 'SMS reply', what: 'Acknowledged', change: { from: 'Triggered', to: 'Acknowledged' }, text: null });
    const withNote = describeEntry(entry('resolved', 'user:alice', { from: 'acknowledged', to: 'resolved', note: 'rolled back' }), names);
    expect(withNote).toMatchObject({ who: 'Alice Liddell', via: null, change: { from: 'Acknowledged', to: 'Resolved' }, text: 'rolled back' });
  });

  it('describes notes, severity, commander, escalation and pages in words, with names not ids', () => {
    expect(describeEntry(entry('note', 'user:bob', {}, '<b>rolled back</b>'), names)).toMatchObject({ what: 'Note', text: '<b>rolled back</b>' });
    expect(describeEntry(entry('severity_changed', 'user:bob', { from: 'SEV-3', to: 'SEV-1', reason: 'customers' }), names)).toMatchObject({ change: { from: 'SEV-3', to: 'SEV-1' }, text: 'customers' });
    expect(describeEntry(entry('role_assigned', 'user:bob', { role: 'communications', user: 'alice', from: null }), names)).toMatchObject({ what: 'Assigned the communications role', change: { from: 'nobody', to: 'Alice Liddell' } });
    expect(describeEntry(entry('status_update', 'user:bob', { status: 'identified', audience: 'stakeholders', text: 'A third of payments fail' }), names)).toMatchObject({ what: 'Stakeholder update · Identified', text: 'A third of payments fail' });
    expect(describeEntry(entry('commander_changed', 'user:bob', { from: null, to: 'alice' }), names)).toMatchObject({ what: 'Set the commander', change: { from: 'nobody', to: 'Alice Liddell' } });
    expect(describeEntry(entry('commander_changed', 'user:bob', { from: 'alice', to: null }), names)).toMatchObject({ what: 'Removed the commander' });
    expect(describeEntry(entry('escalated', 'user:bob', { policy: 'platform', level: 2, round: 1, reason: 'db expert' }), names)).toMatchObject({ what: 'Escalated to level 2 of platform', text: 'db expert' });
    expect(describeEntry(entry('paged', 'system', { user: 'bob', level: 1, round: 1 }), names)).toMatchObject({ who: 'Vigil', what: 'Paged Bob Okafor (level 1)' });
    expect(describeEntry(entry('paged', 'system', { user: 'bob', level: 1, round: 2 }), names).what).toBe('Paged Bob Okafor (level 1, round 2)');
    expect(describeEntry(entry('escalation_exhausted', 'system', {}, 'Every level was paged'), names).what).toBe('Every level was paged');
    expect(describeEntry(entry('runbook_step', 'user:bob', { checked: true, step: 'Restart the pooler' }), names)).toMatchObject({ what: 'Ticked a runbook step', text: 'Restart the pooler' });
    expect(describeEntry(entry('runbook_step', 'user:bob', { checked: false, step: 'Restart the pooler' }), names).what).toBe('Unticked a runbook step');
  });

  it('knows which entries arrived after the page first drew the timeline', () => {
    const entries = [entry('declared'), entry('note'), entry('note')];
    expect([...arrivedSince(entries, entries[0]!.seq)]).toEqual([entries[1]!.seq, entries[2]!.seq]);
  });
});

describe('maintenance on the timeline', () => {
  it('says when a window paused and resumed escalation, with its reason, under Pages', () => {
    const names = new Map<string, string>();
    const started = entry('maintenance_started', 'system', { reason: 'Postgres upgrade', level: 2 });
    const ended = entry('maintenance_ended', 'system', { reason: 'Postgres upgrade', level: 2, resumed: true });
    expect(describeEntry(started, names)).toMatchObject({ what: 'Maintenance started: escalation paused until it ends', text: 'Postgres upgrade' });
    expect(describeEntry(ended, names)).toMatchObject({ what: 'Maintenance ended: escalation resumed at level 2', text: 'Postgres upgrade' });
    expect(describeEntry({ ...ended, data: { reason: 'x', resumed: false } }, names)).toMatchObject({ what: 'Maintenance ended' });
    expect(categoryOf(started)).toBe('pages');
  });
});
