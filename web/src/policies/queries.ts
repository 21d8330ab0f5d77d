import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import type { PolicyReplaceBody } from './policy-chain';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Policy = Json<paths['/api/v1/escalation-policies']['get']['responses'][200]>['escalation_policies'][number];
export type OnCallEntry = Json<paths['/api/v1/oncall']['get']['responses'][200]>['oncall'][number];

/** The same keys the services area uses for the same lists, so the cache is shared. */
export const policyKeys = {
  policies: ['escalation-policies'] as const,
  users: ['users'] as const,
  schedules: ['schedules'] as const,
  teams: ['teams'] as const,
  oncallNow: ['oncall', 'now'] as const,
};

export function usePolicies() {
  return useQuery({ queryKey: policyKeys.policies, queryFn: () => unwrap(api.GET('/api/v1/escalation-policies')) });
}

export function useUsers() {
  return useQuery({ queryKey: policyKeys.users, queryFn: () => unwrap(api.GET('/api/v1/users')), staleTime: 5 * 60_000 });
}

export function useSchedules() {
  return useQuery({ queryKey: policyKeys.schedules, queryFn: () => unwrap(api.GET('/api/v1/schedules')), staleTime: 5 * 60_000 });
}

export function useTeams() {
  return useQuery({ queryKey: policyKeys.teams, queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 5 * 60_000 });
}

/** Who is on call now on every schedule; a minute old at most, so a handoff shows without a reload. */
export function useOnCallNow() {
  return useQuery({ queryKey: policyKeys.oncallNow, queryFn: () => unwrap(api.GET('/api/v1/oncall')), refetchInterval: 60_000 });
}

export function useReplacePolicy(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PolicyReplaceBody) => unwrap(api.PUT('/api/v1/escalation-policies/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData<{ escalation_policies: Policy[] }>(policyKeys.policies, (old) =>
        old === undefined ? old : { escalation_policies: old.escalation_policies.map((p) => (p.id === saved.id ? saved : p)) });
      void client.invalidateQueries({ queryKey: policyKeys.policies });
    },
  });
}
