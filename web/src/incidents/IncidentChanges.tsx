import { Anchor, Group, Stack, Text } from '@mantine/core';
import { PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { safeHref } from './incident-links';
import { useServiceChanges } from './incident-queries';
import { SidePanel } from '../ui/SidePanel';

/** Deploys and other changes to the service from a day before the incident: the first question is what changed. */
export function IncidentChanges({ number, hasService }: { number: string; hasService: boolean }) {
  const changes = useServiceChanges(number);
  return (
    <SidePanel title="Recent changes">
      <PageState
        query={changes}
        isEmpty={(data) => data.changes.length === 0}
        empty={<Text size="sm" c="dimmed">{hasService ? 'No changes recorded for this service since a day before the incident.' : 'This incident has no service, so there are no changes to show.'}</Text>}
      >
        {(data) => (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.changes.map((change) => (
              <li key={change.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)', paddingBottom: 6 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{change.summary}</Text>
                <Group gap="xs" wrap="wrap">
                  <TimeText iso={change.occurred_at} size="xs" />
                  {change.source && <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{change.source}</Text>}
                </Group>
                {change.links.flatMap((link) => {
                  const href = safeHref(link.href);
                  return href === null ? [] : [
                    <Anchor key={href} href={href} target="_blank" rel="noopener noreferrer nofollow" size="xs" style={{ overflowWrap: 'anywhere', display: 'block' }}>{link.text?.trim() || href}</Anchor>,
                  ];
                })}
              </li>
            ))}
          </Stack>
        )}
      </PageState>
    </SidePanel>
  );
}
