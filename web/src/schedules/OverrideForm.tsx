import { Alert, Box, Button, Group, Modal, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/errors';
import { formatRange } from '../ui/zoned-time';
import { checkDraft } from './override-draft';
import type { AddPermission } from './override-permission';
import { useAddOverride, useOverrides, useShifts, useUsers, type OverrideView } from './schedule-queries';
import { ScheduleTimeline, type TimelineRow } from './ScheduleTimeline';
import { formatLength, fromLocalInput, isSkippedWallTime, toLocalInput, windowDays, withOverride, type Span, type TimedShift } from './timeline';
import { ZoneRange } from './ZoneRange';

export interface OverridePrefill {
  readonly userId: string;
  readonly start: number;
  readonly end: number;
}

const LENGTHS_H = [1, 2, 4, 8, 12, 24];
const MAX_PREVIEW_DAYS = 7;

const toTimed = (s: { user: { id: string; name: string }; start: string; end: string; source: string }): TimedShift => ({ user: s.user, start: Date.parse(s.start), end: Date.parse(s.end), source: s.source });

/**
 * "Add override": who, from when, until when, in the viewer's zone and echoed in the schedule's;
 * the Final row before and after, from the server's shifts with the new override painted on top;
 * warnings for overlaps and for someone already on call. Nothing is saved until "Save override".
 */
export function OverrideForm({ schedule, zone, me, permission, prefill, now, onClose, onSaved }: {
  schedule: { id: string; name: string; time_zone: string };
  zone: string;
  me: { id: string; name: string };
  permission: AddPermission;
  prefill: OverridePrefill;
  now: number;
  onClose: () => void;
  onSaved: (override: OverrideView) => void;
}) {
  const phone = useMediaQuery('(max-width: 48em)');
  const users = useUsers(permission.forAnyone);
  const [userId, setUserId] = useState(permission.forAnyone ? prefill.userId : me.id);
  const [startText, setStartText] = useState(toLocalInput(prefill.start, zone));
  const [endText, setEndText] = useState(toLocalInput(prefill.end, zone));
  const [attempted, setAttempted] = useState(false);
  const add = useAddOverride(schedule.id);

  const people = permission.forAnyone && users.data
    ? [...users.data.users].sort((a, b) => a.name.localeCompare(b.name)).map((u) => ({ id: u.id, name: u.name }))
    : [me];
  const person = people.find((p) => p.id === userId) ?? null;
  const start = fromLocalInput(startText, zone);
  const end = fromLocalInput(endText, zone);
  const valid = start !== null && end !== null && end > start;

  // The preview covers the days the override touches, from the viewer's midnight, at most a week.
  const previewDays = valid ? windowDays(toLocalInput(start, zone).slice(0, 10), zone, MAX_PREVIEW_DAYS) : [];
  const lastDay = previewDays.findIndex((d) => d.end >= end!);
  const days = valid ? previewDays.slice(0, lastDay === -1 ? MAX_PREVIEW_DAYS : lastDay + 1) : [];
  const range: Span | null = days.length > 0 ? { start: days[0]!.start, end: days[days.length - 1]!.end } : null;
  const shifts = useShifts(schedule.id, range?.start ?? 0, range?.end ?? 1, range !== null);
  const overrides = useOverrides(schedule.id, start ?? 0, end ?? 1, valid);
  const finalShifts = (shifts.data?.shifts ?? []).map(toTimed);

  const check = checkDraft(
    { user: person, start, end },
    {
      now,
      overrides: (overrides.data?.overrides ?? []).map((o) => ({ id: o.id, user: o.user, start: Date.parse(o.start), end: Date.parse(o.end) })),
      finalShifts,
      describe: (span) => formatRange(span.start, span.end, zone),
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (check.errors.length > 0 || person === null || start === null || end === null) return;
    add.mutate({ user: person.id, start, end }, { onSuccess: onSaved });
  };

  const setLength = (hours: number) => {
    if (start !== null) setEndText(toLocalInput(start + hours * 3_600_000, zone));
  };

  const preview: TimelineRow[] = valid && person !== null && shifts.data
    ? [
      { key: 'before', label: 'Final now', kind: 'final', shifts: finalShifts, showGaps: true },
      { key: 'after', label: 'With this override', kind: 'preview', shifts: withOverride(finalShifts, { user: person, start: start!, end: end!, source: 'preview' }), showGaps: true },
    ]
    : [];
  const skipped = [startText, endText].filter((text) => text !== '' && isSkippedWallTime(text, zone));

  return (
    <Modal opened onClose={onClose} title={<Text fw={700} size="lg" component="h2" m={0}>Add override on {schedule.name}</Text>} size="xl" fullScreen={phone === true} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {permission.forAnyone
            ? (
              <NativeSelect
                label="Person"
                description="Who is on call for this range, over every layer"
                value={userId}
                onChange={(event) => setUserId(event.currentTarget.value)}
                data={people.map((p) => ({ value: p.id, label: p.id === me.id ? `${p.name} (you)` : p.name }))}
                size="md"
              />
            )
            : (
              <Box>
                <Text size="sm" fw={500}>Person</Text>
                <Text size="md">{me.name} (you)</Text>
                {permission.note && <Text size="xs" c="dimmed">{permission.note}</Text>}
              </Box>
            )}
          <Group grow align="flex-start" gap="md" wrap="wrap">
            <TextInput type="datetime-local" label="Start" description={`Your zone, ${zone}`} value={startText} onChange={(event) => setStartText(event.currentTarget.value)} size="md" style={{ minWidth: 220 }} />
            <TextInput type="datetime-local" label="End" description={`Your zone, ${zone}`} value={endText} onChange={(event) => setEndText(event.currentTarget.value)} size="md" style={{ minWidth: 220 }} />
          </Group>
          <Group gap="xs" role="group" aria-label="Set the end by length">
            <Text size="sm" c="dimmed">Length:</Text>
            {LENGTHS_H.map((h) => (
              <Button key={h} variant="default" size="compact-md" mih={36} onClick={() => setLength(h)} disabled={start === null}>
                {h} h
              </Button>
            ))}
          </Group>

          {valid && (
            <Paper withBorder p="sm" radius="md">
              <Text size="sm" fw={600}>{person?.name ?? 'Nobody chosen'} on call for {formatLength(end! - start!)}</Text>
              <ZoneRange span={{ start: start!, end: end! }} zone={zone} scheduleZone={schedule.time_zone} withLength={false} />
            </Paper>
          )}
          {skipped.length > 0 && (
            <Text size="sm">The clocks skip {skipped.map((s) => s.slice(11, 16)).join(' and ')} on that day in {zone}; it is read as the first minute after the change.</Text>
          )}

          {(attempted || (start !== null && end !== null)) && check.errors.length > 0 && (
            <Box role="alert">
              {check.errors.map((e) => <Text key={e} size="sm" fw={600} style={{ color: 'var(--vigil-breached)' }}>{e}</Text>)}
            </Box>
          )}
          {check.warnings.length > 0 && (
            <Stack gap={4} aria-label="Before you save">
              {check.warnings.map((w) => (
                <Group key={w} gap="xs" wrap="nowrap" align="flex-start">
                  <Text aria-hidden="true" fw={700}>⚠</Text>
                  <Text size="sm">{w}</Text>
                </Group>
              ))}
            </Stack>
          )}

          {preview.length > 0 && (
            <Box>
              <Title order={3} size="h5" mb={4}>Preview of the Final row</Title>
              <ScheduleTimeline
                caption="Final row before and after this override"
                days={days}
                weekSize={days.length}
                rows={preview}
                now={now}
                zone={zone}
                sourceLabel={(source) => (source === 'preview' ? 'this override' : source.startsWith('override:') ? 'an override' : 'a layer')}
                detail={(selection) => (
                  <ZoneRange span={selection.kind === 'shift' ? selection.shift : selection.span} zone={zone} scheduleZone={schedule.time_zone} />
                )}
              />
            </Box>
          )}
          {shifts.isError && <Text size="sm" c="dimmed">The preview could not be loaded: {shifts.error.message}</Text>}

          {add.isError && (
            <Alert color="gray" variant="light" title="The override was not saved" role="alert">
              <Text size="sm">{add.error.message}</Text>
              {add.error instanceof ApiError && <Text size="xs" c="dimmed">{add.error.code}</Text>}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} mih={44}>Cancel</Button>
            <Button type="submit" loading={add.isPending} mih={44}>Save override</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
