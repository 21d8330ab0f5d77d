import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Heartbeat = Json<paths['/api/v1/heartbeats/{id}']['get']['responses'][200]>;
export type NewHeartbeat = NonNullable<paths['/api/v1/heartbeats']['post']['requestBody']>['content']['application/json'];

export const heartbeatKeys = {
  all: ['heartbeats'] as const,
  list: (service: string | null) => ['heartbeats', { service }] as const,
};

/** Every heartbeat, or one service's; refreshed each 30 s so a miss shows without a reload. */
export function useHeartbeats(service: string | null) {
  return useQuery({
    queryKey: heartbeatKeys.list(service),
    queryFn: () => unwrap(api.GET('/api/v1/heartbeats', { params: { query: service === null ? {} : { service } } })),
    refetchInterval: 30_000,
  });
}

export function useCreateHeartbeat() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewHeartbeat) => unwrap(api.POST('/api/v1/heartbeats', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: heartbeatKeys.all }),
  });
}

export function usePauseHeartbeat() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, paused }: { id: string; paused: boolean }) => unwrap(api.PATCH('/api/v1/heartbeats/{id}', { params: { path: { id } }, body: { paused } })),
    onSuccess: () => client.invalidateQueries({ queryKey: heartbeatKeys.all }),
  });
}
