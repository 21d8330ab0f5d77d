import { Anchor, Badge, Button, Paper, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/errors';
import type { Incident } from '../api/types';
import { ErrorNotice } from '../ui/PageState';
import { SidePanel } from '../ui/SidePanel';
import { useCreatePostmortem, useIncidentPostmortem, useSimilarIncidents } from './learning-queries';

const PM_STATUS = { draft: 'Draft', in_review: 'In review', published: 'Published' } as const;

/** The incident's postmortem, or the button that drafts one once it is resolved. */
export function IncidentPostmortem({ incident, canWrite }: { incident: Incident; canWrite: boolean }) {
  const number = String(incident.number);
  const existing = useIncidentPostmortem(number);
  const create = useCreatePostmortem(number);
  const navigate = useNavigate();
  const start = async () => {
    const draft = await create.mutateAsync();
    navigate(`/postmortems/${draft.id}`);
  };
  return (
    <SidePanel title="Postmortem">
      {existing.isPending ? <Text size="sm" c="dimmed">Looking…</Text> : existing.isError ? <ErrorNotice error={existing.error} onRetry={() => void existing.refetch()} /> : existing.data ? (
        <Text size="sm">
          <Anchor component={Link} to={`/postmortems/${existing.data.id}`}>{existing.data.title}</Anchor>{' '}
          <Badge variant="light" styles={{ root: { textTransform: 'none' } }}>{PM_STATUS[existing.data.status]}</Badge>
        </Text>
      ) : incident.status !== 'resolved' ? (
        <Text size="sm" c="dimmed">A postmortem is drafted once the incident is resolved.</Text>
      ) : (
        <Stack gap={6}>
          <Text size="sm">Draft one with the facts and key timeline already filled in.</Text>
          {canWrite && <Button mih={44} onClick={() => void start().catch(() => undefined)} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>Create postmortem</Button>}
          {create.error && <Text size="sm" c="red" role="alert">{create.error instanceof ApiError ? create.error.message : String(create.error)}</Text>}
        </Stack>
      )}
    </SidePanel>
  );
}

/** Past incidents that look like this one, so a repeat is seen during the response. */
export function IncidentSimilar({ number }: { number: string }) {
  const similar = useSimilarIncidents(number);
  const count = similar.data?.similar.length;
  return (
    <SidePanel title={count === undefined ? 'Similar incidents' : `Similar incidents (${count})`}>
      {similar.isPending ? <Text size="sm" c="dimmed">Looking…</Text> : similar.isError ? <ErrorNotice error={similar.error} onRetry={() => void similar.refetch()} /> : similar.data.similar.length === 0 ? (
        <Text size="sm" c="dimmed">None on this service in the past year.</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {similar.data.similar.map((s) => (
            <Paper key={s.number} withBorder p="sm" component="li">
              <Anchor component={Link} to={`/incidents/${s.number}`} fw={700} size="sm" style={{ overflowWrap: 'anywhere' }}>#{s.number} {s.title}</Anchor>
              <Text size="xs" c="dimmed">{s.severity} · {s.triggered_at.slice(0, 10)} · {s.why}</Text>
              {s.postmortem && <Text size="xs">Postmortem: <Anchor component={Link} to={`/postmortems/${s.postmortem.id}`}>{s.postmortem.title}</Anchor></Text>}
              {s.open_action_items.length > 0 && (
                <Text size="xs" fw={600} c="orange.8">
                  {s.open_action_items.length} unfinished action item{s.open_action_items.length === 1 ? '' : 's'}: {s.open_action_items.map((i) => i.title).join('; ')}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </SidePanel>
  );
}
