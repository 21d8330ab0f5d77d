import { Badge } from '@mantine/core';
import { useLiveState } from './stream';

const LOOK = {
  live: { label: 'Live', color: 'green', variant: 'light' },
  connecting: { label: 'Connecting…', color: 'gray', variant: 'light' },
  reconnecting: { label: 'Reconnecting…', color: 'yellow', variant: 'light' },
  offline: { label: 'Offline', color: 'red', variant: 'filled' },
} as const;

/** The header's word on whether what is shown is current. */
export function LiveStatus() {
  const { status } = useLiveState();
  const look = LOOK[status];
  return (
    <Badge color={look.color} variant={look.variant} radius="sm" role="status" aria-live="polite" styles={{ root: { textTransform: 'none' } }}>
      {look.label}
    </Badge>
  );
}
