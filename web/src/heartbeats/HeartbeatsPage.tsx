import { Alert, Button, Group, NativeSelect, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { HeartbeatList } from './HeartbeatList';
import { useCreateHeartbeat, useHeartbeats } from './queries';

/**
 * `/heartbeats`: every dead man's switch, missing ones first, and a form to add one. A heartbeat
 * opens an alert on its service when its pings stop.
 */
export function HeartbeatsPage() {
  const heartbeats = useHeartbeats(null);
  const me = useMe();
  const canWrite = me.data?.role === 'admin' || me.data?.role === 'responder';
  const [creating, setCreating] = useState(false);
  const order = { missing: 0, armed: 1, inactive: 2, paused: 3 } as const;
  return (
    <Stack gap="md">
      <PageHeading title="Heartbeats">Heartbeats</PageHeading>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 20rem' }}>
          Something pings each heartbeat on a schedule (a cron job, Prometheus&apos; Watchdog alert); when the pings stop, an alert opens on its service.
        </Text>
        {canWrite && !creating && <Button onClick={() => setCreating(true)} style={{ minHeight: 44 }}>New heartbeat</Button>}
      </Group>
      {creating && <NewHeartbeatForm onDone={() => setCreating(false)} />}
      <PageState query={heartbeats} skeleton={<Stack gap="sm"><Skeleton height={140} radius="md" /><Skeleton height={140} radius="md" /></Stack>}>
        {(data) =>
          data.heartbeats.length === 0
            ? <EmptyNotice title="No heartbeats yet">Add one here or under heartbeats: in vigil.yaml.</EmptyNotice>
            : <HeartbeatList heartbeats={[...data.heartbeats].sort((a, b) => order[a.state] - order[b.state] || a.name.localeCompare(b.name))} canWrite={canWrite} showService />}
      </PageState>
    </Stack>
  );
}

function NewHeartbeatForm({ onDone }: { onDone: () => void }) {
  const services = useQuery({ queryKey: ['services'], queryFn: () => unwrap(api.GET('/api/v1/services')) });
  const create = useCreateHeartbeat();
  const [service, setService] = useState('');
  const [name, setName] = useState('');
  const [interval, setInterval] = useState('5m');
  const [grace, setGrace] = useState('1m');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ service, name, interval, grace }, { onSuccess: onDone });
  };
  const list = services.data?.services ?? [];
  return (
    <form onSubmit={submit} aria-label="New heartbeat">
      <Stack gap="sm" maw={520}>
        <NativeSelect
          label="Service"
          description="Where its missed-ping alert opens"
          required
          value={service}
          onChange={(e) => setService(e.currentTarget.value)}
          data={[{ value: '', label: 'Choose a service' }, ...list.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} placeholder="Nightly backup" />
        <Group grow gap="sm" wrap="wrap">
          <TextInput label="Interval" description="How often pings come: 30s, 5m, 1h, 1d" required value={interval} onChange={(e) => setInterval(e.currentTarget.value)} />
          <TextInput label="Grace" description="How late one may be" required value={grace} onChange={(e) => setGrace(e.currentTarget.value)} />
        </Group>
        {create.isError && <Alert color="red" variant="light" role="alert" title="Refused">{create.error.message}</Alert>}
        <Group gap="sm">
          <Button type="submit" loading={create.isPending} style={{ minHeight: 44 }} disabled={service === '' || name.trim() === ''}>Create</Button>
          <Button variant="default" onClick={onDone} style={{ minHeight: 44 }}>Cancel</Button>
        </Group>
      </Stack>
    </form>
  );
}
