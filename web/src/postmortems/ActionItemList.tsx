import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ActionItemDialog } from './ActionItemDialog';
import { CATEGORY_LABEL, ITEM_STATUS_LABEL, PRIORITY_LABEL, type ActionItem } from './postmortem-queries';

/** Action items as cards (they read on a phone as on a desktop), overdue ones marked in words, not colour alone. */
export function ActionItemList({ items, canEdit, showPostmortem = true }: { items: readonly ActionItem[]; canEdit: boolean; showPostmortem?: boolean }) {
  const [editing, setEditing] = useState<ActionItem | null>(null);
  if (items.length === 0) return <Text size="sm" c="dimmed">No action items.</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Paper key={item.id} withBorder p="sm" component="li" aria-label={item.title}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={700} size="sm" style={{ overflowWrap: 'anywhere' }}>{item.title}</Text>
              <Text size="xs" c="dimmed">
                {item.owner.name}{item.team ? ` · ${item.team.name}` : ''} · due {item.due} · {PRIORITY_LABEL[item.priority]} priority · {CATEGORY_LABEL[item.category]}
              </Text>
              {showPostmortem && item.postmortem && <Text size="xs">From <Anchor component={Link} to={`/postmortems/${item.postmortem.id}`}>{item.postmortem.title}</Anchor></Text>}
              {item.incident && <Text size="xs">Incident <Anchor component={Link} to={`/incidents/${item.incident.number}`}>#{item.incident.number}</Anchor></Text>}
              {item.external_url && <Anchor size="xs" href={item.external_url} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>Tracker: {item.external_url}</Anchor>}
            </Stack>
            <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
              {item.overdue
                ? <Badge color="red" variant="filled" styles={{ root: { textTransform: 'none' } }}>Overdue</Badge>
                : <Badge variant="light" color={item.status === 'done' ? 'green' : 'gray'} styles={{ root: { textTransform: 'none' } }}>{ITEM_STATUS_LABEL[item.status]}</Badge>}
              {canEdit && <Button variant="subtle" size="compact-sm" mih={44} onClick={() => setEditing(item)} aria-label={`Edit ${item.title}`}>Edit</Button>}
            </Stack>
          </Group>
        </Paper>
      ))}
      {editing && <ActionItemDialog key={editing.id} opened item={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
