import { ActionIcon, Alert, Button, Card, Group, NativeSelect, Popover, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { useSeverities } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { PageState } from '../ui/PageState';
import { BarChart, ChartFrame, ComplianceBars, HeatMap, TrendChart } from './Charts';
import {
  downloadCsv, formatDuration, formatMoney, formatShare, queryOf, useCosts, useDefinitions, useOncallLoad, useOverTime, useSummary,
  type Definition, type Filters,
} from './analytics-queries';

const PRESETS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
] as const;

const DAY_MS = 86_400_000;

function rangeOf(days: number): { from: string; to: string } {
  // To the next whole minute, so the range (and the cached answers) hold still while the page is open.
  const to = Math.ceil(Date.now() / 60_000) * 60_000;
  return { from: new Date(to - days * DAY_MS).toISOString(), to: new Date(to).toISOString() };
}

const browserZone = (() => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
})();

/** How each number is computed, in the server's words (GET /api/v1/analytics/definitions). */
function Explain({ definitions, keys, label }: { definitions: readonly Definition[]; keys: readonly string[]; label: string }) {
  const shown = keys.map((k) => definitions.find((d) => d.key === k)).filter((d): d is Definition => d !== undefined);
  if (shown.length === 0) return null;
  return (
    <Popover width={340} position="bottom-start" shadow="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" size={32} aria-label={`How ${label} is computed`} radius="xl">
          <span aria-hidden="true" style={{ fontWeight: 700 }}>?</span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {shown.map((d) => (
            <div key={d.key}>
              <Text size="sm" fw={600}>{d.title}</Text>
              <Text size="sm">{d.rule}</Text>
            </div>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function Section({ title, explain, action, children }: { title: string; explain?: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Group gap={4} wrap="nowrap">
          <Title order={2} size="h4">{title}</Title>
          {explain}
        </Group>
        {action}
      </Group>
      {children}
    </Card>
  );
}

function ExportButton({ path, query, filename, label }: { path: string; query: Record<string, string>; filename: string; label: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={2} align="flex-end">
      <Button variant="default" size="sm" mih={36} aria-label={`Export ${label} as CSV`} onClick={() => { setError(null); downloadCsv(path, query, filename).catch((e: unknown) => setError(e instanceof Error ? e.message : 'Export failed')); }}>
        Export CSV
      </Button>
      {error && <Text size="xs" c="red" role="alert">{error}</Text>}
    </Stack>
  );
}

/** A table that scrolls sideways on narrow screens, reachable by keyboard when it does. */
function ScrollBox({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto' }} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}

function StatCard({ title, value, detail, explain }: { title: string; value: string; detail?: ReactNode; explain?: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md">
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="sm" c="dimmed" fw={500}>{title}</Text>
        {explain}
      </Group>
      <Text fz={28} fw={700} lh={1.2} data-stat={title}>{value}</Text>
      {detail && <Text size="sm" c="dimmed" mt={4}>{detail}</Text>}
    </Card>
  );
}

/** Incidents, response and on-call health over a range: every number explained, every table exportable. */
export function AnalyticsPage() {
  const [preset, setPreset] = useState<string>('30');
  const [range, setRange] = useState(() => rangeOf(30));
  const [service, setService] = useState('');
  const [team, setTeam] = useState('');
  const [severity, setSeverity] = useState('');
  const [bucket, setBucket] = useState<'day' | 'week' | 'month'>('day');
  const filters: Filters = useMemo(() => ({ ...range, service, team, severity }), [range, service, team, severity]);
  const definitions = useDefinitions().data?.definitions ?? [];
  const summary = useSummary(filters);
  const overTime = useOverTime(filters, bucket, browserZone);
  const load = useOncallLoad(filters);
  const costs = useCosts(filters);
  const severities = useSeverities();
  const services = useQuery({ queryKey: ['analytics', 'services'], queryFn: () => unwrap(api.GET('/api/v1/services')), staleTime: 5 * 60_000 });
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 5 * 60_000 });
  const q = queryOf(filters);
  const explain = (label: string, ...keys: string[]) => <Explain definitions={definitions} keys={keys} label={label} />;

  return (
    <Stack gap="lg">
      <PageHeading title="Analytics">Analytics</PageHeading>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="analytics-range-label">Range</Text>
          <SegmentedControl
            aria-labelledby="analytics-range-label"
            value={preset}
            onChange={(v) => { setPreset(v); setRange(rangeOf(Number(v))); if (Number(v) > 90 && bucket === 'day') setBucket('week'); }}
            data={PRESETS.map((p) => ({ ...p }))}
          />
        </Stack>
        <NativeSelect label="Service" value={service} onChange={(e) => setService(e.currentTarget.value)} data={[{ value: '', label: 'Every service' }, ...(services.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))]} />
        <NativeSelect label="Team" value={team} onChange={(e) => setTeam(e.currentTarget.value)} data={[{ value: '', label: 'Every team' }, ...(teams.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))]} />
        <NativeSelect label="Severity" value={severity} onChange={(e) => setSeverity(e.currentTarget.value)} data={[{ value: '', label: 'Every severity' }, ...(severities.data?.severities ?? []).map((s) => ({ value: s.id, label: `${s.id} ${s.name}` }))]} />
      </Group>
      <Text size="sm" c="dimmed">
        Incidents triggered from {new Date(range.from).toLocaleString()} to {new Date(range.to).toLocaleString()}; merged incidents count in the one they were merged into. {explain('the scope', 'scope', 'person')}
      </Text>

      <PageState query={summary}>
        {(s) => (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
              <StatCard title="MTTA" value={formatDuration(s.mtta.mean)} detail={<>p50 {formatDuration(s.mtta.p50)} · p90 {formatDuration(s.mtta.p90)}<br />{s.mtta.count} measured; {s.not_acknowledged_by_person} not acknowledged by a person</>} explain={explain('MTTA', 'mtta', 'person', 'percentiles')} />
              <StatCard title="MTTR" value={formatDuration(s.mttr.mean)} detail={<>p50 {formatDuration(s.mttr.p50)} · p90 {formatDuration(s.mttr.p90)}<br />{s.mttr.count} resolved; {s.open} open</>} explain={explain('MTTR', 'mttr', 'percentiles')} />
              <StatCard title="Incidents" value={String(s.incidents)} detail={<>{s.resolution.by_hand} resolved by hand, {s.resolution.automatic} automatically</>} explain={explain('the incident count', 'scope', 'resolution')} />
              <StatCard title="Escalation rate" value={formatShare(s.escalation.rate)} detail={<>{s.escalation.escalated} reached level 2 or beyond</>} explain={explain('the escalation rate', 'escalation_rate')} />
              <StatCard title="Repeat incidents" value={formatShare(s.repeats.share)} detail={<>{s.repeats.incidents} of {s.incidents}</>} explain={explain('repeats', 'repeats')} />
              <StatCard title="Status updates on time" value={formatShare(s.status_updates.share)} detail={<>{s.status_updates.on_time} on time, {s.status_updates.late} late, of {s.status_updates.due} due</>} explain={explain('status-update compliance', 'update_compliance')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Section title="Response target compliance" explain={explain('compliance', 'compliance', 'person')} action={<ExportButton path="/api/v1/analytics/summary" query={{ ...q, table: 'compliance' }} filename="compliance.csv" label="compliance" />}>
                <ComplianceBars rows={s.compliance} />
              </Section>
              <Section title="Repeats" explain={explain('repeats', 'repeats')} action={<ExportButton path="/api/v1/analytics/summary" query={{ ...q, table: 'repeats' }} filename="repeats.csv" label="repeats" />}>
                {s.repeats.groups.length === 0 ? <Text size="sm" c="dimmed">No alert opened more than one incident on a service in this range.</Text> : (
                  <ScrollBox minWidth={320}>
                    <Table aria-label="Repeated alerts" verticalSpacing="xs">
                      <Table.Thead><Table.Tr><Table.Th>Alert</Table.Th><Table.Th>Service</Table.Th><Table.Th ta="right">Incidents</Table.Th><Table.Th ta="right">Latest</Table.Th></Table.Tr></Table.Thead>
                      <Table.Tbody>
                        {s.repeats.groups.map((g) => (
                          <Table.Tr key={`${g.service}:${g.signature}`}>
                            <Table.Td style={{ overflowWrap: 'anywhere' }}>{g.summary}</Table.Td>
                            <Table.Td>{g.service}</Table.Td>
                            <Table.Td ta="right">{g.incidents}</Table.Td>
                            <Table.Td ta="right"><a href={`/incidents/${g.last_incident}`}>#{g.last_incident}</a></Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollBox>
                )}
              </Section>
            </SimpleGrid>
          </Stack>
        )}
      </PageState>

      <Section
        title="Incidents over time"
        explain={explain('incidents over time', 'incidents_over_time')}
        action={
          <Group gap="xs" wrap="wrap">
            <SegmentedControl size="xs" aria-label="Bucket" value={bucket} onChange={(v) => setBucket(v as typeof bucket)} data={[{ value: 'day', label: 'Day' }, { value: 'week', label: 'Week' }, { value: 'month', label: 'Month' }]} />
            <ExportButton path="/api/v1/analytics/incidents-over-time" query={{ ...q, bucket, time_zone: browserZone }} filename={`incidents-per-${bucket}.csv`} label="incidents over time" />
          </Group>
        }
      >
        <PageState query={overTime}>
          {(o) => (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <ChartFrame title="Incidents" description={`Per ${bucket}, in ${o.time_zone}.`}>
                <BarChart buckets={o.buckets} bucket={bucket} label={`Incidents per ${bucket}`} />
              </ChartFrame>
              <ChartFrame title="MTTA and MTTR trend" description={`Mean per ${bucket}.`}>
                <TrendChart buckets={o.buckets} bucket={bucket} />
              </ChartFrame>
            </SimpleGrid>
          )}
        </PageState>
      </Section>

      <PageState query={load}>
        {(l) => (
          <Stack gap="lg">
            <Section title="On-call load" explain={explain('on-call load', 'pages', 'interruptions', 'hour_classes', 'nights', 'on_call')} action={<ExportButton path="/api/v1/analytics/oncall-load" query={queryOf({ ...filters, service: '', severity: '' })} filename="oncall-load.csv" label="on-call load" />}>
              {l.people.length === 0 ? <Text size="sm" c="dimmed">Nobody was paged or on call in this range.</Text> : (
                <ScrollBox minWidth={720}>
                  <Table aria-label="On-call load per person" verticalSpacing="xs" striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Person</Table.Th><Table.Th ta="right">Pages</Table.Th><Table.Th ta="right">Interruptions</Table.Th><Table.Th ta="right">Business</Table.Th>
                        <Table.Th ta="right">Off hours</Table.Th><Table.Th ta="right">Sleep</Table.Th><Table.Th ta="right">Nights</Table.Th><Table.Th ta="right">Shifts</Table.Th><Table.Th ta="right">Hours on call</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {l.people.map((p) => (
                        <Table.Tr key={p.user} data-person={p.user}>
                          <Table.Td><Text size="sm" fw={500}>{p.name}</Text><Text size="xs" c="dimmed">{p.time_zone}</Text></Table.Td>
                          <Table.Td ta="right">{p.pages}</Table.Td><Table.Td ta="right">{p.interruptions}</Table.Td><Table.Td ta="right">{p.business_hours}</Table.Td>
                          <Table.Td ta="right">{p.off_hours}</Table.Td><Table.Td ta="right">{p.sleep_hours}</Table.Td><Table.Td ta="right">{p.nights_interrupted}</Table.Td>
                          <Table.Td ta="right">{p.shifts}</Table.Td><Table.Td ta="right">{p.hours_on_call}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollBox>
              )}
            </Section>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Section title="Load by hour of week" explain={explain('the heat map', 'heat_map', 'interruptions')} action={<ExportButton path="/api/v1/analytics/oncall-load" query={{ ...queryOf({ ...filters, service: '', severity: '' }), table: 'heat_map' }} filename="oncall-heat-map.csv" label="the heat map" />}>
                <HeatMap cells={l.heat_map} />
              </Section>
              <Section title="Fairness per rotation" explain={explain('fairness', 'fairness')} action={<ExportButton path="/api/v1/analytics/oncall-load" query={{ ...queryOf({ ...filters, service: '', severity: '' }), table: 'rotations' }} filename="oncall-rotations.csv" label="fairness per rotation" />}>
                {l.rotations.length === 0 ? <Text size="sm" c="dimmed">No schedules{filters.team ? ' for this team' : ''}.</Text> : (
                  <Stack gap="md">
                    {l.rotations.map((r) => (
                      <div key={r.schedule}>
                        <Text size="sm" fw={600}>{r.name}</Text>
                        <ScrollBox minWidth={440}>
                          <Table aria-label={`Share of load in ${r.name}`} verticalSpacing={4}>
                            <Table.Thead><Table.Tr><Table.Th>Person</Table.Th><Table.Th ta="right">Hours</Table.Th><Table.Th ta="right">Share</Table.Th><Table.Th ta="right">Interruptions</Table.Th><Table.Th ta="right">Share</Table.Th></Table.Tr></Table.Thead>
                            <Table.Tbody>
                              {r.people.map((p) => (
                                <Table.Tr key={p.user}>
                                  <Table.Td>{l.people.find((x) => x.user === p.user)?.name ?? p.user}</Table.Td>
                                  <Table.Td ta="right">{p.hours_on_call}</Table.Td><Table.Td ta="right">{formatShare(p.hours_share)}</Table.Td>
                                  <Table.Td ta="right">{p.interruptions}</Table.Td><Table.Td ta="right">{formatShare(p.interruptions_share)}</Table.Td>
                                </Table.Tr>
                              ))}
                            </Table.Tbody>
                          </Table>
                        </ScrollBox>
                      </div>
                    ))}
                  </Stack>
                )}
              </Section>
            </SimpleGrid>
          </Stack>
        )}
      </PageState>

      <PageState query={costs}>
        {(c) => (
          <Section title="Cost of downtime" explain={explain('the cost', 'cost')} action={<ExportButton path="/api/v1/analytics/costs" query={{ ...queryOf({ ...filters, severity: '' }), table: 'by_service_and_month' }} filename="costs-by-service-and-month.csv" label="costs by service and month" />}>
            {c.by_service_and_month.length === 0 ? <Text size="sm" c="dimmed">No incident in this range has a cost: give a service an impact model (impact: in vigil.yaml) to see what its outages cost.</Text> : (
              <Stack gap="sm">
                <Group gap="lg">
                  {c.totals.map((t) => <Text key={t.currency} fw={600}>{formatMoney(t.amount, t.currency)} <Text span c="dimmed" size="sm">over {t.incidents} incidents</Text></Text>)}
                </Group>
                <ScrollBox minWidth={420}>
                  <Table aria-label="Costs by service and month" verticalSpacing="xs">
                    <Table.Thead><Table.Tr><Table.Th>Month</Table.Th><Table.Th>Service</Table.Th><Table.Th ta="right">Incidents</Table.Th><Table.Th ta="right">Cost</Table.Th></Table.Tr></Table.Thead>
                    <Table.Tbody>
                      {c.by_service_and_month.map((t) => (
                        <Table.Tr key={`${t.month}:${t.service ?? ''}:${t.currency}`}>
                          <Table.Td>{t.month}</Table.Td><Table.Td>{t.service ?? 'No service'}</Table.Td><Table.Td ta="right">{t.incidents}</Table.Td><Table.Td ta="right">{formatMoney(t.amount, t.currency)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollBox>
                {c.incidents.some((i) => i.provisional) && <Alert variant="light" color="gray">Open incidents count to now and will change until they are resolved.</Alert>}
                <Group justify="flex-end"><ExportButton path="/api/v1/analytics/costs" query={queryOf({ ...filters, severity: '' })} filename="incident-costs.csv" label="each incident's cost and calculation" /></Group>
              </Stack>
            )}
          </Section>
        )}
      </PageState>
    </Stack>
  );
}
