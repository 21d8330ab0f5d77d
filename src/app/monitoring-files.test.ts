import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { metricsRegistry } from '../core/metrics.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { parsePrometheusText } from '../test-support/prometheus-text.js';

/**
 * deploy/grafana/ and deploy/prometheus/ must only name metrics Vigil exports: a renamed metric
 * would otherwise leave a dashboard panel empty and an alert that can never fire, silently.
 */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const RULE_FILES = readdirSync(new URL('deploy/prometheus/', root)).filter((f) => f.endsWith('.yml')).map((f) => `deploy/prometheus/${f}`);
const DASHBOARD = 'deploy/grafana/vigil.json';
const ALERTMANAGER = 'deploy/alertmanager/alertmanager.yml';
const PROMTOOL = '/usr/bin/promtool';
const AMTOOL = '/usr/bin/amtool';

/** PromQL's words that are not metric names: aggregations, functions, keywords. */
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'inf', 'nan', 'Inf', 'NaN']);

/**
 * The metric names a PromQL expression selects. Strings, label matchers, ranges and Grafana
 * variables are dropped first, then the label lists of `by (…)` and the like; what is left is
 * names, numbers, operators and calls (a name followed by `(` is a function or aggregation).
 */
function metricNamesIn(expr: string): string[] {
  let e = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
  e = e.replace(/\$\{[^}]*\}|\$\w+/g, '1m');
  e = e.replace(/\{[^}]*\}/g, ' ');
  e = e.replace(/\[[^\]]*\]/g, ' ');
  e = e.replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names: string[] = [];
  for (const match of e.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const at = match.index ?? 0;
    const word = match[0];
    if (at > 0 && /[0-9.]/.test(e[at - 1] ?? '')) continue; // the exponent of 1e-9
    if (/^\s*\(/.test(e.slice(at + word.length))) continue;
    if (KEYWORDS.has(word)) continue;
    names.push(word);
  }
  return names;
}

/** Grafana's `label_values(metric, label)` names the metric as its first argument. */
function namesInVariableQuery(query: string): string[] {
  const match = /^label_values\((.*),\s*\w+\)$/.exec(query.trim());
  return match ? metricNamesIn(match[1] as string) : metricNamesIn(query);
}

interface Rule {
  readonly alert?: string;
  readonly expr: string;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
}
const rulesOf = (file: string): Rule[] => (parse(read(file)) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules);

interface Panel {
  readonly type: string;
  readonly title: string;
  readonly targets?: readonly { readonly expr: string }[];
  readonly panels?: readonly Panel[];
}
const dashboard = JSON.parse(read(DASHBOARD)) as {
  schemaVersion: number;
  panels: Panel[];
  templating: { list: { name: string; type: string; query: string | { query: string } }[] };
};
const panelsOf = (panels: readonly Panel[]): Panel[] => panels.flatMap((p) => [p, ...panelsOf(p.panels ?? [])]);
const dashboardExprs = panelsOf(dashboard.panels).flatMap((p) => (p.targets ?? []).map((t) => ({ where: `panel "${p.title}"`, expr: t.expr })));
const variableQueries = dashboard.templating.list.filter((v) => v.type === 'query').map((v) => ({ where: `variable $${v.name}`, query: typeof v.query === 'string' ? v.query : v.query.query }));

describe('the PromQL name extractor', () => {
  it('finds the selected metrics and nothing else', () => {
    expect(metricNamesIn('sum by (channel, provider) (rate(vigil_provider_errors_total{outcome=~"a|b", x="by (y)"}[5m])) / clamp_min(sum(up{job="$job"}), 1e-9) > 0.2 and on (instance) vigil_ready offset 5m')).toEqual(['vigil_provider_errors_total', 'up', 'vigil_ready']);
    expect(metricNamesIn('histogram_quantile(0.95, sum without (instance) (rate(vigil_http_request_duration_seconds_bucket{route=~"/api/.*"}[$__rate_interval])))')).toEqual(['vigil_http_request_duration_seconds_bucket']);
    expect(namesInVariableQuery('label_values(vigil_ready{job=~"$job"}, instance)')).toEqual(['vigil_ready']);
  });
});

describe('the monitoring files in deploy/', () => {
  let t: TestApp;
  /** Every sample name a real /metrics exposes (histograms' _bucket, _sum, _count included), and the families. */
  let exported: Set<string>;
  let families: Set<string>;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    // One request so that the HTTP families have samples; the rest are named by HELP and TYPE.
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const parsed = parsePrometheusText((await t.app.inject({ method: 'GET', url: '/metrics' })).body);
    families = new Set(parsed.keys());
    exported = new Set([...parsed.values()].flatMap((f) => {
      const suffixes = f.type === 'histogram' ? ['_bucket', '_sum', '_count'] : f.type === 'summary' ? ['', '_sum', '_count'] : [''];
      return suffixes.map((s) => `${f.name}${s}`);
    }));
    // Prometheus adds `up` to every target it scrapes.
    exported.add('up');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const unknown = (names: readonly string[]) => names.filter((n) => !exported.has(n));

  it('dashboard: schema 36 or later, a Prometheus datasource variable, and only exported metrics in every query', () => {
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
    expect(dashboard.templating.list.find((v) => v.type === 'datasource')).toMatchObject({ name: 'datasource', query: 'prometheus' });
    expect(dashboardExprs.length).toBeGreaterThan(20);
    for (const { where, expr } of dashboardExprs) {
      const names = metricNamesIn(expr);
      expect(names.length, `${where} names no metric: ${expr}`).toBeGreaterThan(0);
      expect(unknown(names), `${where}: ${expr}`).toEqual([]);
    }
    for (const { where, query } of variableQueries) expect(unknown(namesInVariableQuery(query)), where).toEqual([]);
  });

  it('dashboard: a panel for every metric family Vigil defines', async () => {
    const shown = new Set(dashboardExprs.flatMap(({ expr }) => metricNamesIn(expr)).map((n) => n.replace(/_(bucket|sum|count)$/, '')));
    const vigil = (await metricsRegistry.getMetricsAsJSON()).map((m) => m.name).filter((n) => n.startsWith('vigil_'));
    expect(vigil.filter((n) => !shown.has(n))).toEqual([]);
  });

  it('rules: only exported metrics, and every alert has a severity, a summary, a description and a runbook', () => {
    expect(RULE_FILES).toEqual(expect.arrayContaining(['deploy/prometheus/vigil-rules.yml', 'deploy/prometheus/example-rules.yml']));
    for (const file of RULE_FILES) {
      for (const rule of rulesOf(file)) {
        const where = `${file}: ${rule.alert ?? 'recording rule'}`;
        expect(unknown(metricNamesIn(rule.expr)), where).toEqual([]);
        expect(metricNamesIn(rule.expr).length, where).toBeGreaterThan(0);
        if (rule.alert === undefined) continue;
        expect(['critical', 'error', 'warning', 'info'], where).toContain(rule.labels?.severity);
        for (const annotation of ['summary', 'description', 'runbook_url']) expect(rule.annotations?.[annotation], `${where} ${annotation}`).toBeTruthy();
      }
    }
    const self = rulesOf('deploy/prometheus/vigil-rules.yml');
    expect(self.every((r) => r.labels?.service === 'vigil')).toBe(true);
    // What the self-watching rules must cover.
    const watched = self.flatMap((r) => metricNamesIn(r.expr));
    expect(watched).toEqual(expect.arrayContaining(['up', 'vigil_ready', 'vigil_jobs_overdue', 'vigil_deliveries_total', 'vigil_ingest_events_total', 'vigil_response_target_breaches_total']));
  });

  it('docs/metrics.md documents every metric family Vigil defines', async () => {
    const doc = read('docs/metrics.md');
    const vigil = (await metricsRegistry.getMetricsAsJSON()).map((m) => m.name).filter((n) => n.startsWith('vigil_'));
    expect(vigil.filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
    expect([...families].filter((n) => n.startsWith('vigil_') && !vigil.includes(n))).toEqual([]);
  });

  it.skipIf(!existsSync(PROMTOOL))('promtool check rules accepts deploy/prometheus/*.yml', () => {
    const run = spawnSync(PROMTOOL, ['check', 'rules', ...RULE_FILES], { cwd: new URL('.', root).pathname, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it.skipIf(!existsSync(PROMTOOL))('promtool test rules: the rules fire on the series they watch, with the labels and words expected', () => {
    const run = spawnSync(PROMTOOL, ['test', 'rules', 'deploy/prometheus/tests/rules-test.yml'], { cwd: new URL('.', root).pathname, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it.skipIf(!existsSync(AMTOOL))('amtool check-config accepts deploy/alertmanager/alertmanager.yml', () => {
    const run = spawnSync(AMTOOL, ['check-config', ALERTMANAGER], { cwd: new URL('.', root).pathname, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it('alertmanager: Vigil\'s own alerts go to a receiver that does not page through Vigil', () => {
    const config = parse(read(ALERTMANAGER)) as { route: { receiver: string; routes: { matchers: string[]; receiver: string }[] }; receivers: { name: string; webhook_configs?: { url: string }[] }[] };
    const self = config.route.routes.find((r) => r.matchers.includes('service="vigil"'));
    expect(self).toBeDefined();
    const receiver = config.receivers.find((r) => r.name === self?.receiver);
    expect((receiver?.webhook_configs ?? []).filter((w) => w.url.includes('vigil.internal'))).toEqual([]);
    expect(config.receivers.find((r) => r.name === config.route.receiver)?.webhook_configs?.[0]?.url).toMatch(/\/integrations\/alertmanager$/);
  });
});
