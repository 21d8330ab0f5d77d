import { Badge, Card, Code, Group, Skeleton, Stack, Table, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { GuardedButton } from '../ui/GuardedButton';
import { EmptyNotice, PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { matcherText } from './noise-wording';
import { useCreateSilence, useExpireSilence, useServiceList, useSilences, type Silence, type SilenceState } from './queries';
import { EMPTY_DRAFT, SilenceForm } from './SilenceForm';
import { ExtendSilenceDialog } from './ExtendSilenceDialog';
import { draftAgain } from './silence-changes';

const EMPTY_TEXT: Record<SilenceState, string> = {
  active: 'No silence holds alerts now.',
  pending: 'No silence is scheduled to start later.',
  expired: 'No silence has ended yet.',
};

/**
 * `/silences`: what is silenced now, later and before. A silenced alert is recorded and counted
 * but opens and pages nothing; expiring a silence lets the alerts it holds and still firing open
 * their incidents at once. A running silence can be extended; an ended one made again.
 */
export function SilencesPage() {
  const me = useMe();
  const [tab, setTab] = useState<SilenceState>('active');
  const [creating, setCreating] = useState(false);
  const create = useCreateSilence();
  const again = useCreateSilence();
  const [ended, setEnded] = useState<Silence | null>(null);
  const closeAgain = () => { setEnded(null); again.reset(); };
  const denied = me.data?.role === 'viewer' ? `Your role (viewer) can't make, extend or expire silences` : null;

  return (
    <Stack gap="md">
      <PageHeading title="Silences">Silences</PageHeading>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>Alerts meeting a silence's matchers while it is active are recorded but open and page nothing. When it ends, those still firing open their incidents.</Text>
        {!creating && <GuardedButton reason={denied} onClick={() => setCreating(true)} style={{ minHeight: 44 }}>New silence</GuardedButton>}
      </Group>
      {creating && (
        <SilenceForm
          title="New silence"
          draft={EMPTY_DRAFT}
          saving={create.isPending}
          error={create.error}
          onCancel={() => { setCreating(false); create.reset(); }}
          onSave={(body) => create.mutate(body, { onSuccess: (made) => { setCreating(false); setTab(made.state === 'pending' ? 'pending' : 'active'); } })}
        />
      )}
      <Tabs value={tab} onChange={(value) => value && setTab(value as SilenceState)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="active" style={{ minHeight: 44 }}>Active</Tabs.Tab>
          <Tabs.Tab value="pending" style={{ minHeight: 44 }}>Pending</Tabs.Tab>
          <Tabs.Tab value="expired" style={{ minHeight: 44 }}>Expired</Tabs.Tab>
        </Tabs.List>
        {(['active', 'pending', 'expired'] as const).map((state) => (
          <Tabs.Panel key={state} value={state} pt="sm">
            <SilenceList state={state} denied={denied} onAgain={setEnded} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <Dialog opened={ended !== null} onClose={closeAgain} title="Make this silence again" size="xl">
        {ended !== null && (
          <SilenceForm
            key={ended.id}
            title="New silence like the ended one"
            draft={draftAgain(ended)}
            saving={again.isPending}
            error={again.error}
            onCancel={closeAgain}
            onSave={(body) => again.mutate(body, { onSuccess: (made) => { closeAgain(); setTab(made.state === 'pending' ? 'pending' : 'active'); } })}
          />
        )}
      </Dialog>
    </Stack>
  );
}

function SilenceList({ state, denied, onAgain }: { state: SilenceState; denied: string | null; onAgain: (silence: Silence) => void }) {
  const silences = useSilences(state);
  const services = useServiceList();
  const phone = useMediaQuery('(max-width: 48em)');
  const [expiring, setExpiring] = useState<Silence | null>(null);
  const [extending, setExtending] = useState<Silence | null>(null);
  const expire = useExpireSilence();
  const serviceName = (id: string) => services.data?.services.find((s) => s.id === id)?.name ?? id;
  const scope = (silence: Silence) => (silence.services === null ? 'Every service' : silence.services.map(serviceName).join(', '));

  return (
    <>
      <PageState
        alsoLoading={services.isPending}
        query={silences}
        skeleton={<Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={52} />)}</Stack>}
        isEmpty={(data) => data.silences.length === 0}
        empty={<EmptyNotice title={EMPTY_TEXT[state]}>Make one here, or from an incident: "Silence alerts like this".</EmptyNotice>}
      >
        {(data) => (phone ? (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.silences.map((silence) => (
              <Card key={silence.id} withBorder padding="sm" component="li">
                <Stack gap={6}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{silence.comment}</Text>
                  <Matchers silence={silence} />
                  <Text size="sm">{scope(silence)}</Text>
                  <Times silence={silence} />
                  <Text size="xs" c="dimmed">By {silence.created_by}</Text>
                  {state === 'expired' && <GuardedButton reason={denied} variant="default" onClick={() => onAgain(silence)} style={{ minHeight: 44, alignSelf: 'flex-start' }}>Make again</GuardedButton>}
                  {state !== 'expired' && (
                    <Group gap="sm">
                      <GuardedButton reason={denied} variant="default" onClick={() => setExtending(silence)} style={{ minHeight: 44 }}>Extend</GuardedButton>
                      <GuardedButton reason={denied} variant="default" onClick={() => setExpiring(silence)} style={{ minHeight: 44 }}>Expire</GuardedButton>
                    </Group>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        ) : (
          // Whole words in the narrow columns (services, times); comments and matchers wrap anywhere themselves.
          <Table striped verticalSpacing="sm" style={{ overflowWrap: 'break-word' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Comment</Table.Th>
                <Table.Th>Matchers</Table.Th>
                <Table.Th>Services</Table.Th>
                <Table.Th>{state === 'pending' ? 'Starts' : state === 'active' ? 'Ends' : 'Ended'}</Table.Th>
                <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.silences.map((silence) => (
                <Table.Tr key={silence.id}>
                  <Table.Td style={{ maxWidth: 280 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{silence.comment}</Text>
                    <Text size="xs" c="dimmed">By {silence.created_by}{silence.expired_by ? `; expired by ${silence.expired_by}` : ''}</Text>
                  </Table.Td>
                  <Table.Td><Matchers silence={silence} /></Table.Td>
                  <Table.Td><Text size="sm">{scope(silence)}</Text></Table.Td>
                  <Table.Td><TimeText iso={state === 'pending' ? silence.starts_at : silence.ends_at} /></Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {state === 'expired' ? (
                      <GuardedButton reason={denied} variant="default" size="sm" onClick={() => onAgain(silence)} style={{ minHeight: 44, whiteSpace: 'nowrap' }}>Make again</GuardedButton>
                    ) : (
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <GuardedButton reason={denied} variant="default" size="sm" onClick={() => setExtending(silence)} style={{ minHeight: 44 }}>Extend</GuardedButton>
                        <GuardedButton reason={denied} variant="default" size="sm" onClick={() => setExpiring(silence)} style={{ minHeight: 44 }}>Expire</GuardedButton>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </PageState>
      <ExtendSilenceDialog silence={extending} onClose={() => setExtending(null)} />
      <ConfirmDialog
        opened={expiring !== null}
        title="Expire this silence?"
        confirmLabel="Expire now"
        pending={expire.isPending}
        error={expire.error}
        onClose={() => { setExpiring(null); expire.reset(); }}
        onConfirm={() => expiring && expire.mutate(expiring.id, { onSuccess: () => setExpiring(null) })}
      >
        <Text size="sm">“{expiring?.comment}” ends now. Alerts it holds that are still firing open their incidents and page at once.</Text>
      </ConfirmDialog>
    </>
  );
}

function Matchers({ silence }: { silence: Silence }) {
  return (
    <Group gap={4} wrap="wrap">
      {silence.matchers.map((m, i) => <Code key={i} style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{matcherText(m)}</Code>)}
    </Group>
  );
}

function Times({ silence }: { silence: Silence }) {
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="light" color={silence.state === 'active' ? 'violet' : 'gray'} radius="sm" styles={{ root: { textTransform: 'none' } }}>{silence.state}</Badge>
      <Text size="sm">{silence.state === 'pending' ? 'Starts' : silence.state === 'active' ? 'Ends' : 'Ended'}</Text>
      <TimeText iso={silence.state === 'pending' ? silence.starts_at : silence.ends_at} />
    </Group>
  );
}
