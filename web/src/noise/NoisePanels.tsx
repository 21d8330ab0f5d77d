import { Anchor, Badge, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Incident, Me } from '../api/types';
import { Dialog } from '../ui/Dialog';
import { GuardedButton } from '../ui/GuardedButton';
import { When, WindowState } from './MaintenancePage';
import { useCreateSilence, useServiceMaintenance, useServicesInMaintenance, useSilenceProposal } from './queries';
import { SilenceForm, type SilenceDraft } from './SilenceForm';

const BADGE = { radius: 'sm', styles: { root: { textTransform: 'none' as const } } };

/** The incident page's "In maintenance" badge: its service's alerts are held until the window ends. */
export function IncidentMaintenanceBadge({ incident }: { incident: Incident }) {
  if (!incident.maintenance) return null;
  return (
    <Tooltip label={`${incident.maintenance.reason}: new alerts of this service are held and page nobody`} multiline maw={280} events={{ hover: true, focus: true, touch: true }}>
      <Badge color="indigo" variant="filled" tabIndex={0} {...BADGE}>In maintenance until {new Date(incident.maintenance.ends_at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}</Badge>
    </Tooltip>
  );
}

/** A badge for a row of the services list. */
export function ServiceMaintenanceBadge({ serviceId }: { serviceId: string }) {
  const inMaintenance = useServicesInMaintenance();
  if (!inMaintenance.has(serviceId)) return null;
  return <Badge color="indigo" variant="filled" {...BADGE}>In maintenance</Badge>;
}

/** "Silence alerts like this": a silence prefilled with the labels all the incident's alerts share. */
export function SilenceFromIncident({ incident, me }: { incident: Incident; me: Me | undefined }) {
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<SilenceDraft | null>(null);
  const proposal = useSilenceProposal();
  const create = useCreateSilence();
  const [done, setDone] = useState<string | null>(null);
  const denied = me?.role === 'viewer' ? 'Your role (viewer) can\'t make silences' : null;
  const open = () => {
    setOpened(true);
    setDone(null);
    create.reset();
    proposal.mutate({ number: String(incident.number), duration: '2h' }, {
      onSuccess: (p) => setDraft({ matchers: p.silence.matchers, services: p.silence.services ?? [], duration: '2h', comment: p.silence.comment }),
      onError: () => setDraft({ matchers: [{ field: 'labels.alertname', op: '=', value: '' }], services: incident.service ? [incident.service.id] : [], duration: '2h', comment: `Silenced from incident #${incident.number}` }),
    });
  };
  const close = () => { setOpened(false); setDraft(null); };
  return (
    <>
      <GuardedButton reason={denied} variant="default" onClick={open} style={{ minHeight: 44 }}>Silence alerts like this</GuardedButton>
      {done && <Text size="sm" role="status">Silence made. <Anchor component={Link} to="/silences">See silences</Anchor></Text>}
      <Dialog opened={opened} onClose={close} title="Silence alerts like this" size="xl">
        {proposal.isError && <Text size="sm" c="dimmed" mb="sm">{proposal.error instanceof Error ? proposal.error.message : ''} Write the matchers yourself.</Text>}
        {draft === null ? <Text size="sm">Reading the incident's alerts…</Text> : (
          <SilenceForm
            title={`Silence for incident #${incident.number}`}
            draft={draft}
            saving={create.isPending}
            error={create.error}
            onCancel={close}
            onSave={(body) => create.mutate(body, { onSuccess: (made) => { setDone(made.id); close(); } })}
          />
        )}
      </Dialog>
    </>
  );
}

/** A service page's maintenance: whether it is in maintenance now, and its windows. */
export function ServiceMaintenancePanel({ serviceId }: { serviceId: string }) {
  const state = useServiceMaintenance(serviceId);
  const windows = state.data?.windows.filter((w) => w.state !== 'ended') ?? [];
  return (
    <Stack gap="xs">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Title order={2} size="h3">Maintenance</Title>
        <Button component={Link} to="/maintenance" variant="subtle" size="sm" style={{ minHeight: 44 }}>Plan maintenance</Button>
      </Group>
      {state.data?.in_maintenance && <Text size="sm">This service is <strong>in maintenance</strong>: its new alerts are recorded and held, and page nobody.</Text>}
      {windows.length === 0 ? <Text size="sm" c="dimmed">No maintenance planned.</Text> : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {windows.map((w) => (
            <li key={w.id}>
              <Group gap="xs" wrap="wrap" align="flex-start">
                <WindowState window={w} />
                <Stack gap={2}>
                  <Text size="sm" fw={600}>{w.reason}</Text>
                  <When window={w} />
                </Stack>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {state.data && state.data.windows.some((w) => w.state === 'ended') && <Text size="xs" c="dimmed">Ended windows: see <Anchor component={Link} to="/maintenance">Maintenance</Anchor>.</Text>}
    </Stack>
  );
}
