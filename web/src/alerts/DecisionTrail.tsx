import { Badge, Group, List, Skeleton, Stack, Text } from '@mantine/core';
import { PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { useAlertDetail, type Decision } from './queries';

/** Short words for each kind of decision, as a badge beside its reason. */
const KIND_LABEL: Record<Decision['kind'], string> = {
  routed: 'Routed',
  deduplicated: 'Deduplicated',
  silenced: 'Silenced',
  maintenance: 'Maintenance',
  flapping: 'Flapping',
  capped: 'Storm cap',
  grouped: 'Grouped',
  waiting: 'Waiting',
  opened: 'Opened',
  attached: 'Attached',
  merged: 'Merged',
  split: 'Split',
  released: 'Released',
  resolved: 'Resolved',
  paged: 'Paged',
  not_paged: 'Not paged',
};

/** Held back or not paged: the answers people look for first when a page did not come. */
const QUIET: ReadonlySet<Decision['kind']> = new Set(['silenced', 'maintenance', 'capped', 'flapping', 'not_paged']);

/** "Why did this page?": the alert's decisions, in order, each with its time and reason. */
export function DecisionTrail({ alertId }: { alertId: string }) {
  const detail = useAlertDetail(alertId);
  return (
    <PageState query={detail} skeleton={<Stack gap={6}>{[0, 1, 2].map((i) => <Skeleton key={i} height={20} />)}</Stack>}>
      {(data) => <DecisionList decisions={data.decisions} />}
    </PageState>
  );
}

export function DecisionList({ decisions }: { decisions: readonly Decision[] }) {
  if (decisions.length === 0) return <Text size="sm" c="dimmed">No decisions recorded for this alert (it arrived before Vigil kept them).</Text>;
  return (
    <List type="ordered" spacing={8} aria-label="Decisions, in order" styles={{ itemWrapper: { display: 'block' }, itemLabel: { display: 'block' } }}>
      {decisions.map((decision, index) => (
        <List.Item key={`${decision.at}-${index}`}>
          <Stack gap={2}>
            <Group gap="xs" wrap="wrap">
              <Badge
                variant={QUIET.has(decision.kind) ? 'filled' : 'light'}
                color={QUIET.has(decision.kind) ? 'orange.3' : 'gray'}
                c={QUIET.has(decision.kind) ? 'black' : undefined}
                radius="sm"
                styles={{ root: { textTransform: 'none' } }}
              >
                {KIND_LABEL[decision.kind]}
              </Badge>
              <TimeText iso={decision.at} size="xs" />
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{decision.reason}</Text>
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
