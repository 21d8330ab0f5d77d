import { Badge, Tooltip } from '@mantine/core';
import { formatClock } from './clock-time';
import { useLiveState } from './stream';

const LOOK = {
  live: { label: 'Live', variant: 'default', hint: 'Changes appear as they happen.' },
  connecting: { label: 'Connecting…', variant: 'default', hint: 'Opening the live connection to Vigil.' },
  reconnecting: { label: 'Reconnecting…', variant: 'default', hint: 'The live connection dropped; Vigil is being reached again.' },
  offline: { label: 'Offline', variant: 'filled', hint: 'No live connection for 30 s: what is shown may be old, and is read again every 30 s.' },
} as const;

/**
 * The header's word on whether what is shown is current. Calm: no colour (colour means severity
 * and breaches); offline is the one filled badge, with the time the data is from.
 */
export function LiveStatus() {
  const { status, dataFrom } = useLiveState();
  const look = LOOK[status];
  const label = status === 'offline' && dataFrom !== null ? `Offline · data from ${formatClock(dataFrom)}` : look.label;
  return (
    <Tooltip label={look.hint} openDelay={300} multiline w={240}>
      <Badge
        color="dark"
        variant={look.variant}
        radius="sm"
        role="status"
        aria-live="polite"
        styles={{ root: { textTransform: 'none', fontWeight: 600, whiteSpace: 'nowrap' } }}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
