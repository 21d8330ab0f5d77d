import { Anchor, Box, Breadcrumbs, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAddressParams, withParams } from '../app/useAddressParams';
import { useMe } from '../api/queries';
import { PanelBoundary } from '../app/ErrorBoundary';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { viewerTimeZone } from '../ui/time';
import { useNow } from '../ui/useNow';
import { formatRange, formatWhen } from '../ui/zoned-time';
import { CalendarLink } from './CalendarLink';
import { GuardedButton } from './GuardedButton';
import { canAddOverride, canRemoveOverride, type Viewer } from './override-permission';
import { OverrideForm, type OverridePrefill } from './OverrideForm';
import { RemoveOverrideDialog } from './RemoveOverrideDialog';
import { useOverrides, useSchedule, useScheduleOutlook, useShifts, type OverrideView, type ScheduleDetail, type ShiftsAnswer } from './schedule-queries';
import { ScheduleTimeline, type Selection, type TimelineRow } from './ScheduleTimeline';
import { ShiftList } from './ShiftList';
import { addDays, readStartDate, todayIn, WINDOW_DAYS, windowDays, type Day, type Span, type TimedShift } from './timeline';
import { ZoneRange } from './ZoneRange';
import { nowAndNext } from './now-and-next';

/** /schedules/{id}: two weeks of shifts from `?start=` (a date), overrides, and a calendar link. */
export function SchedulePage() {
  const { id = '' } = useParams();
  const schedule = useSchedule(id);
  return (
    <Stack gap="lg">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to="/schedules" size="sm">Schedules</Anchor>
        <Text size="sm" aria-current="page">{schedule.data?.name ?? id}</Text>
      </Breadcrumbs>
      <PageHeading title={schedule.data ? `${schedule.data.name} · Schedule` : 'Schedule'}>{schedule.data?.name ?? 'Schedule'}</PageHeading>
      <PageState
        query={schedule}
        skeleton={<PageSkeleton />}
        notFound={(
          <EmptyNotice title={`No schedule "${id}"`}>
            It may have been deleted or renamed. <Anchor component={Link} to="/schedules">See all schedules</Anchor>.
          </EmptyNotice>
        )}
      >
        {(data) => <ScheduleView schedule={data} />}
      </PageState>
    </Stack>
  );
}

const toTimed = (s: ShiftsAnswer['shifts'][number]): TimedShift => ({ user: s.user, start: Date.parse(s.start), end: Date.parse(s.end), source: s.source });
const floorMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

function ScheduleView({ schedule }: { schedule: ScheduleDetail }) {
  const zone = viewerTimeZone();
  const now = useNow(30_000);
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [search, changeSearch] = useAddressParams();
  const me = useMe();
  const outlook = useScheduleOutlook();
  const [form, setForm] = useState<OverridePrefill | null>(null);
  const [removing, setRemoving] = useState<OverrideView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const startDate = readStartDate(search.get('start'), zone, now);
  const days = windowDays(startDate, zone, WINDOW_DAYS);
  const window: Span = { start: days[0]!.start, end: days[days.length - 1]!.end };
  const shifts = useShifts(schedule.id, window.start, window.end);
  const overrides = useOverrides(schedule.id, window.start, window.end);
  const view = search.get('view') === 'list' || search.get('view') === 'timeline' ? search.get('view')! : phone ? 'list' : 'timeline';

  const user = me.data?.user ?? null;
  const viewer: Viewer = { role: me.data?.role ?? 'viewer', userId: user?.id ?? null, teams: user?.teams.map((t) => t.team) ?? [] };
  const add = canAddOverride(viewer, schedule.team);
  const openForm = (span: Span) => {
    if (user === null) return;
    setNotice(null);
    setForm({ userId: user.id, start: span.start, end: span.end });
  };
  const take = { allowed: add.allowed && user !== null, reason: add.reason, open: openForm };

  const setParam = (key: string, value: string | null) => changeSearch(withParams({ [key]: value }), { replace: key === 'view' });

  const layerLabel = (layerId: string) => {
    const index = schedule.layers.findIndex((l) => l.id === layerId);
    if (index === -1) return 'a layer no longer in the schedule';
    const layer = schedule.layers[index]!;
    return layer.name ? `layer "${layer.name}"` : `layer ${index + 1}`;
  };
  const sourceLabel = (source: string) => (source.startsWith('override:') ? 'override' : source === 'preview' ? 'this override' : `from ${layerLabel(source)}`);
  const overrideList = overrides.data?.overrides ?? [];
  const current = outlook.data?.schedules.find((s) => s.schedule.id === schedule.id);
  const when = (iso: string) => formatWhen(iso, now, zone);

  const detail = (selection: Selection, close: () => void) => {
    if (selection.kind === 'gap') {
      return (
        <Stack gap="xs">
          <Text fw={700}>No one on call</Text>
          <ZoneRange span={selection.span} zone={zone} scheduleZone={schedule.time_zone} />
          <GuardedButton size="sm" mih={44} allowed={take.allowed} reason={take.reason} onClick={() => { close(); openForm(selection.span); }}>Cover this gap</GuardedButton>
        </Stack>
      );
    }
    const { shift, row } = selection;
    const override = row.kind === 'overrides' ? overrideList.find((o) => `override:${o.id}` === shift.source) : undefined;
    const removal = override ? canRemoveOverride(viewer, schedule.team, override) : null;
    return (
      <Stack gap="xs">
        <Text fw={700}>{shift.user.name}{shift.user.id === user?.id ? ' (you)' : ''}</Text>
        <ZoneRange span={shift} zone={zone} scheduleZone={schedule.time_zone} />
        <Text size="xs" c="dimmed">{row.kind === 'layer' ? `${row.label}, before layers above and overrides` : sourceLabel(shift.source)}</Text>
        {override && <Text size="xs" c="dimmed">{createdBy(override.created_by)}</Text>}
        {shift.user.id !== user?.id && row.kind === 'final' && (
          <GuardedButton size="sm" mih={44} allowed={take.allowed} reason={take.reason} onClick={() => { close(); openForm(shift); }}>Take this shift</GuardedButton>
        )}
        {override && removal && (
          <GuardedButton size="sm" mih={44} variant="default" allowed={removal.allowed} reason={removal.reason} onClick={() => { close(); setRemoving(override); }}>Remove override</GuardedButton>
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm">
          <Text span fw={600} size="sm">Times in {zone}</Text>
          <Text span size="sm" c="dimmed"> · schedule: {schedule.time_zone}</Text>
        </Text>
        <Text size="sm" c="dimmed">
          {schedule.team === null ? 'No team' : `Team ${schedule.team}`}
          {schedule.description ? ` · ${schedule.description}` : ''}
        </Text>
      </Stack>

      <Paper withBorder radius="md" p="md" component="section" aria-label="On call now">
        <Group justify="space-between" align="flex-start" gap="md">
          <Box style={{ minWidth: 0, flex: '1 1 260px' }}>
            {current === undefined
              ? <Text size="sm" c="dimmed">{outlook.isError ? `Who is on call now could not be read: ${outlook.error.message}` : 'Reading who is on call now…'}</Text>
              : (
                <>
                  <Text size="lg" fw={700}>
                    {current.now === null ? 'No one on call now' : `${current.now.name}${current.now.id === user?.id ? ' (you)' : ''} is on call now`}
                  </Text>
                  <Text size="sm">{nowAndNext(current, when)}</Text>
                </>
              )}
          </Box>
          <GuardedButton size="md" mih={44} allowed={add.allowed && user !== null} reason={add.reason ?? (user === null ? 'Sign in as a person to add overrides' : null)} onClick={() => openForm({ start: floorMinute(now), end: floorMinute(now) + 3_600_000 })}>
            Add override
          </GuardedButton>
        </Group>
      </Paper>

      {notice !== null && (
        <Paper withBorder radius="md" p="sm" role="status" aria-live="polite">
          <Text size="sm">{notice}</Text>
        </Paper>
      )}

      <WindowNavigation days={days} startDate={startDate} zone={zone} now={now} onStart={(date) => setParam('start', date)} />

      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} size="h4">Shifts</Title>
        <SegmentedControl
          aria-label="Show shifts as"
          value={view}
          onChange={(value) => setParam('view', value)}
          data={[{ label: 'Timeline', value: 'timeline' }, { label: 'List', value: 'list' }]}
        />
      </Group>

      <PanelBoundary name="shifts">
        <PageState query={shifts} skeleton={<Skeleton height={240} radius="md" />}>
          {(data) => {
            const final = data.shifts.map(toTimed);
            const layers = (data.layers ?? []).map((layer, i) => ({ id: layer.id, label: layer.name ?? `Layer ${i + 1}`, shifts: layer.shifts.map(toTimed) }));
            if (view === 'list') {
              return <ShiftList days={days} shifts={final} layers={layers} zone={zone} scheduleZone={schedule.time_zone} sourceLabel={sourceLabel} userId={user?.id ?? null} take={take} />;
            }
            const rows: TimelineRow[] = [
              ...layers.map((layer, i): TimelineRow => ({ key: layer.id, label: layer.label, sublabel: `Layer ${i + 1}${i === layers.length - 1 && layers.length > 1 ? ', wins' : ''}`, kind: 'layer', shifts: layer.shifts, showGaps: false })),
              {
                key: 'overrides',
                label: 'Overrides',
                sublabel: 'Win over layers',
                kind: 'overrides',
                shifts: overrideList.map((o) => ({ user: o.user, start: Date.parse(o.start), end: Date.parse(o.end), source: `override:${o.id}` })),
                showGaps: false,
              },
              { key: 'final', label: 'Final', sublabel: 'Who is paged', kind: 'final', shifts: final, showGaps: true },
            ];
            return (
              <Box style={{ overflowX: 'auto' }}>
                <Box style={{ minWidth: 640 }}>
                  <ScheduleTimeline caption={`Shifts from ${days[0]!.label} to ${days[days.length - 1]!.label}`} days={days} rows={rows} now={now} zone={zone} sourceLabel={sourceLabel} detail={detail} />
                </Box>
                <Text size="xs" c="dimmed">Select a bar for both time zones; on the Final row, for “Take this shift”. Later layers win where they have someone on call; overrides win over every layer. The List view shows the same shifts.</Text>
              </Box>
            );
          }}
        </PageState>
      </PanelBoundary>

      <PanelBoundary name="overrides">
        <Stack gap="sm" component="section" aria-labelledby="overrides-heading">
          <Title order={2} size="h4" id="overrides-heading">Overrides in these two weeks</Title>
          {overrides.isError && <Text size="sm">The overrides could not be read: {overrides.error.message}</Text>}
          {overrides.data && overrideList.length === 0 && <Text size="sm" c="dimmed">No overrides: the layers decide who is on call. “Add override” puts someone on call for a while over every layer.</Text>}
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {overrideList.map((o) => {
              const removal = canRemoveOverride(viewer, schedule.team, o);
              return (
                <Paper component="li" key={o.id} withBorder radius="md" p="sm" style={{ borderStyle: 'dashed', borderWidth: 2 }}>
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <Box style={{ minWidth: 0, flex: '1 1 220px' }}>
                      <Text fw={600}>{o.user.name}{o.user.id === user?.id ? ' (you)' : ''}</Text>
                      <ZoneRange span={{ start: Date.parse(o.start), end: Date.parse(o.end) }} zone={zone} scheduleZone={schedule.time_zone} compact />
                      <Text size="xs" c="dimmed">{createdBy(o.created_by)}</Text>
                    </Box>
                    <GuardedButton variant="default" size="sm" mih={44} allowed={removal.allowed} reason={removal.reason} onClick={() => { setNotice(null); setRemoving(o); }}>
                      Remove override<VisuallyHidden> of {o.user.name}, {formatRange(o.start, o.end, zone)}</VisuallyHidden>
                    </GuardedButton>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        </Stack>
      </PanelBoundary>

      <CalendarLink scheduleId={schedule.id} />

      {form !== null && user !== null && (
        <OverrideForm
          key={`${form.userId}-${form.start}-${form.end}`}
          schedule={schedule}
          zone={zone}
          me={{ id: user.id, name: user.name }}
          permission={add}
          prefill={form}
          now={now}
          onClose={() => setForm(null)}
          onSaved={(o) => {
            setForm(null);
            setNotice(`Override added: ${o.user.name} is on call ${formatRange(o.start, o.end, zone)}.`);
          }}
        />
      )}
      {removing !== null && (
        <RemoveOverrideDialog
          scheduleId={schedule.id}
          override={removing}
          zone={zone}
          onClose={() => setRemoving(null)}
          onRemoved={(o) => {
            setRemoving(null);
            setNotice(`Override removed: ${o.user.name} is no longer on call ${formatRange(o.start, o.end, zone)}.`);
          }}
        />
      )}
    </Stack>
  );
}

function createdBy(author: string): string {
  if (author === 'config') return 'From vigil.yaml';
  const [kind, name] = author.split(':', 2);
  return kind === 'token' ? `Added with the API token ${name}` : `Added by ${name ?? author}`;
}

/** Previous and next two weeks, and a date picker: all move `?start=`, a date, never an instant. */
function WindowNavigation({ days, startDate, zone, now, onStart }: { days: readonly Day[]; startDate: string; zone: string; now: number; onStart: (date: string | null) => void }) {
  const today = todayIn(zone, now);
  const dstDays = days.filter((d) => d.hours !== 24);
  return (
    <Stack gap={4} component="nav" aria-label="Weeks shown">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          <Button variant="default" mih={44} px="md" onClick={() => onStart(addDays(startDate, -WINDOW_DAYS))}>
            <span aria-hidden="true">←&nbsp;</span>Previous<VisuallyHidden> two weeks</VisuallyHidden>
          </Button>
          <Button variant="default" mih={44} px="md" onClick={() => onStart(addDays(startDate, WINDOW_DAYS))}>
            Next<VisuallyHidden> two weeks</VisuallyHidden><span aria-hidden="true">&nbsp;→</span>
          </Button>
        </Group>
        <TextInput
          type="date"
          label="Start date"
          value={startDate}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onStart(value);
          }}
          size="sm"
          styles={{ input: { minHeight: 44 } }}
        />
        {startDate !== today && <Button variant="subtle" mih={44} onClick={() => onStart(null)}>Back to today</Button>}
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {days[0]!.label} to {days[days.length - 1]!.label}
        {dstDays.map((d) => ` · ${d.label} has ${d.hours} hours (the clocks change)`).join('')}
      </Text>
    </Stack>
  );
}

function PageSkeleton() {
  return (
    <Stack gap="md">
      <Skeleton height={20} width="40%" />
      <Skeleton height={88} radius="md" />
      <Skeleton height={44} width="60%" />
      <Skeleton height={260} radius="md" />
    </Stack>
  );
}
