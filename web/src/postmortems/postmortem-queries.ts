import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Postmortem = Get<'/api/v1/postmortems/{id}'>;
export type PostmortemSummary = Get<'/api/v1/postmortems'>['postmortems'][number];
export type ActionItem = Get<'/api/v1/action-items'>['action_items'][number];
export type PostmortemPatch = Body<paths['/api/v1/postmortems/{id}']['patch']>;
export type NewActionItem = Body<paths['/api/v1/action-items']['post']>;
export type ActionItemPatch = Body<paths['/api/v1/action-items/{id}']['patch']>;
export type PostmortemStatus = Postmortem['status'];

export const learningKeys = {
  postmortems: (status: string) => ['postmortems', status] as const,
  postmortem: (id: string) => ['postmortem', id] as const,
  actionItems: (filters: Record<string, string | boolean>) => ['action-items', filters] as const,
};

export function usePostmortems(status: PostmortemStatus | 'all') {
  return useQuery({
    queryKey: learningKeys.postmortems(status),
    queryFn: () => unwrap(api.GET('/api/v1/postmortems', { params: { query: status === 'all' ? {} : { status } } })),
  });
}

export function usePostmortem(id: string) {
  // The client asks for JSON (its default accept header); the Markdown form is only for the export.
  return useQuery({ queryKey: learningKeys.postmortem(id), queryFn: async () => (await unwrap(api.GET('/api/v1/postmortems/{id}', { params: { path: { id } } }))) as Postmortem });
}

/** Every change answers with the postmortem as it now is: that becomes the cached copy, with its new version. */
export function useUpdatePostmortem(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PostmortemPatch) => unwrap(api.PATCH('/api/v1/postmortems/{id}', { params: { path: { id } }, body })),
    onSuccess: (postmortem) => {
      client.setQueryData(learningKeys.postmortem(id), postmortem);
      void client.invalidateQueries({ queryKey: ['postmortems'] });
    },
    onError: () => void client.invalidateQueries({ queryKey: learningKeys.postmortem(id) }),
  });
}

export function useReview(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; decision: 'approve' | 'request_changes'; note?: string }) => unwrap(api.POST('/api/v1/postmortems/{id}/reviews', { params: { path: { id } }, body })),
    onSuccess: (postmortem) => client.setQueryData(learningKeys.postmortem(id), postmortem),
  });
}

/** The Markdown export, as the server writes it (byte-stable), saved as a file. */
export async function downloadMarkdown(id: string, title: string): Promise<void> {
  const response = await fetch(`/api/v1/postmortems/${encodeURIComponent(id)}`, { headers: { accept: 'text/markdown' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Export refused (${response.status})`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/markdown' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `postmortem-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || id}.md`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Past incidents like the postmortem's first one, without the postmortem's own. */
export function useSimilarToPostmortem(postmortem: Postmortem) {
  const first = postmortem.incidents[0]?.number;
  const own = new Set(postmortem.incidents.map((i) => i.number));
  return useQuery({
    queryKey: ['postmortem', postmortem.id, 'similar', first],
    enabled: first !== undefined,
    queryFn: async () => (await unwrap(api.GET('/api/v1/incidents/{ref}/similar', { params: { path: { ref: String(first) } } }))).similar.filter((s) => !own.has(s.number)),
  });
}

export function useActionItems(filters: { view: 'open' | 'overdue' | 'all'; team: string; owner: string; postmortem?: string }) {
  const query = {
    ...(filters.view === 'open' ? { status: 'open,in_progress' } : {}),
    ...(filters.view === 'overdue' ? { overdue: true } : {}),
    ...(filters.team ? { team: filters.team } : {}),
    ...(filters.owner ? { owner: filters.owner } : {}),
    ...(filters.postmortem ? { postmortem: filters.postmortem } : {}),
  };
  return useQuery({ queryKey: learningKeys.actionItems(query), queryFn: () => unwrap(api.GET('/api/v1/action-items', { params: { query } })) });
}

export function useSaveActionItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; patch: ActionItemPatch } | { create: NewActionItem }) =>
      'create' in input
        ? unwrap(api.POST('/api/v1/action-items', { body: input.create }))
        : unwrap(api.PATCH('/api/v1/action-items/{id}', { params: { path: { id: input.id } }, body: input.patch })),
    onSuccess: (item) => {
      void client.invalidateQueries({ queryKey: ['action-items'] });
      if (item.postmortem) void client.invalidateQueries({ queryKey: learningKeys.postmortem(item.postmortem.id) });
    },
  });
}

export function usePeople() {
  const users = useQuery({ queryKey: ['users'], queryFn: () => unwrap(api.GET('/api/v1/users')), staleTime: 5 * 60_000 });
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 5 * 60_000 });
  return useMemo(() => ({
    users: (users.data?.users ?? []).map((u) => ({ value: u.id, label: u.name })),
    teams: (teams.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name })),
  }), [users.data, teams.data]);
}

export const CATEGORY_LABEL = { prevent_recurrence: 'Prevent recurrence', improve_detection: 'Improve detection', improve_response: 'Improve response', follow_up: 'Follow-up' } as const;
export const PRIORITY_LABEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;
export const ITEM_STATUS_LABEL = { open: 'Open', in_progress: 'In progress', done: 'Done', wont_do: "Won't do" } as const;
export const PM_STATUS_LABEL = { draft: 'Draft', in_review: 'In review', published: 'Published' } as const;

/** `45 min`, `1 h 5 min`: how long, as a responder says it. */
export function formatSeconds(seconds: number | null, unknown = 'unknown'): string {
  if (seconds === null) return unknown;
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 || (d === 0 && h === 0) ? `${m} min` : ''].filter(Boolean).join(' ');
}
