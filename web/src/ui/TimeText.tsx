import { Text, Tooltip } from '@mantine/core';
import { formatDuration, formatInstant, viewerTimeZone } from './time';
import { useNow } from './useNow';

/** An instant in the viewer's zone with its age ("Tue 4 Dec, 03:12 · 12 min ago", or "· in 2 h" ahead); the full ISO time on hover/focus. */
export function TimeText({ iso, withAge = true, size = 'sm' }: { iso: string; withAge?: boolean; size?: 'xs' | 'sm' | 'md' }) {
  const now = useNow(15_000);
  const delta = now - Date.parse(iso);
  const age = delta >= 0 ? `${formatDuration(delta)} ago` : `in ${formatDuration(-delta)}`;
  return (
    <Tooltip label={`${new Date(iso).toISOString()} (${viewerTimeZone()})`} openDelay={400}>
      <Text component="time" dateTime={iso} size={size} c="dimmed" tabIndex={0} style={{ whiteSpace: 'nowrap' }}>
        {formatInstant(iso)}
        {withAge ? ` · ${age}` : ''}
      </Text>
    </Tooltip>
  );
}
