import { Button, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useMe } from '../api/queries';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { SidePanel } from '../ui/SidePanel';

/**
 * "Merge into…": picks another open incident (searched by number or title) and, once confirmed,
 * moves this one's alerts, timeline and pages there; this one resolves pointing at it.
 */
export function IncidentMerge({ incident, canWrite }: { incident: { id: string; number: number; title: string; status: string }; canWrite: boolean }) {
  const [picking, setPicking] = useState(false);
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState<{ number: number; title: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const query = useDeferredValue(search.trim());
  const navigate = useNavigate();
  const client = useQueryClient();
  const candidates = useQuery({
    queryKey: ['incidents', 'merge-candidates', query],
    queryFn: () => unwrap(api.GET('/api/v1/incidents', { params: { query: { status: ['triggered', 'acknowledged'], limit: 20, ...(query === '' ? {} : { q: query }) } } })),
    enabled: picking,
  });
  const merge = useMutation({
    mutationFn: (into: number) => unwrap(api.POST('/api/v1/incidents/{ref}/merge', { params: { path: { ref: String(incident.number) } }, body: { into: String(into) } })),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: ['incidents'] });
      void client.invalidateQueries({ queryKey: ['incident'] });
      setConfirming(false);
      void navigate(`/incidents/${result.into.number}`);
    },
  });
  if (!canWrite || incident.status === 'resolved') return null;
  const others = (candidates.data?.incidents ?? []).filter((i) => i.id !== incident.id);
  return (
    <SidePanel title="Merge">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">Same problem as another incident? Merge this one into it: its alerts, timeline and pages move there.</Text>
        <Button variant="default" onClick={() => setPicking(true)} style={{ minHeight: 44, alignSelf: 'flex-start' }}>Merge into…</Button>
      </Stack>
      <Dialog opened={picking && !confirming} onClose={() => setPicking(false)} title={`Merge #${incident.number} into…`}>
        <Stack gap="sm">
          <TextInput label="Find an open incident" placeholder="Number or words of its title" value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-autofocus />
          {candidates.isError && <Text size="sm" c="red" role="alert">{candidates.error.message}</Text>}
          {candidates.isSuccess && others.length === 0 && <Text size="sm" c="dimmed">No other open incident matches.</Text>}
          <Radio.Group
            label="Incident"
            value={target === null ? null : String(target.number)}
            onChange={(value) => {
              const found = others.find((i) => String(i.number) === value);
              setTarget(found ? { number: found.number, title: found.title } : null);
            }}
          >
            <Stack gap={4} mt={4}>
              {others.map((i) => (
                <Radio key={i.id} value={String(i.number)} label={`#${i.number} ${i.title}`} styles={{ label: { overflowWrap: 'anywhere' }, body: { minHeight: 44, alignItems: 'center' } }} />
              ))}
            </Stack>
          </Radio.Group>
          <Button disabled={target === null} onClick={() => setConfirming(true)} style={{ minHeight: 44, alignSelf: 'flex-end' }}>Continue</Button>
        </Stack>
      </Dialog>
      <ConfirmDialog
        opened={confirming && target !== null}
        title={`Merge #${incident.number} into #${target?.number ?? ''}?`}
        confirmLabel="Merge"
        onConfirm={() => target !== null && merge.mutate(target.number)}
        onClose={() => { setConfirming(false); merge.reset(); }}
        pending={merge.isPending}
        error={merge.error}
      >
        <Text size="sm">
          #{incident.number} {incident.title} resolves, pointing at #{target?.number} {target?.title}, which gets its alerts, timeline and pages. Its escalation stops.
        </Text>
      </ConfirmDialog>
    </SidePanel>
  );
}

/** "Split out": the alert leaves this incident for a new incident of its own, which pages. */
export function SplitAlertButton({ alert }: { alert: { id: string; summary: string; status: string } }) {
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const split = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/alerts/{id}/split', { params: { path: { id: alert.id } } })),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: ['incidents'] });
      void client.invalidateQueries({ queryKey: ['incident'] });
      setConfirming(false);
      void navigate(`/incidents/${result.incident.number}`);
    },
  });
  const me = useMe();
  if (alert.status === 'resolved' || me.data === undefined || me.data.role === 'viewer') return null;
  return (
    <>
      <Button variant="subtle" size="compact-sm" mih={44} style={{ alignSelf: 'flex-start' }} onClick={() => setConfirming(true)}>Split out</Button>
      <ConfirmDialog
        opened={confirming}
        title="Split this alert into its own incident?"
        confirmLabel="Split out"
        onConfirm={() => split.mutate()}
        onClose={() => { setConfirming(false); split.reset(); }}
        pending={split.isPending}
        error={split.error}
      >
        <Text size="sm">“{alert.summary}” leaves this incident for a new one of its own, which pages like any new incident.</Text>
      </ConfirmDialog>
    </>
  );
}
