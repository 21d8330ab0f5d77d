import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ApiError } from '../api/errors';
import { formatRange } from '../ui/zoned-time';
import { useRemoveOverride, type OverrideView } from './schedule-queries';

/** Removing an override is confirmed: it changes who is paged. A refusal shows the server's words. */
export function RemoveOverrideDialog({ scheduleId, override, zone, onClose, onRemoved }: {
  scheduleId: string;
  override: OverrideView;
  zone: string;
  onClose: () => void;
  onRemoved: (override: OverrideView) => void;
}) {
  const remove = useRemoveOverride(scheduleId);
  const range = formatRange(override.start, override.end, zone);
  return (
    <Modal opened onClose={onClose} title={<Text fw={700} size="lg" component="h2" m={0}>Remove this override?</Text>} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="md">
        <Text size="sm">
          {override.user.name} will no longer be on call {range} ({zone}). The schedule's layers decide who is on call then instead.
        </Text>
        {remove.isError && (
          <Alert color="gray" variant="light" title="The override was not removed" role="alert">
            <Text size="sm">{remove.error.message}</Text>
            {remove.error instanceof ApiError && <Text size="xs" c="dimmed">{remove.error.code}</Text>}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} mih={44}>Keep it</Button>
          <Button color="dark" mih={44} loading={remove.isPending} onClick={() => remove.mutate(override.id, { onSuccess: () => onRemoved(override) })}>
            Remove override
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
