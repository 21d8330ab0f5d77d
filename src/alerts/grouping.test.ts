import { describe, expect, it } from 'vitest';
import type { AlertEvent } from './alert-event.js';
import { alertEvent } from '../test-support/alert-events.js';
import { contentGroupKey, groupingFieldProblem } from './grouping.js';

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

  it('treats a missing field as empty, and keeps values apart however they are punctuated', () => {
    const rule = { by: ['component', 'class'] };
    expect(contentGroupKey('s', rule, event({ component: null }))).toBe(contentGroupKey('s', rule, event({ component: '' })));
    expect(contentGroupKey('s', rule, event({ component: 'a","b', class: 'c' }))).not.toBe(contentGroupKey('s', rule, event({ component: 'a', class: 'b","c' })));
    expect(contentGroupKey('s', { by: ['details.count'] }, event({}))).toBe(contentGroupKey('s', { by: ['details.count'] }, event({ details: { count: 3 } })));
    expect(contentGroupKey('s', { by: ['details.count'] }, event({}))).not.toBe(contentGroupKey('s', { by: ['details.count'] }, event({ details: { count: '3 ' } })));
    // An inherited property is not a detail.
    expect(contentGroupKey('s', { by: ['details.constructor'] }, event({}))).toBe(contentGroupKey('s', { by: ['details.constructor'] }, event({ details: {} })));
  });
});
