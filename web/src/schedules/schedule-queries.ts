import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type ScheduleList = Json<paths['/api/v1/schedules']['get']['responses'][200]>;
export type ScheduleDetail = Json<paths['/api/v1/schedules/{id}']['get']['responses'][200]>;
export type ShiftsAnswer = Json<paths['/api/v1/schedules/{id}/shifts']['get']['responses'][200]>;
export type OverrideView = ScheduleDetail['overrides'][number];
export type Outlook = Json<paths['/api/v1/oncall/outlook']['get']['responses'][200]>;
export type UserList = Json<paths['/api/v1/users']['get']['responses'][200]>;

/** Every key of this area starts with `schedules`, so one invalidation refreshes all of it. */
const keys = {
  all: ['schedules'] as const,
  list: ['schedules', 'list'] as const,
  detail: (id: string) => ['schedules', 'detail', id] as const,
  shifts: (id: string, from: number, to: number) => ['schedules', 'shifts', id, from, to] as const,
  overrides: (id: string, from: number, to: number) => ['schedules', 'overrides', id, from, to] as const,
};

/** The On call page's key: it refetches on every visit anyway; this makes an open one follow at once. */
const OUTLOOK_KEY = ['oncall-outlook'] as const;

export function useScheduleList() {
  return useQuery({ queryKey: keys.list, queryFn: () => unwrap(api.GET('/api/v1/schedules')) });
}

/** Who is on call now, until when and next on every schedule, in one call. */
export function useScheduleOutlook() {
  return useQuery({ queryKey: OUTLOOK_KEY, queryFn: () => unwrap(api.GET('/api/v1/oncall/outlook')), staleTime: 0, refetchInterval: 60_000 });
}

export function useSchedule(id: string) {
  return useQuery({ queryKey: keys.detail(id), queryFn: () => unwrap(api.GET('/api/v1/schedules/{id}', { params: { path: { id } } })) });
}

/** The effective shifts and each layer's own in [from, to), from the server's resolver. */
export function useShifts(id: string, from: number, to: number, enabled = true) {
  return useQuery({
    queryKey: keys.shifts(id, from, to),
    queryFn: () => unwrap(api.GET('/api/v1/schedules/{id}/shifts', { params: { path: { id }, query: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), layers: true } } })),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useOverrides(id: string, from: number, to: number, enabled = true) {
  return useQuery({
    queryKey: keys.overrides(id, from, to),
    queryFn: () => unwrap(api.GET('/api/v1/schedules/{id}/overrides', { params: { path: { id }, query: { from: new Date(from).toISOString(), to: new Date(to).toISOString() } } })),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: ['users'], queryFn: () => unwrap(api.GET('/api/v1/users')), enabled, staleTime: 5 * 60_000 });
}

function useRefreshSchedules() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: keys.all }), client.invalidateQueries({ queryKey: OUTLOOK_KEY })]);
}

export function useAddOverride(scheduleId: string) {
  const refresh = useRefreshSchedules();
  return useMutation({
    mutationFn: (body: { user: string; start: number; end: number }) =>
      unwrap(api.POST('/api/v1/schedules/{id}/overrides', {
        params: { path: { id: scheduleId } },
        body: { user: body.user, start: new Date(body.start).toISOString(), end: new Date(body.end).toISOString() },
      })),
    onSuccess: refresh,
  });
}

export function useRemoveOverride(scheduleId: string) {
  const refresh = useRefreshSchedules();
  return useMutation({
    mutationFn: (overrideId: string) => unwrap(api.DELETE('/api/v1/schedules/{id}/overrides/{overrideId}', { params: { path: { id: scheduleId, overrideId } } })),
    onSuccess: refresh,
  });
}

export function useCreateCalendarFeed(scheduleId: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/schedules/{id}/calendar-feeds', { params: { path: { id: scheduleId } } })),
  });
}
