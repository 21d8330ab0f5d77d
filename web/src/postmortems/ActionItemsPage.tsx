import { Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { ActionItemDialog } from './ActionItemDialog';
import { ActionItemList } from './ActionItemList';
import { useActionItems, usePeople } from './postmortem-queries';

/** Every team's action items, so follow-ups without an owner or past their date are seen. */
export function ActionItemsPage() {
  const me = useMe();
  const people = usePeople();
  const [view, setView] = useState<'open' | 'overdue' | 'all'>('open');
  const [team, setTeam] = useState('');
  const [owner, setOwner] = useState('');
  const [adding, setAdding] = useState(false);
  const items = useActionItems({ view, team, owner });
  const canEdit = me.data?.role !== 'viewer';
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <PageHeading title="Action items">Action items</PageHeading>
        {canEdit && <Button mih={44} onClick={() => setAdding(true)}>New action item</Button>}
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="action-view-label">Show</Text>
          <SegmentedControl aria-labelledby="action-view-label" value={view} onChange={(v) => setView(v as typeof view)} data={[{ value: 'open', label: 'Open' }, { value: 'overdue', label: 'Overdue' }, { value: 'all', label: 'All' }]} />
        </Stack>
        <NativeSelect label="Team" value={team} onChange={(e) => setTeam(e.currentTarget.value)} data={[{ value: '', label: 'Every team' }, ...people.teams]} />
        <NativeSelect label="Owner" value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data={[{ value: '', label: 'Anyone' }, ...people.users]} />
      </Group>
      <PageState
        query={items}
        isEmpty={(data) => data.action_items.length === 0}
        empty={<EmptyNotice title={view === 'overdue' ? 'Nothing is overdue' : 'No action items here'}>Action items come from postmortems and incidents; add one with "New action item".</EmptyNotice>}
      >
        {(data) => <ActionItemList items={data.action_items} canEdit={canEdit} />}
      </PageState>
      {adding && <ActionItemDialog opened onClose={() => setAdding(false)} />}
    </Stack>
  );
}
