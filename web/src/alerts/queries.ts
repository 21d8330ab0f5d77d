import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ListedAlert = Json<paths['/api/v1/alerts']['get']['responses'][200]>['alerts'][number];
export type AlertDetail = Json<paths['/api/v1/alerts/{id}']['get']['responses'][200]>;
export type Decision = AlertDetail['decisions'][number];
export type AlertStatus = ListedAlert['status'];

export interface AlertListFilter {
  readonly q: string;
  readonly status: AlertStatus | null;
  readonly service: string | null;
}

export const alertKeys = {
  list: (filter: AlertListFilter) => ['alerts', filter] as const,
  alert: (id: string) => ['alert', id] as const,
};

/** Recent alerts, newest first, a page at a time. */
export function useAlertList(filter: AlertListFilter) {
  return useInfiniteQuery({
    queryKey: alertKeys.list(filter),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/alerts', {
          params: {
            query: {
              limit: 50,
              ...(filter.q.trim() === '' ? {} : { q: filter.q.trim() }),
              ...(filter.status === null ? {} : { status: filter.status }),
              ...(filter.service === null ? {} : { service: filter.service }),
              ...(pageParam === undefined ? {} : { cursor: pageParam }),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One alert and its decisions; fetched only when someone asks why. */
export function useAlertDetail(id: string | null) {
  return useQuery({
    queryKey: alertKeys.alert(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/alerts/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}
