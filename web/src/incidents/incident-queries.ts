import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../api/client';
import { queryKeys } from '../api/queries';
import type { paths } from '../api/schema';
import type { Incident } from '../api/types';
import type { IncidentCommand } from './incident-actions';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type IncidentAlert = Get<'/api/v1/incidents/{ref}/alerts'>['alerts'][number];
export type IncidentPageRecord = Get<'/api/v1/incidents/{ref}/pages'>['pages'][number];
export type IncidentDelivery = Get<'/api/v1/incidents/{ref}/deliveries'>['deliveries'][number];
export type ServiceChange = Get<'/api/v1/incidents/{ref}/changes'>['changes'][number];
export type EscalationPolicy = Get<'/api/v1/escalation-policies'>['escalation_policies'][number];
export type User = Get<'/api/v1/users'>['users'][number];
export type IncidentRunbooks = Get<'/api/v1/incidents/{ref}/runbooks'>;
export type IncidentRunbook = IncidentRunbooks['runbooks'][number];

/**
 * The incident's key is the one the live stream invalidates (`['incident', '42']`); its panels
 * share the prefix, so an incident event refreshes them too.
 */
export const incidentKeys = {
  incident: (number: string) => queryKeys.incident(number),
  panel: (number: string, panel: 'alerts' | 'pages' | 'deliveries' | 'changes' | 'runbooks') => [...queryKeys.incident(number), panel] as const,
  users: ['users'] as const,
  policies: ['escalation-policies'] as const,
};

const ref = (number: string) => ({ params: { path: { ref: number } } });

export function useIncident(number: string) {
  return useQuery({ queryKey: incidentKeys.incident(number), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}', ref(number))) });
}

export function useIncidentAlerts(number: string) {
  return useQuery({ queryKey: incidentKeys.panel(number, 'alerts'), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/alerts', ref(number))) });
}

export function useIncidentPages(number: string) {
  return useQuery({ queryKey: incidentKeys.panel(number, 'pages'), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/pages', ref(number))) });
}

export function useIncidentDeliveries(number: string) {
  return useQuery({ queryKey: incidentKeys.panel(number, 'deliveries'), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/deliveries', ref(number))) });
}

export function useServiceChanges(number: string) {
  return useQuery({ queryKey: incidentKeys.panel(number, 'changes'), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/changes', ref(number))) });
}

/** Everyone's names, for "Bob Okafor" where the API says `user:bob`, and the commander picker. */
export function useUsers() {
  const query = useQuery({ queryKey: incidentKeys.users, queryFn: () => unwrap(api.GET('/api/v1/users')), staleTime: 5 * 60_000 });
  const names = useMemo(() => new Map((query.data?.users ?? []).map((user) => [user.id, user.name])), [query.data]);
  return { query, names };
}

export function useEscalationPolicies() {
  return useQuery({ queryKey: incidentKeys.policies, queryFn: () => unwrap(api.GET('/api/v1/escalation-policies')), staleTime: 5 * 60_000 });
}

/** What each command sends; every one answers with the incident as it now is, timeline included. */
export type CommandInput =
  | { readonly command: 'acknowledge' | 'resolve' | 'reopen'; readonly note?: string }
  | { readonly command: 'escalate'; readonly reason: string; readonly policy?: string }
  | { readonly command: 'note'; readonly text: string }
  | { readonly command: 'severity'; readonly severity: string; readonly reason?: string }
  | { readonly command: 'commander'; readonly commander: string | null };

function send(number: string, input: CommandInput): Promise<Incident> {
  const path = ref(number);
  switch (input.command) {
    case 'acknowledge':
      return unwrap(api.POST('/api/v1/incidents/{ref}/acknowledge', { ...path, body: input.note ? { note: input.note } : {} }));
    case 'resolve':
      return unwrap(api.POST('/api/v1/incidents/{ref}/resolve', { ...path, body: input.note ? { note: input.note } : {} }));
    case 'reopen':
      return unwrap(api.POST('/api/v1/incidents/{ref}/reopen', { ...path, body: input.note ? { note: input.note } : {} }));
    case 'escalate':
      return unwrap(api.POST('/api/v1/incidents/{ref}/escalate', { ...path, body: { reason: input.reason, ...(input.policy ? { policy: input.policy } : {}) } }));
    case 'note':
      return unwrap(api.POST('/api/v1/incidents/{ref}/notes', { ...path, body: { text: input.text } }));
    case 'severity':
      return unwrap(api.PUT('/api/v1/incidents/{ref}/severity', { ...path, body: { severity: input.severity, ...(input.reason ? { reason: input.reason } : {}) } }));
    case 'commander':
      return unwrap(api.PUT('/api/v1/incidents/{ref}/commander', { ...path, body: { commander: input.commander } }));
  }
}

/** The status a command leads to, shown at once while the server answers (acknowledge only: it is never confirmed). */
const OPTIMISTIC: Partial<Record<IncidentCommand, Incident['status']>> = { acknowledge: 'acknowledged' };

/**
 * One mutation for every command. The incident's answer replaces the cached one; the panels it
 * may have changed (pages, deliveries, alerts) are refetched. Acknowledge is optimistic: the
 * status changes at once and is rolled back if the server refuses.
 */
export function useIncidentCommand(number: string) {
  const client = useQueryClient();
  const key = incidentKeys.incident(number);
  return useMutation({
    mutationFn: (input: CommandInput) => send(number, input),
    onMutate: async (input) => {
      const status = OPTIMISTIC[input.command];
      if (status === undefined) return { previous: undefined };
      // Only the incident itself: its panels keep loading.
      await client.cancelQueries({ queryKey: key, exact: true });
      const previous = client.getQueryData<Incident>(key);
      if (previous) client.setQueryData<Incident>(key, { ...previous, status });
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
      // The refusal usually means the incident moved on elsewhere: show how it is now.
      void client.invalidateQueries({ queryKey: key });
    },
    onSuccess: (incident) => {
      client.setQueryData(key, incident);
      void client.invalidateQueries({ queryKey: key, predicate: (query) => query.queryKey.length > key.length });
      void client.invalidateQueries({ queryKey: ['incidents'] });
    },
  });
}

export function useIncidentRunbooks(number: string) {
  return useQuery({ queryKey: incidentKeys.panel(number, 'runbooks'), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/runbooks', ref(number))) });
}

/** Ticks a runbook step: the answer is the incident's runbooks as ticked now; the timeline gains the step. */
export function useTickRunbookStep(number: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ runbook, item, checked }: { runbook: string; item: string; checked: boolean }) =>
      unwrap(api.PUT('/api/v1/incidents/{ref}/runbooks/{id}/checklist/{item_key}', { params: { path: { ref: number, id: runbook, item_key: item } }, body: { checked } })),
    onSuccess: (runbooks) => {
      client.setQueryData(incidentKeys.panel(number, 'runbooks'), runbooks);
      void client.invalidateQueries({ queryKey: incidentKeys.incident(number), exact: true });
    },
  });
}
