import { Badge, useComputedColorScheme } from '@mantine/core';
import { useSeverities } from '../api/queries';
import { severityTone } from './tokens';

/** Severity as label + shape + colour, so it reads without colour too: "SEV-1 Critical". */
export function SeverityBadge({ severity, size = 'md' }: { severity: { id: string; name: string }; size?: 'sm' | 'md' | 'lg' }) {
  const scheme = useComputedColorScheme('light');
  const severities = useSeverities();
  const rank = severities.data?.severities.find((s) => s.id === severity.id)?.rank ?? 4;
  const tone = severityTone(scheme, rank);
  const shape = rank === 1 ? '◆' : rank === 2 ? '▲' : rank === 3 ? '●' : '○';
  return (
    <Badge size={size} radius="sm" styles={{ root: { background: tone.fill, color: tone.text, textTransform: 'none', flexShrink: 0 } }} title={`${severity.id} ${severity.name}`}>
      <span aria-hidden="true">{shape} </span>
      {severity.id}
    </Badge>
  );
}
