/**
 * Per-event cost of the hold checks (silences and maintenance windows) the alert pipeline runs
 * for each new alert: `npx tsx bench/holds.ts`. Rules as noise control's brief sets them: 100
 * silences (90 indexed by an `=` matcher on alertname, 10 by a regex only) and a weekly window
 * in a DST zone on another service; events of 200 alert names, 1 in 10 of them silenced.
 */
import { performance } from 'node:perf_hooks';
import { alertEvent } from '../src/test-support/alert-events.js';
import { MaintenanceRules } from '../src/noise/maintenance-schedule.js';
import { SilenceRules, type SilenceRule } from '../src/noise/silence-rules.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const EVENTS = Number(process.env.HOLDS_EVENTS ?? 200_000);

const silences: SilenceRule[] = [
  ...Array.from({ length: 90 }, (_, i): SilenceRule => ({ id: `sil_${i}`, matchers: [{ field: 'labels.alertname', op: '=', value: `Alert${i * 2}` }, { field: 'labels.cluster', op: '=~', value: 'eu-.*' }], services: null, startsAt: NOW - 1, endsAt: NOW + 3_600_000, comment: 'c' })),
  ...Array.from({ length: 10 }, (_, i): SilenceRule => ({ id: `sil_re${i}`, matchers: [{ field: 'labels.instance', op: '=~', value: `db-${i}-[0-9]+` }], services: ['orders-db'], startsAt: NOW - 1, endsAt: NOW + 3_600_000, comment: 'c' })),
];
const silenceRules = new SilenceRules(silences);
const maintenance = new MaintenanceRules([{ id: 'mw_w', services: ['storefront'], startsAt: Date.parse('2026-02-28T07:00:00Z'), endsAt: Date.parse('2026-02-28T09:00:00Z'), reason: 'r', repeat: 'weekly', timeZone: 'America/New_York' }]);
const events = Array.from({ length: 1_000 }, (_, i) => alertEvent({ labels: { alertname: `Alert${i % 200}`, cluster: i % 3 === 0 ? 'us-1' : 'eu-1', instance: `web-${i}-1`, job: 'checkout' }, summary: `event ${i}` }));

function run(label: string, check: (i: number) => unknown): string {
  for (let i = 0; i < 20_000; i++) check(i); // warm up
  let held = 0;
  const start = performance.now();
  for (let i = 0; i < EVENTS; i++) if (check(i) !== null) held += 1;
  const micros = ((performance.now() - start) * 1_000) / EVENTS;
  return `| ${label} | ${micros.toFixed(2)} µs | ${held} of ${EVENTS} |`;
}

const rows = [
  run('no rules', () => null),
  run('100 silences', (i) => silenceRules.holdFor('orders-db', events[i % events.length]!, NOW + i)),
  // Saturday 7 March, 07:30Z: inside the window's occurrence (02:00–04:00 New York time).
  run('weekly window, in force', (i) => maintenance.holdFor('storefront', events[i % events.length]!, Date.parse('2026-03-07T07:30:00Z') + i)),
  run('both, as the pipeline asks', (i) => silenceRules.holdFor('orders-db', events[i % events.length]!, NOW + i) ?? maintenance.holdFor('orders-db', events[i % events.length]!, NOW + i)),
];
console.log(['| check | per event | held |', '|---|---|---|', ...rows].join('\n'));
