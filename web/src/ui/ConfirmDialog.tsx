import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api/errors';
import { Dialog } from './Dialog';

/**
 * Asks before a destructive change (remove a user, revoke a token): says what will happen, and
 * shows the server's message in place when it refuses, so the person sees why without losing the
 * dialog. Focus starts on Cancel; Mantine returns it to the opener on close.
 */
export function ConfirmDialog({ opened, title, children, confirmLabel, onConfirm, onClose, pending, error }: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) {
  return (
    <Dialog opened={opened} onClose={onClose} title={title}>
      <Stack>
        <div style={{ overflowWrap: 'anywhere' }}>{children}</div>
        <RefusalAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>Cancel</Button>
          <Button onClick={onConfirm} loading={pending}>{confirmLabel}</Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

/** The server's refusal of a change asked for in a dialog, in place, so the dialog is not lost; nothing without one. */
export function RefusalAlert({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" role="alert" title="Refused">
      {message.charAt(0).toUpperCase() + message.slice(1)}
    </Alert>
  );
}
