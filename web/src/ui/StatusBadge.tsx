import { Badge } from '@mantine/core';

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

const LOOK: Record<IncidentStatus, { label: string; variant: 'filled' | 'outline' | 'light'; color: string; icon: string }> = {
  triggered: { label: 'Triggered', variant: 'filled', color: 'dark', icon: '●' },
  acknowledged: { label: 'Acknowledged', variant: 'outline', color: 'blue', icon: '◐' },
  resolved: { label: 'Resolved', variant: 'light', color: 'gray', icon: '✓' },
};

/**
 * Triggered is the one filled badge: near-black on a light page, and near-white on a dark one,
 * where a dark fill would sink into the background.
 */
const TRIGGERED_INVERTED = {
  background: 'light-dark(var(--mantine-color-dark-7), var(--mantine-color-gray-0))',
  color: 'light-dark(var(--mantine-color-white), var(--mantine-color-dark-9))',
} as const;

/** Status as icon + word: Triggered (filled), Acknowledged (outline), Resolved (muted). */
export function StatusBadge({ status, size = 'md' }: { status: IncidentStatus; size?: 'sm' | 'md' | 'lg' }) {
  const look = LOOK[status];
  return (
    <Badge size={size} variant={look.variant} color={look.color} radius="sm" styles={{ root: { textTransform: 'none', flexShrink: 0, ...(status === 'triggered' ? TRIGGERED_INVERTED : {}) } }}>
      <span aria-hidden="true">{look.icon} </span>
      {look.label}
    </Badge>
  );
}
