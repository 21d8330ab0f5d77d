import { Anchor, Badge, Button, Collapse, Group, Paper, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useServices } from '../services/queries';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { DecisionTrail } from './DecisionTrail';
import { useAlertList, type AlertStatus, type ListedAlert } from './queries';

const STATUS_OPTIONS: { value: AlertStatus; label: string }[] = [
  { value: 'triggered', label: 'Firing' },
  { value: 'acknowledged', label: 'Acknowledged' },
  { value: 'suppressed', label: 'Suppressed (held back)' },
  { value: 'resolved', label: 'Resolved' },
];

export const STATUS_WORD: Record<AlertStatus, string> = { triggered: 'Firing', acknowledged: 'Acknowledged', suppressed: 'Suppressed', resolved: 'Resolved' };

/**
 * `/alerts`: recent alerts, including the ones that opened nothing (held by a silence or a
 * maintenance window, counted on a storm incident), each with the decision that settled it and,
 * on demand, the whole trail: why did this page, or why didn't it?
 */
export function AlertsPage() {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 300);
  const [status, setStatus] = useState<AlertStatus | null>(null);
  const [service, setService] = useState<string | null>(null);
  const services = useServices();
  const alerts = useAlertList({ q, status, service });
  const filtered = q.trim() !== '' || status !== null || service !== null;

  return (
    <Stack gap="md">
      <PageHeading title="Alerts">Alerts</PageHeading>
      <Text size="sm" c="dimmed">Every alert Vigil received, newest first, with what it decided: routed, held back, grouped, opened, paged or not, and why.</Text>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput label="Search" placeholder="Summary or dedup key" value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ flex: '1 1 14rem' }} />
        <Select label="Status" placeholder="Any status" data={STATUS_OPTIONS} value={status} onChange={(v) => setStatus(v as AlertStatus | null)} clearable style={{ flex: '1 1 12rem' }} />
        <Select
          label="Service"
          placeholder="Any service"
          data={(services.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={service}
          onChange={setService}
          clearable
          searchable
          style={{ flex: '1 1 12rem' }}
        />
      </Group>
      <PageState
        query={alerts}
        skeleton={<Stack gap="xs">{[0, 1, 2, 3].map((i) => <Skeleton key={i} height={72} />)}</Stack>}
        isEmpty={(data) => data.pages.every((p) => p.alerts.length === 0)}
        empty={
          <EmptyNotice title={filtered ? 'No alerts match' : 'No alerts yet'}>
            {filtered ? 'Try another search, status or service.' : 'Alerts appear here as soon as an integration sends one.'}
          </EmptyNotice>
        }
      >
        {(data) => (
          <Stack gap="sm">
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Alerts">
              {data.pages.flatMap((p) => p.alerts).map((alert) => <AlertRow key={`${alert.id}`} alert={alert} />)}
            </Stack>
            {alerts.hasNextPage && (
              <Button variant="default" onClick={() => void alerts.fetchNextPage()} loading={alerts.isFetchingNextPage} mih={44} style={{ alignSelf: 'center' }}>
                Show older alerts
              </Button>
            )}
          </Stack>
        )}
      </PageState>
    </Stack>
  );
}

function AlertRow({ alert }: { alert: ListedAlert }) {
  const [open, setOpen] = useState(false);
  const trailId = useId();
  const quiet = alert.status === 'suppressed';
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={700} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>{alert.summary}</Text>
          <Badge
            variant={quiet ? 'filled' : alert.status === 'resolved' ? 'light' : 'outline'}
            color={quiet ? 'orange.3' : 'gray'}
            c={quiet ? 'black' : undefined}
            radius="sm"
            style={{ flexShrink: 0 }}
            styles={{ root: { textTransform: 'none' } }}
          >
            {STATUS_WORD[alert.status]}
          </Badge>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">{alert.service.name}</Text>
          {alert.incident && (
            <Anchor component={Link} to={`/incidents/${alert.incident.number}`} size="xs">
              #{alert.incident.number} {alert.incident.title}
            </Anchor>
          )}
          <Text size="xs" c="dimmed">{alert.event_count === 1 ? 'seen once' : `seen ${alert.event_count} times`}, first</Text>
          <TimeText iso={alert.first_seen_at} size="xs" />
        </Group>
        {alert.decision && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{alert.decision.reason}</Text>}
        <Button variant="subtle" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={trailId} style={{ alignSelf: 'flex-start' }} mih={44}>
          {open ? 'Hide decisions' : alert.incident ? 'Why did this page?' : 'Why did this not page?'}
        </Button>
        <Collapse expanded={open} id={trailId}>
          {open && <DecisionTrail alertId={alert.id} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}
