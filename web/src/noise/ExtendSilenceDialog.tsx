import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { RefusalAlert } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { formatInstant } from '../ui/time';
import { useChangeSilence, type Silence } from './queries';
import { EXTENSIONS, extendedEnd, type ExtensionValue } from './silence-changes';

/**
 * Keeps a silence going longer: more time from its current end, with the comment its held
 * alerts show kept or reworded. What it matches stays; a different match is a new silence.
 */
export function ExtendSilenceDialog({ silence, onClose }: { silence: Silence | null; onClose: () => void }) {
  return (
    <Dialog opened={silence !== null} onClose={onClose} title="Extend this silence">
      {silence !== null && <ExtendForm key={silence.id} silence={silence} onDone={onClose} />}
    </Dialog>
  );
}

function ExtendForm({ silence, onDone }: { silence: Silence; onDone: () => void }) {
  const change = useChangeSilence();
  const [choice, setChoice] = useState<ExtensionValue>('1h');
  const [comment, setComment] = useState(silence.comment);
  const endsAt = extendedEnd(silence, choice);
  const trimmed = comment.trim();

  return (
    <form
      aria-label="Extend this silence"
      onSubmit={(event) => {
        event.preventDefault();
        if (endsAt === null || trimmed === '') return;
        change.mutate({ id: silence.id, body: { ends_at: endsAt, ...(trimmed === silence.comment ? {} : { comment: trimmed }) } }, { onSuccess: onDone });
      }}
    >
      <Stack>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>“{silence.comment}” ends {formatInstant(silence.ends_at)}. Alerts it holds stay quiet until the new end.</Text>
        <Radio.Group label="Longer by" value={choice} onChange={(value) => setChoice(value as ExtensionValue)}>
          <Stack gap="sm" mt="xs">
            {EXTENSIONS.map((extension) => {
              const end = extendedEnd(silence, extension.value);
              return (
                <Radio
                  key={extension.value}
                  value={extension.value}
                  disabled={end === null}
                  label={end === null ? `${extension.label} (past the 366-day limit)` : `${extension.label}: until ${formatInstant(end)}`}
                />
              );
            })}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Comment"
          description="Shown on every alert it holds"
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={trimmed === '' ? 'Say why the alerts are silenced' : undefined}
        />
        <RefusalAlert error={change.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>Cancel</Button>
          <Button type="submit" loading={change.isPending} disabled={endsAt === null || trimmed === ''}>Extend</Button>
        </Group>
      </Stack>
    </form>
  );
}
