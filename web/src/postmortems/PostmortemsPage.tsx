import { Anchor, Badge, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { PM_STATUS_LABEL, usePostmortems, type PostmortemStatus } from './postmortem-queries';

/** Every postmortem, newest first: what is still a draft, what waits for review, what is done. */
export function PostmortemsPage() {
  const [status, setStatus] = useState<PostmortemStatus | 'all'>('all');
  const list = usePostmortems(status);
  return (
    <Stack gap="lg">
      <PageHeading title="Postmortems">Postmortems</PageHeading>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="pm-status-label">Status</Text>
        <SegmentedControl aria-labelledby="pm-status-label" value={status} onChange={(v) => setStatus(v as typeof status)} data={[{ value: 'all', label: 'All' }, { value: 'draft', label: 'Draft' }, { value: 'in_review', label: 'In review' }, { value: 'published', label: 'Published' }]} style={{ alignSelf: 'flex-start' }} />
      </Stack>
      <PageState
        query={list}
        isEmpty={(data) => data.postmortems.length === 0}
        empty={<EmptyNotice title="No postmortems here">Create one from a resolved incident's page: its facts and key timeline are filled in for you.</EmptyNotice>}
      >
        {(data) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.postmortems.map((pm) => (
              <Paper key={pm.id} withBorder p="sm" component="li">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/postmortems/${pm.id}`} fw={700} style={{ overflowWrap: 'anywhere' }}>{pm.title}</Anchor>
                    <Text size="xs" c="dimmed">
                      {pm.date.slice(0, 10)} · {pm.severity} · {pm.incidents.map((i) => `#${i.number}`).join(', ')}{pm.owner ? ` · ${pm.owner.name}` : ''}
                    </Text>
                    {pm.open_action_items > 0 && <Text size="xs">{pm.open_action_items} open action item{pm.open_action_items === 1 ? '' : 's'}</Text>}
                  </Stack>
                  <Badge variant={pm.status === 'published' ? 'light' : 'outline'} styles={{ root: { textTransform: 'none', flexShrink: 0 } }}>{PM_STATUS_LABEL[pm.status]}</Badge>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </PageState>
    </Stack>
  );
}
