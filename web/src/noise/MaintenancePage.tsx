import { Alert, Badge, Button, Card, Checkbox, Group, MultiSelect, SegmentedControl, Skeleton, Stack, Table, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { splitError } from '../ui/field-errors';
import { GuardedButton } from '../ui/GuardedButton';
import { EmptyNotice, PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { localInputValue } from './noise-wording';
import { useCreateWindow, useEndWindow, useMaintenanceWindows, useServiceList, type MaintenanceWindow, type WindowBody } from './queries';

/**
 * `/maintenance`: planned quiet for services. While a window runs, their alerts are recorded and
 * held (nothing pages); open incidents keep escalating unless the window pauses them.
 */
export function MaintenancePage() {
  const me = useMe();
  const windows = useMaintenanceWindows();
  const services = useServiceList();
  const phone = useMediaQuery('(max-width: 48em)');
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<MaintenanceWindow | null>(null);
  const end = useEndWindow();
  const denied = me.data?.role === 'viewer' ? 'Your role (viewer) can\'t change maintenance windows' : null;
  const serviceName = (id: string) => services.data?.services.find((s) => s.id === id)?.name ?? id;
  const endReason = (w: MaintenanceWindow) => denied ?? (w.managed_by === 'config' ? 'Defined in vigil.yaml: change it there' : null);

  return (
    <Stack gap="md">
      <PageHeading title="Maintenance">Maintenance</PageHeading>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>During a window its services' alerts are recorded but open and page nothing; those still firing when it ends open their incidents then.</Text>
        {!creating && <GuardedButton reason={denied} onClick={() => setCreating(true)} style={{ minHeight: 44 }}>New window</GuardedButton>}
      </Group>
      {creating && <WindowForm onDone={() => setCreating(false)} />}
      <PageState
        alsoLoading={services.isPending}
        query={windows}
        skeleton={<Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={52} />)}</Stack>}
        isEmpty={(data) => data.maintenance_windows.length === 0}
        empty={<EmptyNotice title="No maintenance windows">Plan one here, or under maintenance_windows in vigil.yaml.</EmptyNotice>}
      >
        {(data) => (phone ? (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.maintenance_windows.map((w) => (
              <Card key={w.id} withBorder padding="sm" component="li">
                <Stack gap={6}>
                  <Group gap="xs" wrap="wrap"><Text fw={600} style={{ overflowWrap: 'anywhere' }}>{w.reason}</Text><WindowState window={w} /></Group>
                  <Text size="sm">{w.services.map(serviceName).join(', ')}</Text>
                  <When window={w} />
                  {w.state !== 'ended' && <GuardedButton reason={endReason(w)} variant="default" onClick={() => setEnding(w)} style={{ minHeight: 44, alignSelf: 'flex-start' }}>{w.state === 'active' ? 'End now' : 'Cancel'}</GuardedButton>}
                </Stack>
              </Card>
            ))}
          </Stack>
        ) : (
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Services</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.maintenance_windows.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td style={{ maxWidth: 300 }}>
                    <Group gap="xs" wrap="wrap"><Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{w.reason}</Text><WindowState window={w} /></Group>
                  </Table.Td>
                  <Table.Td><Text size="sm">{w.services.map(serviceName).join(', ')}</Text></Table.Td>
                  <Table.Td><When window={w} /></Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {w.state !== 'ended' && <GuardedButton reason={endReason(w)} variant="default" size="sm" onClick={() => setEnding(w)} style={{ minHeight: 44 }}>{w.state === 'active' ? 'End now' : 'Cancel'}</GuardedButton>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </PageState>
      <ConfirmDialog
        opened={ending !== null}
        title={ending?.state === 'active' ? 'End this maintenance now?' : 'Cancel this maintenance window?'}
        confirmLabel={ending?.state === 'active' ? 'End now' : 'Cancel window'}
        pending={end.isPending}
        error={end.error}
        onClose={() => { setEnding(null); end.reset(); }}
        onConfirm={() => ending && end.mutate(ending.id, { onSuccess: () => setEnding(null) })}
      >
        <Text size="sm">
          “{ending?.reason}” is removed{ending?.state === 'active' ? ': alerts it holds that are still firing open their incidents and page at once' : ''}.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}

/** "In maintenance" (now), "Scheduled", or "Ended". */
export function WindowState({ window }: { window: MaintenanceWindow }) {
  const props = { radius: 'sm', styles: { root: { textTransform: 'none' as const } } };
  if (window.state === 'active') return <Badge color="indigo" variant="filled" {...props}>In maintenance</Badge>;
  if (window.state === 'scheduled') return <Badge color="gray" variant="light" {...props}>Scheduled</Badge>;
  return <Badge color="gray" variant="outline" {...props}>Ended</Badge>;
}

export function When({ window }: { window: MaintenanceWindow }) {
  const occurrence = window.current_occurrence ?? window.next_occurrence;
  return (
    <Stack gap={2}>
      {occurrence ? (
        <Group gap={4} wrap="wrap">
          <Text size="sm">{window.current_occurrence ? 'Until' : 'From'}</Text>
          <TimeText iso={window.current_occurrence ? occurrence.ends_at : occurrence.starts_at} />
        </Group>
      ) : <Group gap={4}><Text size="sm">Ended</Text><TimeText iso={window.ends_at} /></Group>}
      {window.repeat === 'weekly' && <Text size="xs" c="dimmed">Every week ({window.time_zone})</Text>}
      {window.pause_open && <Text size="xs" c="dimmed">Pauses open incidents' escalation</Text>}
      {window.managed_by === 'config' && <Text size="xs" c="dimmed">From vigil.yaml</Text>}
    </Stack>
  );
}

function WindowForm({ onDone, service }: { onDone: () => void; service?: string }) {
  const services = useServiceList();
  const create = useCreateWindow();
  const [serviceIds, setServiceIds] = useState<string[]>(service ? [service] : []);
  const [when, setWhen] = useState<'now' | 'at'>('now');
  const [startsAt, setStartsAt] = useState(() => localInputValue(Date.now() + 3_600_000));
  const [duration, setDuration] = useState('1h');
  const [weekly, setWeekly] = useState(false);
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const [reason, setReason] = useState('');
  const [pauseOpen, setPauseOpen] = useState(false);
  const problems = splitError(create.error);

  return (
    <Card withBorder padding="md" component="form" aria-label="New maintenance window" onSubmit={(event) => {
      event.preventDefault();
      const body: WindowBody = {
        services: serviceIds,
        duration: duration.trim(),
        reason: reason.trim(),
        pause_open: pauseOpen,
        ...(when === 'at' ? { starts_at: new Date(startsAt).toISOString() } : {}),
        ...(weekly ? { repeat: 'weekly' as const, time_zone: timeZone } : {}),
      };
      create.mutate(body, { onSuccess: onDone });
    }}>
      <Stack gap="sm">
        <Text fw={600}>New maintenance window</Text>
        <MultiSelect
          label="Services"
          required
          data={(services.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={serviceIds}
          onChange={setServiceIds}
          searchable
          error={problems.fields.services}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="window-start-label">Starts</Text>
          <SegmentedControl aria-labelledby="window-start-label" value={when} onChange={(v) => setWhen(v as 'now' | 'at')} data={[{ value: 'now', label: 'Now' }, { value: 'at', label: 'At a time' }]} style={{ alignSelf: 'flex-start' }} />
          {when === 'at' && <TextInput type="datetime-local" label="Start time (your clock)" value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={problems.fields.starts_at} style={{ maxWidth: 280 }} />}
        </Stack>
        <TextInput label="Duration" description="Such as 30m, 2h, 1d" required value={duration} onChange={(e) => setDuration(e.currentTarget.value)} error={problems.fields.duration ?? problems.fields.ends_at} style={{ maxWidth: 280 }} />
        <Checkbox label="Repeat every week at the same time" checked={weekly} onChange={(e) => setWeekly(e.currentTarget.checked)} />
        {weekly && <TextInput label="Time zone" description="The wall clock the weekly time is kept in (IANA name, such as Europe/Berlin)" value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)} error={problems.fields.time_zone} style={{ maxWidth: 320 }} />}
        <Textarea label="Reason" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} maxLength={1000} error={problems.fields.reason} />
        <Checkbox
          label="Pause escalation of incidents already open"
          description="Off: an incident open when the window starts keeps escalating."
          checked={pauseOpen}
          onChange={(e) => setPauseOpen(e.currentTarget.checked)}
        />
        {problems.general !== null && <Alert color="red" variant="light" title="Not saved">{problems.general}</Alert>}
        <Group gap="sm">
          <Button type="submit" loading={create.isPending} disabled={serviceIds.length === 0} style={{ minHeight: 44 }}>Create window</Button>
          <Button variant="default" onClick={onDone} style={{ minHeight: 44 }}>Cancel</Button>
        </Group>
      </Stack>
    </Card>
  );
}
