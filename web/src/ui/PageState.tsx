import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../api/errors';

/**
 * The five states every page has: loading (a skeleton after 300 ms, "Still loading…" after 5 s),
 * empty (what normal looks like, and the next step), error (the server's message and code, Retry,
 * the last good data kept greyed), not found, and permission denied.
 *
 * `alsoLoading` holds the page in loading while a second query it reads names from is pending,
 * so a row never shows an id and then changes under the reader (a failed one falls back to ids).
 */
export function PageState<T>({ query, alsoLoading = false, children, empty, isEmpty, skeleton, notFound }: {
  query: UseQueryResult<T>;
  alsoLoading?: boolean;
  children: (data: T) => ReactNode;
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  skeleton?: ReactNode;
  notFound?: ReactNode;
}) {
  if (query.isPending || (alsoLoading && !query.isError)) return <Loading skeleton={skeleton} />;
  if (query.isError) {
    const error = query.error instanceof ApiError ? query.error : null;
    if (error?.isNotFound && notFound !== undefined) return <>{notFound}</>;
    return (
      <Stack gap="md">
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        {query.data !== undefined && (
          <div style={{ opacity: 0.55 }} aria-label="Last loaded data, may be out of date">
            {children(query.data)}
          </div>
        )}
      </Stack>
    );
  }
  if (isEmpty?.(query.data) && empty !== undefined) return <>{empty}</>;
  return <>{children(query.data)}</>;
}

function Loading({ skeleton }: { skeleton?: ReactNode }) {
  const [phase, setPhase] = useState<'quiet' | 'skeleton' | 'slow'>('quiet');
  useEffect(() => {
    const a = window.setTimeout(() => setPhase('skeleton'), 300);
    const b = window.setTimeout(() => setPhase('slow'), 5_000);
    return () => {
      window.clearTimeout(a);
      window.clearTimeout(b);
    };
  }, []);
  if (phase === 'quiet') return null;
  return (
    <Stack gap="sm" aria-busy="true">
      {skeleton ?? (
        <>
          <Skeleton height={28} width="40%" />
          <Skeleton height={56} />
          <Skeleton height={56} />
          <Skeleton height={56} />
        </>
      )}
      {phase === 'slow' && <Text c="dimmed" role="status">Still loading…</Text>}
    </Stack>
  );
}

/** The server's message and code, and Retry. Permission refusals say so plainly. */
export function ErrorNotice({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const apiError = error instanceof ApiError ? error : null;
  const heading = title ?? (apiError?.isForbidden ? 'Not allowed' : apiError?.status === 0 ? 'Vigil could not be reached' : 'Something went wrong');
  return (
    <Alert color={apiError?.isForbidden ? 'gray' : 'red'} title={heading} role="alert" variant="light">
      <Text size="sm">{apiError?.message ?? (error instanceof Error ? error.message : String(error))}</Text>
      {apiError && apiError.code !== 'NETWORK' && <Text size="xs" c="dimmed" mt={4}>{apiError.code}</Text>}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>Retry</Button>
        </Group>
      )}
    </Alert>
  );
}

/** A calm empty state: what normal looks like and what to do next. */
export function EmptyNotice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack gap={4} py="xl" align="center" ta="center">
      <Title order={2} size="h4">{title}</Title>
      {children && <Text c="dimmed" size="sm">{children}</Text>}
    </Stack>
  );
}
