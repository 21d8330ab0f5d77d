import { describe, expect, it } from 'vitest';
import { compileMatchers } from '../alerts/matchers.js';
import { checklistItems, itemKey } from './checklist.js';
import { incidentRunbooks, matchRunbook, vigilRunbookId, type CandidateRunbook, type IncidentAlert } from './runbook-matching.js';

const alert = (labels: Record<string, string>, extra: Partial<IncidentAlert> = {}): IncidentAlert => ({
  dedupKey: 'k', summary: 's', source: null, component: null, group: null, class: null, severityHints: [], labels, details: {}, links: [], ...extra,
});
const runbook = (id: string, services: string[], match: Parameters<typeof compileMatchers>[0] = []): CandidateRunbook => ({ id, title: id, services, matchers: compileMatchers(match) });

describe('runbook matching', () => {
  it('needs the service listed (or none) and one alert meeting every matcher (or none), and matches nothing with neither', () => {
    const alerts = [alert({ alertname: 'PgDown' }), alert({ alertname: 'PgSlow', cluster: 'eu' })];
    expect(matchRunbook(runbook('a', ['db']), 'db', alerts)).toBe('service');
    expect(matchRunbook(runbook('a', ['db']), 'web', alerts)).toBeNull();
    expect(matchRunbook(runbook('a', ['db']), null, alerts)).toBeNull();
    expect(matchRunbook(runbook('a', [], [{ field: 'labels.alertname', op: '=', value: 'PgSlow' }, { field: 'labels.cluster', op: '=', value: 'eu' }]), 'web', alerts)).toBe('alerts');
    // Every matcher must hold for one alert, not each for some alert.
    expect(matchRunbook(runbook('a', [], [{ field: 'labels.alertname', op: '=', value: 'PgDown' }, { field: 'labels.cluster', op: '=', value: 'eu' }]), 'web', alerts)).toBeNull();
    expect(matchRunbook(runbook('a', ['db'], [{ field: 'labels.alertname', op: '=~', value: 'Pg.*' }]), 'db', alerts)).toBe('service_and_alerts');
    expect(matchRunbook(runbook('a', ['db'], [{ field: 'labels.alertname', op: '=~', value: 'Pg.*' }]), 'web', alerts)).toBeNull();
    expect(matchRunbook(runbook('a', []), 'db', alerts)).toBeNull();
    // Matchers and no alerts (a declared incident): nothing to meet them.
    expect(matchRunbook(runbook('a', [], [{ field: 'labels.x', op: '=', value: '' }]), 'db', [])).toBeNull();
  });

  it('knows its own runbook pages under the public URL, with or without the origin', () => {
    expect(vigilRunbookId('https://vigil.example.com/runbooks/db-connections', 'https://vigil.example.com')).toBe('db-connections');
    expect(vigilRunbookId('/runbooks/db-connections/', 'https://vigil.example.com')).toBe('db-connections');
    expect(vigilRunbookId('https://example.com/vigil/runbooks/x', 'https://example.com/vigil/')).toBe('x');
    expect(vigilRunbookId('https://example.com/runbooks/x', 'https://example.com/vigil')).toBeNull();
    expect(vigilRunbookId('https://wiki.example.com/runbooks/x', 'https://vigil.example.com')).toBeNull();
    expect(vigilRunbookId('https://vigil.example.com/runbooks/x/edit', 'https://vigil.example.com')).toBeNull();
  });

  it('puts runbooks named by runbook_url first, in alert order, and keeps only http(s) links to others', () => {
    const runbooks = [runbook('db', ['db']), runbook('net', []), runbook('zz', ['db'])];
    const alerts = [
      alert({}, { details: { annotations: { runbook_url: 'http://vigil.test/runbooks/zz' } } }),
      alert({}, { links: [{ href: 'https://wiki.example.com/db', text: 'Runbook' }, { href: 'https://grafana.example.com', text: 'Dashboard' }] }),
      alert({}, { details: { annotations: { runbook_url: 'javascript:alert(1)' } } }),
      alert({}, { details: { annotations: { runbook_url: 'http://vigil.test/runbooks/net' } } }),
      alert({}, { details: { annotations: { runbook_url: 'http://vigil.test/runbooks/missing' } } }),
    ];
    const found = incidentRunbooks(runbooks, 'db', alerts, 'http://vigil.test');
    expect(found.matches).toEqual([{ id: 'zz', reason: 'runbook_url' }, { id: 'net', reason: 'runbook_url' }, { id: 'db', reason: 'service' }]);
    expect(found.links).toEqual([{ href: 'https://wiki.example.com/db', text: 'Runbook' }, { href: 'http://vigil.test/runbooks/missing', text: 'Runbook' }]);
  });
});

describe('checklist items', () => {
  it('are the task items in document order, outside fenced code, keyed by ordinal and text', () => {
    const markdown = ['# Steps', '- [ ] one', '  - [x] nested two', '```', '- [ ] in code', '```', '> * [ ] quoted three', '1. [ ] numbered four', '- [] not a task', '-[ ] not a task either', '~~~~', '- [ ] fenced', '~~~', '- [ ] still fenced', '~~~~', '+ [X] five'].join('\n');
    const items = checklistItems(markdown);
    expect(items.map((i) => [i.ordinal, i.line, i.text])).toEqual([[1, 2, 'one'], [2, 3, 'nested two'], [3, 7, 'quoted three'], [4, 8, 'numbered four'], [5, 16, 'five']]);
    expect(items[0]!.key).toBe(itemKey(1, 'one'));
    expect(itemKey(1, 'one')).not.toBe(itemKey(2, 'one'));
    expect(itemKey(1, 'one')).not.toBe(itemKey(1, 'one!'));
  });
});
