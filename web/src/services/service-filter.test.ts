import { describe, expect, it } from 'vitest';
import { describeFilter, filterServices, isFiltered, readFilter, writeFilter, type ServiceRow } from './service-filter';

const SERVICES: ServiceRow[] = [
  { id: 'checkout', name: 'Checkout API', description: 'Takes orders from the web shop', team: 'platform', escalation_policy: 'platform', open_incidents: 2 },
  { id: 'edge-proxy', name: 'Edge proxy', description: null, team: 'platform', escalation_policy: 'platform', open_incidents: 0 },
  { id: 'payment-gateway', name: 'Payment gateway', description: 'Card payments', team: 'payments', escalation_policy: null, open_incidents: 0 },
];
const names = { team: (id: string) => ({ platform: 'Platform', payments: 'Payments' })[id] ?? id, policy: (id: string) => (id === 'platform' ? 'Platform escalation' : id) };

describe('the services filter', () => {
  it('reads and writes the address, leaving empty parts out', () => {
    expect(readFilter(new URLSearchParams('q=check&team=platform&open=1'))).toEqual({ text: 'check', team: 'platform', openOnly: true });
    expect(readFilter(new URLSearchParams(''))).toEqual({ text: '', team: null, openOnly: false });
    expect(writeFilter({ text: '  ', team: null, openOnly: false }).toString()).toBe('');
    expect(writeFilter({ text: 'edge', team: 'platform', openOnly: true }).toString()).toBe('q=edge&team=platform&open=1');
  });

  it('matches every word in names, ids, descriptions, team and policy names', () => {
    const ids = (text: string) => filterServices(SERVICES, { text, team: null, openOnly: false }, names).map((s) => s.id);
    expect(ids('')).toEqual(['checkout', 'edge-proxy', 'payment-gateway']);
    expect(ids('CHECK')).toEqual(['checkout']);
    expect(ids('card')).toEqual(['payment-gateway']);
    expect(ids('payments')).toEqual(['payment-gateway']);
    expect(ids('platform proxy')).toEqual(['edge-proxy']);
    expect(ids('escalation')).toEqual(['checkout', 'edge-proxy']);
  });

  it('keeps only a team\'s services, or only those with open incidents', () => {
    expect(filterServices(SERVICES, { text: '', team: 'payments', openOnly: false }, names).map((s) => s.id)).toEqual(['payment-gateway']);
    expect(filterServices(SERVICES, { text: '', team: null, openOnly: true }, names).map((s) => s.id)).toEqual(['checkout']);
  });

  it('echoes the filter as a sentence', () => {
    expect(describeFilter(3, { text: '', team: null, openOnly: false }, names.team)).toBe('3 services');
    expect(describeFilter(1, { text: ' check ', team: 'platform', openOnly: true }, names.team)).toBe('1 service of Platform with open incidents matching “check”');
    expect(isFiltered({ text: '', team: null, openOnly: false })).toBe(false);
  });
});
