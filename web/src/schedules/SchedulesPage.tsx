import { Anchor, Button, Checkbox, Group, Paper, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useAddressParams, withParams } from '../app/useAddressParams';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { PanelBoundary } from '../app/ErrorBoundary';
import { EmptyNotice, PageState } from '../ui/PageState';
import { viewerTimeZone } from '../ui/time';
import { useNow } from '../ui/useNow';
import { formatWhen } from '../ui/zoned-time';
import { filterSchedules, type ScheduleRow } from './schedule-filter';
import { useScheduleList, useScheduleOutlook, type Outlook, type ScheduleList } from './schedule-queries';

/** /schedules: every schedule with who is on call now and next; the filter lives in the address. */
export function SchedulesPage() {
  const schedules = useScheduleList();
  const outlook = useScheduleOutlook();
  const me = useMe();
  const [search, changeSearch] = useAddressParams();
  const text = search.get('q') ?? '';
  const mine = search.get('mine') === '1';
  const userId = me.data?.user?.id ?? null;

  const update = (changes: Record<string, string | null>) => changeSearch(withParams(changes), { replace: true });

  return (
    <Stack gap="lg">
      <PageHeading title="Schedules">Schedules</PageHeading>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Filter schedules"
          description="By name, team, time zone or person"
          placeholder="platform, Bob…"
          value={text}
          onChange={(event) => update({ q: event.currentTarget.value })}
          style={{ flex: '1 1 240px', maxWidth: 420 }}
          type="search"
        />
        <Checkbox
          label="Only schedules I'm in"
          checked={mine}
          disabled={userId === null}
          onChange={(event) => update({ mine: event.currentTarget.checked ? '1' : null })}
          styles={{ body: { minHeight: 44, alignItems: 'center' } }}
        />
      </Group>
      <PageState query={schedules} skeleton={<ListSkeleton />}>
        {(data) => <Rows data={data} outlook={outlook.data} outlookFailed={outlook.isError} text={text} mine={mine} userId={userId} onClear={() => update({ q: null, mine: null })} />}
      </PageState>
    </Stack>
  );
}

function Rows({ data, outlook, outlookFailed, text, mine, userId, onClear }: {
  data: ScheduleList;
  outlook: Outlook | undefined;
  outlookFailed: boolean;
  text: string;
  mine: boolean;
  userId: string | null;
  onClear: () => void;
}) {
  const phone = useMediaQuery('(max-width: 48em)');
  const now = useNow(30_000);
  const zone = viewerTimeZone();
  const when = (iso: string) => formatWhen(iso, now, zone);
  if (data.schedules.length === 0) {
    return <EmptyNotice title="No schedules yet">A schedule rotates people through on-call shifts. Add one under schedules in vigil.yaml, or with POST /api/v1/schedules.</EmptyNotice>;
  }
  const byId = new Map((outlook?.schedules ?? []).map((s) => [s.schedule.id, s]));
  const rows = filterSchedules(data.schedules.map((s): ScheduleRow => ({ schedule: s, oncall: byId.get(s.id) ?? null })), { text, mine, userId });
  const sentence = `${rows.length} of ${data.schedules.length} schedules${text !== '' ? ` matching “${text}”` : ''}${mine ? ' that you are in' : ''}`;

  if (rows.length === 0) {
    return (
      <EmptyNotice title="No schedules match">
        {sentence}. <Button variant="subtle" size="compact-sm" onClick={onClear}>Clear filters</Button>
      </EmptyNotice>
    );
  }

  const nowCell = (row: ScheduleRow) => {
    if (row.oncall === null) return <Text size="sm" c="dimmed">{outlookFailed ? 'Could not be read' : '…'}</Text>;
    if (row.oncall.now === null) return <Text size="sm" fw={600}>Nobody</Text>;
    return (
      <Text size="sm">
        <Text span fw={600} size="sm">{row.oncall.now.name}</Text>
        {row.oncall.until !== null ? ` until ${when(row.oncall.until)}` : ''}
      </Text>
    );
  };
  const nextCell = (row: ScheduleRow) => {
    if (row.oncall === null) return null;
    if (row.oncall.next === null || row.oncall.next_from === null) return <Text size="sm" c="dimmed">Nobody else in the coming year</Text>;
    return <Text size="sm">{row.oncall.next.name} from {when(row.oncall.next_from)}</Text>;
  };
  const name = (row: ScheduleRow) => (
    <Anchor component={Link} to={`/schedules/${encodeURIComponent(row.schedule.id)}`} fw={600}>{row.schedule.name}</Anchor>
  );

  return (
    <PanelBoundary name="schedule list">
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" c="dimmed" role="status">{sentence}. Times in {zone}.</Text>
          {(text !== '' || mine) && <Button variant="subtle" size="compact-sm" onClick={onClear}>Clear filters</Button>}
        </Group>
        {phone ? (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {rows.map((row) => (
              <Paper component="li" key={row.schedule.id} withBorder radius="md" p="md">
                {name(row)}
                <Text size="xs" c="dimmed">{row.schedule.team === null ? 'No team' : `Team ${row.schedule.team}`} · {row.schedule.time_zone}</Text>
                <Text size="xs" c="dimmed" mt="xs">On call now</Text>
                {nowCell(row)}
                <Text size="xs" c="dimmed" mt={4}>Next</Text>
                {nextCell(row)}
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Schedule</Table.Th>
                <Table.Th>Team</Table.Th>
                <Table.Th>Time zone</Table.Th>
                <Table.Th>On call now</Table.Th>
                <Table.Th>Next</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.schedule.id}>
                  <Table.Td>{name(row)}{row.schedule.description && <Text size="xs" c="dimmed" lineClamp={1}>{row.schedule.description}</Text>}</Table.Td>
                  <Table.Td><Text size="sm">{row.schedule.team ?? '—'}</Text></Table.Td>
                  <Table.Td><Text size="sm">{row.schedule.time_zone}</Text></Table.Td>
                  <Table.Td>{nowCell(row)}</Table.Td>
                  <Table.Td>{nextCell(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </PanelBoundary>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="sm">
      <Skeleton height={20} width="30%" />
      {[0, 1, 2].map((i) => <Skeleton key={i} height={52} radius="md" />)}
    </Stack>
  );
}
