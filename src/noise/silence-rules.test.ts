import { describe, expect, it } from 'vitest';
import { alertEvent } from '../test-support/alert-events.js';
import { indexMatcher, silenceProblems, SilenceRules, type SilenceRule } from './silence-rules.js';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const HOUR = 3_600_000;
const silence = (over: Partial<SilenceRule> & Pick<SilenceRule, 'id' | 'matchers'>): SilenceRule => ({ services: null, startsAt: T0, endsAt: T0 + 2 * HOUR, comment: `fixing ${over.id}`, ...over });
const latency = alertEvent({ labels: { alertname: 'HighLatency', instance: 'db-1' }, source: 'prometheus' });

describe('silence rules', () => {
  const rules = new SilenceRules([
    silence({ id: 'sil_a', matchers: [{ field: 'labels.alertname', op: '=', value: 'HighLatency' }] }),
    silence({ id: 'sil_b', matchers: [{ field: 'labels.instance', op: '=~', value: 'web-.*' }], services: ['storefront'] }),
    silence({ id: 'sil_later', matchers: [{ field: 'source', op: '=', value: 'prometheus' }], startsAt: T0 + HOUR, endsAt: T0 + 5 * HOUR }),
  ]);

  it('holds an alert meeting every matcher while starts_at ≤ now < ends_at, with the silence as ref and comment as label', () => {
    expect(rules.holdFor('orders-db', latency, T0)).toEqual({ kind: 'silenced', ref: 'sil_a', label: 'fixing sil_a', until: T0 + 2 * HOUR });
    expect(rules.holdFor('orders-db', latency, T0 - 1)).toBeNull();
    expect(rules.holdFor('orders-db', { ...latency, source: 'grafana' }, T0 + 2 * HOUR)).toBeNull();
  });

  it('names the silence ending last when several hold, so the alert stays held as long as any does', () => {
    expect(rules.holdFor('orders-db', latency, T0 + HOUR)?.ref).toBe('sil_later');
    expect(rules.holdFor('orders-db', latency, T0 + 3 * HOUR)).toMatchObject({ ref: 'sil_later', until: T0 + 5 * HOUR });
  });

  it('holds only on its services when it names some', () => {
    const web = alertEvent({ labels: { instance: 'web-3' } });
    expect(rules.holdFor('storefront', web, T0)?.ref).toBe('sil_b');
    expect(rules.holdFor('orders-db', web, T0)).toBeNull();
  });

  it('does not hold an alert that fails one matcher, nor one that lacks the field', () => {
    expect(rules.holdFor('orders-db', alertEvent({ labels: { alertname: 'highlatency' } }), T0)).toBeNull();
    expect(rules.holdFor('orders-db', alertEvent({ labels: {} }), T0)).toBeNull();
  });

  it('tests only candidates: silences indexed by a value the event lacks are not looked at', () => {
    const many = new SilenceRules(Array.from({ length: 100 }, (_, i) => silence({ id: `sil_${i}`, matchers: [{ field: 'labels.alertname', op: '=', value: `Alert${i}` }] })));
    expect(many.size).toBe(100);
    expect(many.candidates(alertEvent({ labels: { alertname: 'Alert7' } })).map((c) => c.rule.id)).toEqual(['sil_7']);
    expect(many.candidates(alertEvent({ labels: { alertname: 'Other' } }))).toEqual([]);
  });

  it('indexes by the first = matcher with a value', () => {
    expect(indexMatcher([{ field: 'labels.x', op: '=~', value: 'a' }, { field: 'labels.y', op: '=', value: '' }, { field: 'summary', op: '=', value: 'Disk full' }])).toEqual({ field: 'summary', value: 'Disk full' });
    expect(indexMatcher([{ field: 'labels.x', op: '!=', value: 'a' }])).toBeNull();
  });
});

describe('silence validation', () => {
  const times = { startsAt: T0, endsAt: T0 + HOUR };
  it('refuses matchers that also match an alert with no fields (Alertmanager\'s rule)', () => {
    for (const matchers of [
      [{ field: 'labels.alertname', op: '=', value: '' }],
      [{ field: 'labels.alertname', op: '!~', value: 'a.+' }],
      [{ field: 'labels.alertname', op: '=~', value: '.*' }],
      [{ field: 'labels.alertname', op: '!=', value: 'x' }],
    ] as const) {
      expect(silenceProblems({ matchers: [...matchers], ...times }), JSON.stringify(matchers)).toEqual([{ path: 'body.matchers', message: expect.stringMatching(/would hold every alert/) }]);
    }
    expect(silenceProblems({ matchers: [{ field: 'labels.alertname', op: '=~', value: '.+' }], ...times })).toEqual([]);
    expect(silenceProblems({ matchers: [{ field: 'labels.alertname', op: '!=', value: '' }], ...times })).toEqual([]);
    expect(silenceProblems({ matchers: [], ...times })).toEqual([{ path: 'body.matchers', message: expect.stringMatching(/at least one matcher/) }]);
  });

  it('positions bad fields and patterns, and checks times', () => {
    expect(silenceProblems({ matchers: [{ field: 'hostname', op: '=', value: 'x' }, { field: 'labels.a', op: '=~', value: 'db-(1' }], startsAt: T0, endsAt: T0 })).toEqual([
      { path: 'body.matchers.0.field', message: expect.stringMatching(/"hostname" is not an alert field/) },
      { path: 'body.matchers.1.value', message: expect.stringMatching(/does not compile/) },
      { path: 'body.ends_at', message: 'must be after starts_at' },
    ]);
    expect(silenceProblems({ matchers: [{ field: 'labels.a', op: '=', value: 'x' }], startsAt: T0, endsAt: T0 + 400 * 86_400_000 })).toEqual([{ path: 'body.ends_at', message: 'a silence may last at most 366 days' }]);
    const tooMany = Array.from({ length: 21 }, (_, i) => ({ field: `labels.l${i}`, op: '=' as const, value: 'x' }));
    expect(silenceProblems({ matchers: tooMany, ...times })[0]).toMatchObject({ path: 'body.matchers', message: expect.stringMatching(/21 matchers; at most 20/) });
  });
});
