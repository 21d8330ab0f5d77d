import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { queryKeys } from '../api/queries';
import type { paths } from '../api/schema';
import type { Incident } from '../api/types';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type StatusUpdate = Get<'/api/v1/incidents/{ref}/status-updates'>['status_updates'][number];
export type Handoff = Get<'/api/v1/incidents/{ref}/handoff'>;
export type Subscription = Get<'/api/v1/incidents/{ref}/subscriptions'>['subscriptions'][number];
export type ResponseUser = Get<'/api/v1/users'>['users'][number];
export type UpdateInput = { status: StatusUpdate['status']; audience: StatusUpdate['audience']; message: string; next_update_in?: string };

/** Under the incident's key: the live stream's refresh of the incident refreshes these too. */
const keys = {
  updates: (number: string) => [...queryKeys.incident(number), 'status-updates'] as const,
  subscriptions: (number: string) => [...queryKeys.incident(number), 'subscriptions'] as const,
  handoff: (number: string) => [...queryKeys.incident(number), 'handoff'] as const,
};

const ref = (number: string) => ({ params: { path: { ref: number } } });

export function useStatusUpdates(number: string) {
  return useQuery({ queryKey: keys.updates(number), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/status-updates', ref(number))) });
}

/** Whose stakeholders: one incident's, or a service's (told of every incident on it). */
export type SubscriptionScope = { readonly kind: 'incident'; readonly number: string } | { readonly kind: 'service'; readonly id: string };

const subscriptionsKey = (scope: SubscriptionScope) => (scope.kind === 'incident' ? keys.subscriptions(scope.number) : (['services', scope.id, 'subscriptions'] as const));

export function useSubscriptions(scope: SubscriptionScope) {
  return useQuery({
    queryKey: subscriptionsKey(scope),
    queryFn: () => scope.kind === 'incident'
      ? unwrap(api.GET('/api/v1/incidents/{ref}/subscriptions', ref(scope.number)))
      : unwrap(api.GET('/api/v1/services/{id}/subscriptions', { params: { path: { id: scope.id } } })),
  });
}

/** Drafted afresh each time the dialog opens: never a stale one. */
export function useHandoff(number: string, enabled: boolean) {
  return useQuery({ queryKey: keys.handoff(number), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/handoff', ref(number))), enabled, staleTime: 0, gcTime: 0 });
}

/** After any change: the incident (roles, next update due, timeline) and its panels read again. */
function useRefresh(number: string) {
  const client = useQueryClient();
  return (incident?: Incident) => {
    if (incident) client.setQueryData(queryKeys.incident(number), incident);
    void client.invalidateQueries({ queryKey: queryKeys.incident(number) });
    void client.invalidateQueries({ queryKey: ['incidents'] });
  };
}

export function useAssignRole(number: string) {
  const refresh = useRefresh(number);
  return useMutation({
    mutationFn: ({ role, user }: { role: string; user: string | null }) =>
      user === null
        ? unwrap(api.DELETE('/api/v1/incidents/{ref}/roles/{role}', { params: { path: { ref: number, role } } }))
        : unwrap(api.PUT('/api/v1/incidents/{ref}/roles/{role}', { params: { path: { ref: number, role } }, body: { user } })),
    onSuccess: (incident) => refresh(incident),
  });
}

export function usePostUpdate(number: string) {
  const refresh = useRefresh(number);
  return useMutation({
    mutationFn: (body: UpdateInput) => unwrap(api.POST('/api/v1/incidents/{ref}/status-updates', { ...ref(number), body })),
    onSuccess: () => refresh(),
  });
}

/** After a subscription changes: its list, and for an incident the incident too (its timeline). */
function useSubscriptionsRefresh(scope: SubscriptionScope) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: scope.kind === 'incident' ? queryKeys.incident(scope.number) : subscriptionsKey(scope) });
  };
}

export function useSubscribe(scope: SubscriptionScope) {
  const refresh = useSubscriptionsRefresh(scope);
  return useMutation({
    mutationFn: (body: { user: string } | { email: string }) => scope.kind === 'incident'
      ? unwrap(api.POST('/api/v1/incidents/{ref}/subscriptions', { ...ref(scope.number), body }))
      : unwrap(api.POST('/api/v1/services/{id}/subscriptions', { params: { path: { id: scope.id } }, body })),
    onSuccess: refresh,
  });
}

export function useUnsubscribe(scope: SubscriptionScope) {
  const refresh = useSubscriptionsRefresh(scope);
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/subscriptions/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useEscalateWithHandoff(number: string) {
  const refresh = useRefresh(number);
  return useMutation({
    mutationFn: (body: { reason: string; handoff: string }) => unwrap(api.POST('/api/v1/incidents/{ref}/escalate', { ...ref(number), body })),
    onSuccess: (incident) => refresh(incident),
  });
}

export function useResponseUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => unwrap(api.GET('/api/v1/users')), staleTime: 5 * 60_000 });
}
