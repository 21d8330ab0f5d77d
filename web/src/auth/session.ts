import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, setCsrfToken } from '../api/client';

/** Only same-origin paths are followed after sign-in: `next` may come from a shared link. */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/incidents';
  return next;
}

export function useSignOut() {
  const client = useQueryClient();
  return useCallback(async () => {
    try {
      await api.POST('/api/v1/auth/logout');
    } finally {
      setCsrfToken(null);
      client.clear();
      window.location.assign('/login');
    }
  }, [client]);
}

