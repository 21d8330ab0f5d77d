import { Box, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatRange } from '../ui/zoned-time';
import { GuardedButton } from './GuardedButton';
import { gaps, type Day, type Span, type TimedShift } from './timeline';
import { ZoneRange } from './ZoneRange';

type Entry = { kind: 'shift'; shift: TimedShift } | { kind: 'gap'; span: Span };

/** Day headings say when the clocks change: such a day has 23 or 25 hours. */
export function dayHeading(day: Day): string {
  return day.hours === 24 ? day.label : `${day.label} · ${day.hours}-hour day, the clocks change`;
}

/**
 * The Final row as a list, by the day each shift starts (in the viewer's zone): the phone's
 * default view and the screen reader's. Gaps are entries too, "No one on call", never blank.
 */
export function ShiftList({ days, shifts, layers, zone, scheduleZone, sourceLabel, userId, take }: {
  days: readonly Day[];
  shifts: readonly TimedShift[];
  layers: readonly { id: string; label: string; shifts: readonly TimedShift[] }[];
  zone: string;
  scheduleZone: string;
  sourceLabel: (source: string) => string;
  userId: string | null;
  take: { allowed: boolean; reason: string | null; open: (span: Span) => void };
}) {
  const window = { start: days[0]!.start, end: days[days.length - 1]!.end };
  const entries: Entry[] = [
    ...shifts.map((shift): Entry => ({ kind: 'shift', shift })),
    ...gaps(shifts, window).map((span): Entry => ({ kind: 'gap', span })),
  ].sort((a, b) => start(a) - start(b));
  const byDay = days.map((day) => ({ day, entries: entries.filter((e) => Math.max(start(e), window.start) >= day.start && Math.max(start(e), window.start) < day.end) }));

  return (
    <Stack gap="lg">
      {byDay.filter((d) => d.entries.length > 0).map(({ day, entries: list }) => (
        <Box key={day.date} component="section" aria-labelledby={`day-${day.date}`}>
          <Title order={3} size="h5" id={`day-${day.date}`} mb={6}>{dayHeading(day)}</Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {list.map((entry) => entry.kind === 'shift'
              ? (
                <Paper component="li" key={`s-${entry.shift.source}-${entry.shift.start}`} withBorder radius="md" p="sm" style={entry.shift.source.startsWith('override:') ? { borderStyle: 'dashed', borderWidth: 2 } : undefined}>
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <Box style={{ minWidth: 0, flex: '1 1 220px' }}>
                      <Text fw={600}>{entry.shift.user.name}{entry.shift.user.id === userId ? ' (you)' : ''}</Text>
                      <ZoneRange span={entry.shift} zone={zone} scheduleZone={scheduleZone} compact />
                      <Text size="xs" c="dimmed">{sourceLabel(entry.shift.source)}</Text>
                    </Box>
                    {entry.shift.user.id !== userId && (
                      <GuardedButton variant="default" size="sm" mih={44} allowed={take.allowed} reason={take.reason} onClick={() => take.open(entry.shift)}>
                        Take this shift<VisuallyHidden> from {entry.shift.user.name}, {formatRange(entry.shift.start, entry.shift.end, zone)}</VisuallyHidden>
                      </GuardedButton>
                    )}
                  </Group>
                </Paper>
              )
              : (
                <Paper component="li" key={`g-${entry.span.start}`} withBorder radius="md" p="sm" className="vs-gap-item">
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <Box style={{ minWidth: 0, flex: '1 1 220px' }}>
                      <Text fw={600}>No one on call</Text>
                      <ZoneRange span={entry.span} zone={zone} scheduleZone={scheduleZone} compact />
                      <Text size="xs" c="dimmed">A page to this schedule now reaches nobody.</Text>
                    </Box>
                    <GuardedButton variant="default" size="sm" mih={44} allowed={take.allowed} reason={take.reason} onClick={() => take.open(entry.span)}>
                      Cover this gap<VisuallyHidden>, {formatRange(entry.span.start, entry.span.end, zone)}</VisuallyHidden>
                    </GuardedButton>
                  </Group>
                </Paper>
              ))}
          </Stack>
        </Box>
      ))}
      {layers.length > 0 && (
        <Box component="details">
          <Text component="summary" size="sm" fw={600} style={{ cursor: 'pointer', minHeight: 44, display: 'flex', alignItems: 'center' }}>
            Each layer's own shifts, before layers above and overrides
          </Text>
          <Stack gap="md" mt="xs">
            {layers.map((layer) => (
              <Box key={layer.id}>
                <Title order={3} size="h6">{layer.label}</Title>
                {layer.shifts.length === 0
                  ? <Text size="sm" c="dimmed">Nobody in these two weeks.</Text>
                  : (
                    <Box component="ul" style={{ margin: 0, paddingLeft: 18 }}>
                      {layer.shifts.map((s) => <Text component="li" size="sm" key={s.start}>{s.user.name}: {formatRange(s.start, s.end, zone)}</Text>)}
                    </Box>
                  )}
              </Box>
            ))}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

function start(entry: Entry): number {
  return entry.kind === 'shift' ? entry.shift.start : entry.span.start;
}
