import { useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { queryKeys } from '../api/queries';
import { incidentListKey, incidentSummaryKey, type IncidentListPage, type LiveListMeta, type ListIncident } from '../live/incident-cache';
import type { ListRules } from '../live/reconcile';
import { apiQuery, type ListFilters } from './list-filters';

/**
 * Pages of 100, read by cursor as the list is scrolled towards its end: the first rows show after
 * one small answer, and 1,000 open incidents are ten of them.
 */
export const PAGE_SIZE = 100;

/** Streamed data: the stream keeps lists and counts current, so they are not read again on every focus. */
const STREAMED_STALE_MS = 5 * 60_000;

function readPage(query: ReturnType<typeof apiQuery>, cursor: string | null, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/incidents', { params: { query: { ...query, order: 'severity', limit: PAGE_SIZE, ...(cursor === null ? {} : { cursor }) } }, ...(signal === undefined ? {} : { signal }) }));
}

/**
 * The first page of the list in the address, asked for as this page's code loads: the router
 * loads it while the session is being checked, so the list no longer waits for the session and
 * then for the page to mount (about a third of the time to the first row, measured in
 * bench/console.ts). Taken once, by the list's first read, if it asks for the same and soon.
 */
let early: { key: string; at: number; page: Promise<IncidentListPage | null> } | null = null;
const EARLY_FOR_MS = 10_000;

export function readFirstPageEarly(filters: ListFilters): void {
  const query = apiQuery(filters);
  // A refusal (not signed in) is the session check's to handle: here it only means "read it the usual way".
  early = { key: JSON.stringify(query), at: Date.now(), page: readPage(query, null).catch(() => null) };
}

function takeEarly(query: ReturnType<typeof apiQuery>): Promise<IncidentListPage | null> | null {
  const taken = early;
  early = null;
  return taken !== null && taken.key === JSON.stringify(query) && Date.now() - taken.at < EARLY_FOR_MS ? taken.page : null;
}

export function useIncidentList(filters: ListFilters, rules: ListRules<ListIncident> | undefined) {
  const query = apiQuery(filters);
  return useInfiniteQuery({
    queryKey: incidentListKey(query),
    queryFn: async ({ pageParam, signal }) => {
      const ahead = pageParam === null ? await takeEarly(query) : null;
      return ahead ?? readPage(query, pageParam, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    staleTime: STREAMED_STALE_MS,
    // Without the rules (severities not read yet) the live layer reads the list again instead.
    ...(rules === undefined ? {} : { meta: { live: rules } satisfies LiveListMeta }),
  });
}

export function useIncidentSummary(filters: ListFilters) {
  const query = apiQuery(filters);
  return useQuery({
    queryKey: incidentSummaryKey(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/incidents/summary', { params: { query }, signal })),
    staleTime: STREAMED_STALE_MS,
  });
}

/** Services and teams, for the filters' choices and their names in the sentence. */
export function useServices() {
  return useQuery({ queryKey: ['incident-list-options', 'services'], queryFn: () => unwrap(api.GET('/api/v1/services')), staleTime: 5 * 60_000 });
}

export function useTeams() {
  return useQuery({ queryKey: ['incident-list-options', 'teams'], queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 5 * 60_000 });
}

/** Reads an incident ahead of a click (row hovered or focused), under the key the incident page reads it by. */
export function prefetchIncident(client: QueryClient, number: number): void {
  void client.prefetchQuery({
    queryKey: queryKeys.incident(number),
    queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}', { params: { path: { ref: String(number) } } })),
    staleTime: 30_000,
  });
}
