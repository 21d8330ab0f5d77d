import { Button, Chip, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { TimeText } from '../ui/TimeText';
import { arrivedSince, describeEntry, TIMELINE_FILTERS, timelineView, type Names, type TimelineEntry, type TimelineFilter } from './incident-timeline';

/** Entries drawn at first; older ones come on request, so a storm's timeline stays quick. */
const PAGE_SIZE = 100;
/** How long an entry that arrived live stays highlighted. */
const HIGHLIGHT_MS = 6_000;

/**
 * The timeline, newest first. Entries that arrive while the page is open are highlighted for a
 * moment and pushed in at the top without moving what the reader is looking at (the browser's
 * scroll anchoring keeps their place); nothing here takes focus.
 */
export function IncidentTimeline({ entries, names }: { entries: readonly TimelineEntry[]; names: Names }) {
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const fresh = useFreshEntries(entries);
  const view = timelineView(entries, filter);
  const headingId = useId();
  const shown = view.items.slice(0, limit);

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={2} size="h3" id={headingId}>Timeline</Title>
        {view.hidden > 0 && <Text size="sm" c="dimmed" role="status">{view.hidden} hidden by filter</Text>}
      </Group>
      <Chip.Group value={filter} onChange={(value) => setFilter(value as TimelineFilter)}>
        <Group gap="xs" role="radiogroup" aria-label="Show in the timeline">
          {TIMELINE_FILTERS.map(({ value, label }) => (
            <Chip key={value} value={value} type="radio" variant="outline" size="md">
              {label} <Text span size="xs" c="dimmed">{view.counts[value]}</Text>
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">Nothing of this kind yet.</Text>
      ) : (
        <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((item) =>
            item.type === 'entry'
              ? <EntryRow key={item.entry.seq} entry={item.entry} names={names} fresh={fresh.has(item.entry.seq)} />
              : <AlertRun key={item.key} entries={item.entries} names={names} fresh={item.entries.some((e) => fresh.has(e.seq))} />,
          )}
        </Stack>
      )}
      {view.items.length > limit && (
        <Button variant="default" mih={44} onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, view.items.length - limit)} older entries
        </Button>
      )}
    </Stack>
  );
}

/** The seqs that arrived after the first drawing, each for `HIGHLIGHT_MS`. */
function useFreshEntries(entries: readonly TimelineEntry[]): ReadonlySet<number> {
  const known = useRef<number | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const newest = entries.reduce((max, entry) => Math.max(max, entry.seq), 0);
  useEffect(() => {
    if (known.current === null) {
      known.current = newest;
      return;
    }
    if (newest <= known.current) return;
    const arrived = arrivedSince(entries, known.current);
    known.current = newest;
    setFresh((current) => new Set([...current, ...arrived]));
    const timer = window.setTimeout(() => setFresh((current) => new Set([...current].filter((seq) => !arrived.has(seq)))), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [entries, newest]);
  return fresh;
}

const highlight = (fresh: boolean) => ({
  transition: 'background-color 1.2s ease-out',
  backgroundColor: fresh ? 'var(--mantine-primary-color-light)' : 'transparent',
  borderRadius: 'var(--mantine-radius-sm)',
});

function EntryRow({ entry, names, fresh }: { entry: TimelineEntry; names: Names; fresh: boolean }) {
  const text = describeEntry(entry, names);
  const who = `${text.who}${text.via ? ` via ${text.via}` : ''}`;
  if (entry.kind === 'note') {
    return (
      <li style={{ paddingBlock: 6 }}>
        <Paper withBorder p="sm" style={highlight(fresh)}>
          <Group justify="space-between" gap="xs" mb={4}>
            <Text size="sm" fw={700}>{who}</Text>
            <TimeText iso={entry.at} size="xs" />
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text.text}</Text>
        </Paper>
      </li>
    );
  }
  return (
    <li style={{ ...highlight(fresh), padding: '8px 4px', borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" gap="xs" align="flex-start" wrap="wrap">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0, flex: '1 1 16rem' }}>
          {text.what}
          {text.change && (
            <Text span size="sm" fw={400}> · {text.change.from} <span aria-label="to">→</span> {text.change.to}</Text>
          )}
        </Text>
        <TimeText iso={entry.at} size="xs" />
      </Group>
      <Text size="sm" c="dimmed">{who}</Text>
      {text.text && <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>“{text.text}”</Text>}
    </li>
  );
}

function AlertRun({ entries, names, fresh }: { entries: readonly TimelineEntry[]; names: Names; fresh: boolean }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const newest = entries[0];
  const oldest = entries[entries.length - 1];
  return (
    <li style={{ ...highlight(fresh), padding: '8px 4px', borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Button variant="subtle" size="sm" px={4} mih={44} onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={listId}>
          <span aria-hidden="true">{open ? '▾' : '▸'}&nbsp;</span>
          {entries.length} alert updates
        </Button>
        {newest && oldest && (
          <Text size="xs" c="dimmed">
            <TimeText iso={oldest.at} withAge={false} size="xs" /> to <TimeText iso={newest.at} size="xs" />
          </Text>
        )}
      </Group>
      <Collapse expanded={open} id={listId}>
        <Stack gap={0} component="ol" p={0} m={0} pl="md" style={{ listStyle: 'none' }}>
          {entries.map((entry) => <EntryRow key={entry.seq} entry={entry} names={names} fresh={false} />)}
        </Stack>
      </Collapse>
    </li>
  );
}
