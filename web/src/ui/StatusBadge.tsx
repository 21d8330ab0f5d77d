import { Badge } from '@mantine/core';

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

const LOOK: Record<IncidentStatus, { label: string; variant: 'filled' | 'outline' | 'light'; color: string; icon: string }> = {
  triggered: { label: 'Triggered', variant: 'filled', color: 'dark', icon: '●' },
  acknowledged: { label: 'Acknowledged', variant: 'outline', color: 'blue', icon: '◐' },
  resolved: { label: 'Resolved', variant: 'light', color: 'gray', icon: '✓' },
};

/** Status as icon + word: Triggered (filled), Acknowledged (outline), Resolved (muted). */
export function StatusBadge({ status, size = 'md' }: { status: IncidentStatus; size?: 'sm' | 'md' | 'lg' }) {
  const look = LOOK[status];
  return (
    <Badge size={size} variant={look.variant} color={look.color} radius="sm" styles={{ root: { textTransform: 'none', flexShrink: 0 } }}>
      <span aria-hidden="true">{look.icon} </span>
      {look.label}
    </Badge>
  );
}
