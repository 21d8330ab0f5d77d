import { describe, expect, it } from 'vitest';
import type { ListIncident } from '../live/incident-cache';
import { apiQuery, DEFAULT_FILTERS, describeFilters, filtersToParams, isDefault, listRules, parseFilters, severityWords, type ListFilters } from './list-filters';

const SEVERITIES = [{ id: 'SEV-1', rank: 1 }, { id: 'SEV-2', rank: 2 }, { id: 'SEV-3', rank: 3 }];
const parse = (query: string) => parseFilters(new URLSearchParams(query));
const filters = (over: Partial<ListFilters>): ListFilters => ({ ...DEFAULT_FILTERS, ...over });

describe('incident list filters in the address', () => {
  it('shows the open incidents when the address says nothing', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS);
    expect(isDefault(parse(''))).toBe(true);
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('reads every filter and writes it back the same', () => {
    const read = parse('status=resolved&severity=SEV-1,SEV-2&service=checkout&team=platform&mine=1&q=disk');
    expect(read).toEqual({ statuses: ['resolved'], severities: ['SEV-1', 'SEV-2'], service: 'checkout', team: 'platform', mine: true, q: 'disk' });
    expect(parseFilters(filtersToParams(read))).toEqual(read);
  });

  it('writes "all" for any status, and nothing for the open default however it was spelt', () => {
    expect(filtersToParams(filters({ statuses: [] })).toString()).toBe('status=all');
    expect(parse('status=all').statuses).toEqual([]);
    expect(filtersToParams(parse('status=acknowledged,triggered')).toString()).toBe('');
  });

  it('falls back to the open incidents for a status it does not know', () => {
    expect(parse('status=open').statuses).toEqual(['triggered', 'acknowledged']);
    expect(parse('status=resolved,bogus').statuses).toEqual(['resolved']);
  });

  it('sends the API a stable query, which is also the cache key', () => {
    expect(apiQuery(DEFAULT_FILTERS)).toEqual({ status: ['triggered', 'acknowledged'] });
    expect(apiQuery(filters({ statuses: [], severities: ['SEV-2', 'SEV-1'], mine: true }))).toEqual({ severity: ['SEV-1', 'SEV-2'], mine: true });
  });
});

describe('the filters as a sentence', () => {
  const say = (over: Partial<ListFilters>, names: { service?: string; team?: string } = {}) => describeFilters(filters(over), { severities: SEVERITIES, ...names });

  it('reads as the brief\'s example', () => {
    expect(say({ severities: ['SEV-2', 'SEV-1'], service: 'checkout' }, { service: 'Checkout API' })).toBe('Open SEV-1–2 incidents for Checkout API');
  });

  it('names statuses, teams, mine and the search', () => {
    expect(say({})).toBe('Open incidents');
    expect(say({ statuses: [] })).toBe('All incidents');
    expect(say({ statuses: ['resolved'] })).toBe('Resolved incidents');
    expect(say({ statuses: ['resolved', 'triggered'] })).toBe('Triggered and resolved incidents');
    expect(say({ team: 'platform' }, { team: 'Platform' })).toBe('Open incidents for team Platform');
    expect(say({ team: 'platform', service: 'edge' }, { team: 'Platform', service: 'Edge' })).toBe('Open incidents for Edge in team Platform');
    expect(say({ mine: true, q: 'disk' })).toBe('Open incidents assigned or paged to you matching “disk”');
  });

  it('shortens runs of severities and lists the rest', () => {
    expect(severityWords(['SEV-3', 'SEV-1', 'SEV-2'], SEVERITIES)).toBe('SEV-1–3');
    expect(severityWords(['SEV-3', 'SEV-1'], SEVERITIES)).toBe('SEV-1 and SEV-3');
    expect(severityWords(['SEV-1'], SEVERITIES)).toBe('SEV-1');
    expect(severityWords(['P1', 'critical', 'P2'], [{ id: 'critical', rank: 1 }, { id: 'P1', rank: 2 }, { id: 'P2', rank: 3 }])).toBe('critical, P1 and P2');
  });
});

describe('which changed incidents belong in a list', () => {
  const incident = (over: Partial<ListIncident>): ListIncident => ({
    id: 'inc_1', number: 1, title: 'Disk full', description: null, status: 'triggered', severity: { id: 'SEV-1', name: 'Critical' }, urgency: 'high',
    service: { id: 'checkout', name: 'Checkout API' }, commander: null, created_by: 'system', triggered_at: '2026-03-02T10:00:00.000Z',
    acknowledged_at: null, first_acknowledged_at: null, resolved_at: null, updated_at: '2026-03-02T10:00:00.000Z',
    response: { respond_within_seconds: 900, respond_by: '2026-03-02T10:15:00.000Z', responded_at: null, state: 'pending', met: null },
    escalation: { policy: null, source: null, round: 0, level: 0, next: null },
    team: { id: 'platform', name: 'Platform' },
    ...over,
  });
  const context = { rankOf: (id: string) => Number(id.slice(4)), me: 'bob' };
  const belongs = (over: Partial<ListFilters>, i: Partial<ListIncident>) => listRules(filters(over), context).belongs(incident(i));

  it('decides status, severity, service, team and text on the spot', () => {
    expect(belongs({}, {})).toBe(true);
    expect(belongs({}, { status: 'resolved' })).toBe(false);
    expect(belongs({ severities: ['SEV-2'] }, {})).toBe(false);
    expect(belongs({ service: 'edge' }, {})).toBe(false);
    expect(belongs({ team: 'platform' }, {})).toBe(true);
    expect(belongs({ team: 'payments' }, {})).toBe(false);
    expect(belongs({ team: 'platform' }, { service: null, team: null })).toBe(false);
    expect(belongs({ q: 'DISK' }, {})).toBe(true);
    expect(belongs({ q: 'cpu' }, { description: 'High CPU' })).toBe(true);
    expect(belongs({ q: 'memory' }, {})).toBe(false);
  });

  it('leaves to the server what it cannot tell: whether I was paged', () => {
    expect(belongs({ mine: true }, { commander: { id: 'bob', name: 'Bob' } })).toBe(true);
    expect(belongs({ mine: true }, {})).toBeUndefined();
    expect(belongs({ mine: true }, { status: 'resolved' })).toBe(false);
  });

  it('orders the most severe first, then the newest', () => {
    const { compare } = listRules(DEFAULT_FILTERS, context);
    const rows = [incident({ number: 1, severity: { id: 'SEV-2', name: '' } }), incident({ number: 2 }), incident({ number: 3, severity: { id: 'SEV-3', name: '' } }), incident({ number: 4 })];
    expect(rows.sort(compare).map((r) => r.number)).toEqual([4, 2, 1, 3]);
  });
});
