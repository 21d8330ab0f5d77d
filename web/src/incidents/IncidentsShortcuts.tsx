import { Group, Kbd, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { SHORTCUTS_DISABLED_KEY } from '../app/shortcuts';

const SHORTCUTS: readonly [keys: readonly string[], what: string][] = [
  [['j'], 'Next incident'],
  [['k'], 'Previous incident'],
  [['Enter'], 'Open the incident in focus'],
  [['/'], 'Search titles'],
  [['?'], 'This list'],
  [['g', 'i'], 'Go to incidents'],
  [['g', 'o'], 'Go to on call'],
  [['g', 's'], 'Go to schedules'],
];

export function shortcutsEnabled(): boolean {
  return window.localStorage.getItem(SHORTCUTS_DISABLED_KEY) !== '1';
}

/** `?`: the keyboard shortcuts, and a switch to turn the single-key ones off (they can surprise a screen reader or voice control user). */
export function IncidentsShortcuts({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [enabled, setEnabled] = useState(shortcutsEnabled);
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="md">
      <Stack gap="md">
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Keys</Table.Th>
              <Table.Th scope="col">What they do</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <Table.Tr key={what}>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && <Text span size="xs" c="dimmed" mr={4}>then</Text>}
                        <Kbd>{key}</Kbd>
                      </span>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Switch
          label="Single-key shortcuts"
          description="They never act while you type in a field. Turn them off if they get in the way of a screen reader or voice control."
          checked={enabled}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setEnabled(on);
            if (on) window.localStorage.removeItem(SHORTCUTS_DISABLED_KEY);
            else window.localStorage.setItem(SHORTCUTS_DISABLED_KEY, '1');
          }}
        />
      </Stack>
    </Modal>
  );
}
