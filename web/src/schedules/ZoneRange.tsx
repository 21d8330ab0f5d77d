import { Stack, Text } from '@mantine/core';
import { formatRange, zoneAbbreviation } from '../ui/zoned-time';
import { formatLength, type Span } from './timeline';

/**
 * A range in the viewer's zone and in the schedule's, each with its zone named and the
 * abbreviation it had at the start ("EST"), so a handoff across a clock change reads right.
 */
export function ZoneRange({ span, zone, scheduleZone, withLength = true, compact = false }: { span: Span; zone: string; scheduleZone: string; withLength?: boolean; compact?: boolean }) {
  const same = zone === scheduleZone;
  if (compact) {
    // In a list under "Times in <zone>": the viewer's range, then the schedule's when it differs.
    return (
      <Stack gap={0}>
        <Text size="sm">
          {formatRange(span.start, span.end, zone)}
          {withLength && <Text span size="sm" c="dimmed"> · {formatLength(span.end - span.start)}</Text>}
        </Text>
        {!same && <Text size="xs" c="dimmed">{scheduleZone}: {formatRange(span.start, span.end, scheduleZone)}</Text>}
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm">
        {formatRange(span.start, span.end, zone)}
        {withLength && <Text span size="sm" c="dimmed"> · {formatLength(span.end - span.start)}</Text>}
      </Text>
      <Text size="xs" c="dimmed">
        {same
          ? `${zone} (${zoneAbbreviation(span.start, zone)}), also the schedule's zone`
          : `Your zone: ${zone} (${zoneAbbreviation(span.start, zone)})`}
      </Text>
      {!same && (
        <Text size="xs" c="dimmed">
          Schedule's zone: {formatRange(span.start, span.end, scheduleZone)} {scheduleZone} ({zoneAbbreviation(span.start, scheduleZone)})
        </Text>
      )}
    </Stack>
  );
}
