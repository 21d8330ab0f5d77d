import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMe, useSeverities } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { useAddressParams } from '../app/useAddressParams';
import { PanelBoundary } from '../app/ErrorBoundary';
import { isTyping, SHORTCUTS_DISABLED_KEY } from '../app/shortcuts';
import { EmptyNotice, PageState } from '../ui/PageState';
import { formatDuration } from '../ui/time';
import { useNow } from '../ui/useNow';
import { IncidentsFilters } from './IncidentsFilters';
import { IncidentsList } from './IncidentsList';
import { DEFAULT_FILTERS, describeFilters, filtersToParams, isDefault, listRules, parseFilters, type ListFilters } from './list-filters';
import { readFirstPageEarly, useIncidentList, useIncidentSummary, useServices, useTeams } from './list-query';

// Loaded by the router as /incidents opens, alongside the session check: start reading the list now.
if (typeof window !== 'undefined' && window.location.pathname === '/incidents') readFirstPageEarly(parseFilters(new URLSearchParams(window.location.search)));

// The shortcuts dialog (a modal, a table, key caps) loads when first asked for, not with the landing page.
const IncidentsShortcuts = lazy(() => import('./IncidentsShortcuts').then((m) => ({ default: m.IncidentsShortcuts })));

/**
 * `/incidents`, the landing page: what is broken, how bad, who has it. Open incidents, most
 * severe then newest, with counts that filter; the filters live in the address; the list stays
 * current from the live stream without moving under the reader.
 */
export function IncidentsPage() {
  const [params, changeParams] = useAddressParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const changeFilters = useCallback(
    (change: (current: ListFilters) => ListFilters) => changeParams((current) => filtersToParams(change(parseFilters(current))), { replace: true }),
    [changeParams],
  );
  const clearFilters = useCallback(() => changeFilters(() => DEFAULT_FILTERS), [changeFilters]);

  const me = useMe();
  const severities = useSeverities();
  const services = useServices();
  const teams = useTeams();
  const summary = useIncidentSummary(filters);

  const rules = useMemo(() => {
    if (severities.data === undefined) return undefined;
    const ranks = new Map(severities.data.severities.map((s) => [s.id, s.rank]));
    return listRules(filters, { rankOf: (id) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER, me: me.data?.user?.id ?? null });
  }, [filters, severities.data, me.data]);
  const list = useIncidentList(filters, rules);
  const incidents = useMemo(() => list.data?.pages.flatMap((page) => page.incidents) ?? [], [list.data]);

  const sentence = describeFilters(filters, {
    severities: severities.data?.severities ?? [],
    ...nameOf(filters.service, services.data?.services, 'service'),
    ...nameOf(filters.team, teams.data?.teams, 'team'),
  });

  // ---- `/` search, `?` shortcuts ----
  const searchRef = useRef<HTMLInputElement>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const compact = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false }) === true;
  const [moreOpen, setMoreOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (window.localStorage.getItem(SHORTCUTS_DISABLED_KEY) === '1') return;
      if (event.key === '/') {
        event.preventDefault();
        setMoreOpen(true);
        requestAnimationFrame(() => searchRef.current?.focus());
      } else if (event.key === '?') {
        event.preventDefault();
        setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const { fetchNextPage, hasNextPage, isFetchingNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const counts = useMemo(() => ({
    byStatus: summary.data?.by_status,
    bySeverity: summary.data === undefined ? undefined : new Map(summary.data.by_severity.map((s) => [s.id, s.count])),
  }), [summary.data]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="sm">
        <PageHeading title="Incidents">Incidents</PageHeading>
        <Button variant="subtle" size="compact-sm" onClick={() => setShortcutsOpen(true)} visibleFrom="sm">
          Keyboard shortcuts
        </Button>
      </Group>

      <PanelBoundary name="filters">
        <IncidentsFilters
          filters={filters}
          onChange={changeFilters}
          severities={severities.data?.severities ?? NONE}
          counts={counts}
          services={services.data?.services ?? NONE}
          teams={teams.data?.teams ?? NONE}
          searchRef={searchRef}
          compact={compact}
          moreOpen={moreOpen}
          onMoreOpen={setMoreOpen}
        />
      </PanelBoundary>

      <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
        <Text fw={600} size="lg" role="status" aria-live="polite">
          {sentence}
          {summary.data !== undefined && <Text span c="dimmed" fw={400} size="md">{` · ${summary.data.total}, most severe first`}</Text>}
        </Text>
        {!isDefault(filters) && (
          <Button variant="default" size="sm" onClick={clearFilters}>Clear filters</Button>
        )}
      </Group>

      <PanelBoundary name="incident list">
        <PageState
          query={list}
          isEmpty={(data) => data.pages.every((page) => page.incidents.length === 0)}
          empty={<NoIncidents filters={filters} sentence={sentence} lastResolvedAt={summary.data?.last_resolved_at ?? null} onClear={clearFilters} />}
          skeleton={<ListSkeleton />}
        >
          {() => (
            <IncidentsList
              incidents={incidents}
              total={summary.data?.total}
              hasMore={hasNextPage}
              loadingMore={isFetchingNextPage}
              onNearEnd={loadMore}
            />
          )}
        </PageState>
      </PanelBoundary>
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <IncidentsShortcuts opened onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      )}
    </Stack>
  );
}

/** One empty list, so memoised parts see the same one until the data comes. */
const NONE: never[] = [];

function nameOf(id: string | null, known: readonly { id: string; name: string }[] | undefined, as: 'service' | 'team'): { service?: string; team?: string } {
  const name = id === null ? undefined : known?.find((item) => item.id === id)?.name;
  return name === undefined ? {} : { [as]: name };
}

/** What normal looks like, and the next step. */
function NoIncidents({ filters, sentence, lastResolvedAt, onClear }: { filters: ListFilters; sentence: string; lastResolvedAt: string | null; onClear: () => void }) {
  const now = useNow(30_000);
  if (isDefault(filters)) {
    return (
      <EmptyNotice title="No open incidents">
        {lastResolvedAt === null ? 'Nothing has been resolved yet. ' : `The last was resolved ${formatDuration(now - Date.parse(lastResolvedAt))} ago. `}
        New alerts appear here as they arrive.
      </EmptyNotice>
    );
  }
  return (
    <Stack align="center" gap="xs">
      <EmptyNotice title="Nothing matches these filters">{`${sentence}: none.`}</EmptyNotice>
      <Button variant="default" onClick={onClear}>Clear filters</Button>
    </Stack>
  );
}

function ListSkeleton() {
  return (
    <Stack gap={6} aria-label="Loading incidents">
      {Array.from({ length: 8 }, (_, i) => <Skeleton key={i} height={48} radius="sm" />)}
    </Stack>
  );
}
