import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** The profile's own queries; one key prefix so a change can refresh them together. */
export const profileKeys = {
  all: ['profile'] as const,
  contactMethods: (userId: string) => ['profile', 'contact-methods', userId] as const,
  rules: (userId: string) => ['profile', 'rules', userId] as const,
  tokens: ['profile', 'tokens'] as const,
  feeds: ['profile', 'calendar-feeds'] as const,
  delivery: (id: string) => ['profile', 'delivery', id] as const,
};

export function useContactMethods(userId: string) {
  return useQuery({
    queryKey: profileKeys.contactMethods(userId),
    queryFn: () => unwrap(api.GET('/api/v1/users/{id}/contact-methods', { params: { path: { id: userId } } })),
  });
}

export function useNotificationRules(userId: string) {
  return useQuery({
    queryKey: profileKeys.rules(userId),
    queryFn: () => unwrap(api.GET('/api/v1/users/{id}/notification-rules', { params: { path: { id: userId } } })),
  });
}

export function useTokens() {
  return useQuery({ queryKey: profileKeys.tokens, queryFn: () => unwrap(api.GET('/api/v1/tokens')) });
}

export function useCalendarFeeds() {
  return useQuery({ queryKey: profileKeys.feeds, queryFn: () => unwrap(api.GET('/api/v1/calendar-feeds')) });
}

export function fetchDelivery(id: string) {
  return unwrap(api.GET('/api/v1/deliveries/{id}', { params: { path: { id } } }));
}
