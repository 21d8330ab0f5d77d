import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CopyField } from '../ui/CopyField';
import { TimeText } from '../ui/TimeText';
import { usePauseHeartbeat, type Heartbeat } from './queries';

const STATE: Record<Heartbeat['state'], { label: string; color: string; note: string }> = {
  inactive: { label: 'Waiting for first ping', color: 'gray', note: 'Never pinged: it cannot miss until the first ping arms it.' },
  armed: { label: 'Armed', color: 'green', note: 'Pings arrive in time.' },
  missing: { label: 'Missing', color: 'red.8', note: 'A ping is late: its alert is open on the service.' },
  paused: { label: 'Paused', color: 'yellow', note: 'Paused: it never misses.' },
};

/**
 * Heartbeats as cards: state, last ping, next deadline, the ping address (hidden until revealed:
 * whoever has it can keep the heartbeat quiet) and pause or resume.
 */
export function HeartbeatList({ heartbeats, canWrite, showService }: { heartbeats: readonly Heartbeat[]; canWrite: boolean; showService: boolean }) {
  const pause = usePauseHeartbeat();
  return (
    <Stack gap="sm">
      {heartbeats.map((hb) => {
        const state = STATE[hb.state];
        const paused = hb.state === 'paused';
        return (
          <Card key={hb.id} withBorder padding="md" radius="md" component="section" aria-label={`Heartbeat ${hb.name}`}>
            <Stack gap="xs">
              <Group justify="space-between" gap="sm" wrap="wrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>{hb.name}</Title>
                  <Text size="sm" c="dimmed">
                    Every {hb.interval}, grace {hb.grace}
                    {showService && <> · <Anchor component={Link} to={`/services/${encodeURIComponent(hb.service)}`} size="sm">{hb.service}</Anchor></>}
                    {hb.managed_by === 'config' && ' · from vigil.yaml'}
                  </Text>
                </div>
                {/* Dot badges keep the page's text colour (light green text fails contrast); a miss is filled, dark red. */}
                <Badge color={state.color} variant={hb.state === 'missing' ? 'filled' : 'dot'} radius="sm" styles={{ root: { textTransform: 'none' } }}>{state.label}</Badge>
              </Group>
              <Text size="sm">{state.note}</Text>
              <Group gap="lg" wrap="wrap">
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">Last ping</Text>
                  {hb.last_ping_at === null ? <Text size="sm">Never</Text> : <TimeText iso={hb.last_ping_at} />}
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">{hb.state === 'missing' ? 'Missed' : 'Misses unless pinged by'}</Text>
                  {hb.state === 'missing' && hb.missed_at !== null
                    ? <TimeText iso={hb.missed_at} />
                    : hb.next_deadline !== null ? <TimeText iso={hb.next_deadline} withAge={false} /> : <Text size="sm">—</Text>}
                </Stack>
              </Group>
              {hb.url !== null
                ? (
                  <Stack gap={4}>
                    <Text size="sm" fw={600} component="div">Ping address (GET or POST)</Text>
                    <CopyField label={`ping address of ${hb.name}`} value={hb.url} secret />
                  </Stack>
                )
                : <Text size="sm" c="dimmed">The ping address is shown to responders and admins.</Text>}
              {canWrite && (
                <Group>
                  <Button
                    variant="default"
                    style={{ minHeight: 44 }}
                    loading={pause.isPending && pause.variables?.id === hb.id}
                    onClick={() => pause.mutate({ id: hb.id, paused: !paused })}
                  >
                    {paused ? 'Resume' : 'Pause'}
                  </Button>
                  {pause.isError && pause.variables?.id === hb.id && <Text size="sm" c="red" role="alert">{pause.error.message}</Text>}
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
