import { Group, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { deliveryProgress, pollInterval } from './delivery-progress';
import { fetchDelivery, profileKeys } from './profile-queries';

const ICONS = { pending: null, done: '✓', failed: '✕' } as const;

/**
 * One message's progress, asked again every second until it settles ("Sending" → "Sent"), for a
 * test page or a verification code. A polite live region, so it is heard without stealing focus.
 */
export function DeliveryStatus({ id, label }: { id: string; label: string }) {
  const [startedAt] = useState(() => Date.now());
  const delivery = useQuery({
    queryKey: profileKeys.delivery(id),
    queryFn: () => fetchDelivery(id),
    refetchInterval: (query) => pollInterval(query.state.data?.status, Date.now() - startedAt),
    staleTime: 0,
  });
  const progress = delivery.data ? deliveryProgress(delivery.data) : null;
  return (
    <div role="status" aria-live="polite" style={{ minWidth: 0 }}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {progress === null || progress.tone === 'pending'
          ? <Loader size={14} mt={4} aria-hidden="true" />
          : <Text aria-hidden="true" fw={700} w={14} ta="center">{ICONS[progress.tone]}</Text>}
        <div style={{ minWidth: 0 }}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span fw={600} size="sm">{label}:</Text>{' '}
            <span>{delivery.isError ? 'could not be checked' : progress?.label ?? 'Queued'}</span>
          </Text>
          {progress?.detail && <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{progress.detail}</Text>}
        </div>
      </Group>
    </div>
  );
}
