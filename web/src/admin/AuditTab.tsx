import { Alert, Button, Code, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useMe } from '../api/queries';
import { permission } from '../auth/permissions';
import { EmptyNotice, PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { formatInstant } from '../ui/time';
import { auditQuery, entrySentence, fieldChanges, filterSentence, filtersFromParams, filtersToParams, fromLocalInput, hasFilters, NO_FILTERS, toLocalInput, type AuditFilters } from './audit';
import type { AuditEntry } from './types';

const PAGE_SIZE = 100;

/** Who changed what, newest first, filtered by actor, action, target and time (all in the address). */
export function AuditTab() {
  const me = useMe();
  const admin = permission(me.data, 'administer', 'read the audit log');
  if (!admin.allowed) {
    return (
      <Alert variant="light" color="gray" title="The audit log is for admins">
        {admin.reason}. It records every change to users, schedules, policies and incidents, with who made it.
      </Alert>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const apply = (next: AuditFilters) => setParams(filtersToParams(next, params));
  const entries = useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/audit', { params: { query: { ...auditQuery(filters), limit: PAGE_SIZE, ...(pageParam === null ? {} : { cursor: pageParam }) } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });
  const list = entries.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Stack gap="md">
      <FilterForm key={params.toString()} filters={filters} onApply={apply} />
      <Text size="sm" role="status" aria-live="polite">
        {filterSentence(filters, (iso) => formatInstant(iso))}
        {entries.isSuccess && ` · ${list.length}${entries.hasNextPage ? '+' : ''} ${list.length === 1 ? 'entry' : 'entries'}`}
      </Text>
      <PageState
        query={entries}
        isEmpty={(data) => data.pages.every((page) => page.entries.length === 0)}
        empty={(
          <EmptyNotice title={hasFilters(filters) ? 'No entries match these filters' : 'Nothing has changed yet'}>
            {hasFilters(filters) ? 'Widen the time range or clear a filter.' : 'Changes to users, schedules, policies and incidents appear here.'}
          </EmptyNotice>
        )}
      >
        {(data) => (
          <EntryList
            entries={data.pages.flatMap((page) => page.entries)}
            hasMore={entries.hasNextPage}
            loadingMore={entries.isFetchingNextPage}
            loadMore={() => void entries.fetchNextPage()}
          />
        )}
      </PageState>
    </Stack>
  );
}

function FilterForm({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const [actor, setActor] = useState(filters.actor);
  const [action, setAction] = useState(filters.action);
  const [target, setTarget] = useState(filters.target);
  const [since, setSince] = useState(toLocalInput(filters.since));
  const [until, setUntil] = useState(toLocalInput(filters.until));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ actor: actor.trim(), action: action.trim(), target: target.trim(), since: fromLocalInput(since), until: fromLocalInput(until) });
  };
  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={submit} aria-label="Audit log filters">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput label="Actor" placeholder="user:alice" description="user:…, token:… or cli" value={actor} onChange={(e) => setActor(e.currentTarget.value)} />
          <TextInput label="Action" placeholder="user.update" description="e.g. login.failed" value={action} onChange={(e) => setAction(e.currentTarget.value)} />
          <TextInput label="Target" placeholder="user:eli" description="a kind (schedule) or kind:id" value={target} onChange={(e) => setTarget(e.currentTarget.value)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="From" type="datetime-local" value={since} onChange={(e) => setSince(e.currentTarget.value)} />
          <TextInput label="Until" type="datetime-local" value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">Apply filters</Button>
          {hasFilters(filters) && <Button variant="default" onClick={() => onApply(NO_FILTERS)}>Clear filters</Button>}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The entries as a feed, virtualised against the page's own scroll (no inner scrollbar on a
 * phone): only what is on screen is in the DOM, and the next page loads as the end comes near.
 */
function EntryList({ entries, hasMore, loadingMore, loadMore }: {
  entries: readonly AuditEntry[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  // Where the list starts on the page moves when what is above it does (an error, the filters): follow it.
  useLayoutEffect(() => {
    const top = listRef.current ? Math.round(listRef.current.getBoundingClientRect().top + window.scrollY) : 0;
    if (top !== margin) setMargin(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => 120,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => entries[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= entries.length - 10) loadMore();
  }, [hasMore, loadingMore, lastIndex, entries.length, loadMore]);

  return (
    <>
      <div ref={listRef} role="feed" aria-busy={loadingMore} aria-label="Audit log entries" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const entry = entries[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`, paddingBottom: 8 }}
            >
              <Entry entry={entry} position={item.index + 1} size={hasMore ? -1 : entries.length} />
            </div>
          );
        })}
      </div>
      {hasMore && (
        <Group>
          <Button variant="default" onClick={loadMore} loading={loadingMore}>Load older entries</Button>
        </Group>
      )}
    </>
  );
}

function Entry({ entry, position, size }: { entry: AuditEntry; position: number; size: number }) {
  const changes = fieldChanges(entry.before, entry.after);
  const target = entry.entity_id === null ? entry.entity_type : `${entry.entity_type}:${entry.entity_id}`;
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-posinset={position} aria-setsize={size} aria-label={entrySentence(entry)}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere', flex: '1 1 260px' }}>{entrySentence(entry)}</Text>
          <TimeText iso={entry.at} />
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          <Code>{entry.action}</Code> by {entry.actor} on {target}{entry.source_ip ? ` from ${entry.source_ip}` : ''}
        </Text>
        {changes.length > 0 && (
          <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Changes">
            {changes.map((change) => (
              <Text key={change.field} component="li" size="sm" style={{ overflowWrap: 'anywhere' }}>
                <Text span size="sm" c="dimmed">{change.field}: </Text>
                {change.before === undefined ? '' : <Text span size="sm">{change.before}</Text>}
                {change.before !== undefined && change.after !== undefined && ' → '}
                {change.after === undefined ? (change.before === undefined ? '' : ' (removed)') : <Text span size="sm" fw={600}>{change.after}</Text>}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
