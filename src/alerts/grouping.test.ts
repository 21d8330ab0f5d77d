import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AlertEvent } from './alert-event.js';
import { alertEvent } from '../test-support/alert-events.js';
import { contentGroupKey, groupingFieldProblem, groupingFieldValue } from './grouping.js';

const event = (fields: Partial<AlertEvent>): AlertEvent =>
  alertEvent({ component: 'postgres', group: 'storage', class: 'disk', labels: { cluster: 'eu-1', pod: 'db-1' }, details: { region: { zone: 'a' }, count: 3 }, ...fields });

describe('content-based grouping', () => {
  it('accepts the payload fields, labels.<name> and details.<path>, and says what is wrong with anything else', () => {
    for (const field of ['summary', 'source', 'component', 'group', 'class', 'severity', 'labels.cluster', 'details.region.zone']) expect(groupingFieldProblem(field)).toBeNull();
    expect(groupingFieldProblem('hostname')).toBe('"hostname" is not an alert field');
    expect(groupingFieldProblem('labels.')).toBe('"labels." names no label after "labels."');
    expect(groupingFieldProblem('details.a..b')).toBe('"details.a..b" names no detail after "details."');
  });

  it('puts alerts that agree on every field in one group, whatever else differs', () => {
    const rule = { by: ['component', 'labels.cluster', 'details.region.zone'] };
    const first = contentGroupKey('db', rule, event({}));
    expect(contentGroupKey('db', rule, event({ dedupKey: 'other', summary: 'Disk full on db-2', source: 'db-2', labels: { cluster: 'eu-1', pod: 'db-2' } }))).toBe(first);
    expect(contentGroupKey('db', rule, event({ component: 'redis' }))).not.toBe(first);
    expect(contentGroupKey('db', rule, event({ labels: { cluster: 'us-1' } }))).not.toBe(first);
    expect(contentGroupKey('db', rule, event({ details: { region: { zone: 'b' } } }))).not.toBe(first);
    // Scoped to the service: the same content elsewhere is another group.
    expect(contentGroupKey('web', rule, event({}))).not.toBe(first);
  });

  it('keeps values apart however they are punctuated, and reads details by their JSON value', () => {
    const rule = { by: ['component', 'class'] };
    expect(contentGroupKey('s', rule, event({ component: 'a","b', class: 'c' }))).not.toBe(contentGroupKey('s', rule, event({ component: 'a', class: 'b","c' })));
    expect(contentGroupKey('s', { by: ['details.count'] }, event({}))).toBe(contentGroupKey('s', { by: ['details.count'] }, event({ details: { count: 3 } })));
    expect(contentGroupKey('s', { by: ['details.count'] }, event({}))).not.toBe(contentGroupKey('s', { by: ['details.count'] }, event({ details: { count: '3 ' } })));
  });

  it('keeps the key of an alert that has every field as it was before missing fields stopped grouping, so open incidents keep their alerts', () => {
    // sha256 of ["postgres","disk"], as stored by earlier versions.
    expect(contentGroupKey('db', { by: ['component', 'class'] }, event({}))).toBe('content:db:' + createHash('sha256').update('["postgres","disk"]').digest('hex').slice(0, 32));
  });

  // Every field kind: an alert without the field (absent, null, blank) is in no group, so it
  // never joins another alert's incident, not even one that lacks the same field.
  const MISSING: readonly { field: string; present: Partial<AlertEvent>; missing: readonly Partial<AlertEvent>[] }[] = [
    { field: 'summary', present: { summary: 'Disk full' }, missing: [{ summary: null }, { summary: '' }, { summary: '  ' }] },
    { field: 'source', present: { source: 'db-1' }, missing: [{ source: null }, { source: '' }] },
    { field: 'component', present: { component: 'postgres' }, missing: [{ component: null }, { component: '' }] },
    { field: 'group', present: { group: 'storage' }, missing: [{ group: null }, { group: '' }] },
    { field: 'class', present: { class: 'disk' }, missing: [{ class: null }, { class: '' }] },
    { field: 'severity', present: { severityHints: ['critical'] }, missing: [{ severityHints: [] }, { severityHints: [''] }] },
    { field: 'labels.cluster', present: { labels: { cluster: 'eu-1' } }, missing: [{ labels: {} }, { labels: { cluster: '' } }, { labels: { other: 'eu-1' } }] },
    { field: 'details.region.zone', present: { details: { region: { zone: 'a' } } }, missing: [{ details: {} }, { details: { region: null } }, { details: { region: { zone: null } } }, { details: { region: { zone: '' } } }, { details: { region: 'a' } }] },
  ];
  for (const { field, present, missing } of MISSING) {
    it(`puts an alert without ${field} in no group, and one with it in a group`, () => {
      const rule = { by: [field] };
      expect(groupingFieldValue(event(present), field)).not.toBeNull();
      expect(contentGroupKey('s', rule, event(present))).toMatch(/^content:s:[0-9a-f]{32}$/);
      for (const fields of missing) {
        expect(groupingFieldValue(event(fields), field), JSON.stringify(fields)).toBeNull();
        expect(contentGroupKey('s', rule, event(fields)), JSON.stringify(fields)).toBeNull();
        // One missing field among present ones is enough.
        expect(contentGroupKey('s', { by: ['component', field] }, event({ component: 'postgres', ...fields })), JSON.stringify(fields)).toBeNull();
      }
    });
  }

  it('does not count an inherited property as a detail', () => {
    expect(contentGroupKey('s', { by: ['details.constructor'] }, event({}))).toBeNull();
    expect(groupingFieldValue(event({ details: {} }), 'details.toString')).toBeNull();
  });
});
