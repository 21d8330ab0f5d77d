import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useMe } from '../api/queries';
import { ErrorNotice } from '../ui/PageState';
import { HeartbeatList } from './HeartbeatList';
import { useHeartbeats } from './queries';

/** The service page's Heartbeats section: its dead man's switches, or how to add one. */
export function HeartbeatsPanel({ serviceId }: { serviceId: string }) {
  const heartbeats = useHeartbeats(serviceId);
  const me = useMe();
  const titleId = useId();
  const canWrite = me.data?.role === 'admin' || me.data?.role === 'responder';
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>Heartbeats</Title>
      {heartbeats.isPending
        ? <Skeleton height={120} radius="md" />
        : heartbeats.isError
          ? <ErrorNotice error={heartbeats.error} onRetry={() => void heartbeats.refetch()} title="The heartbeats could not be loaded" />
          : heartbeats.data.heartbeats.length === 0
            ? <Text size="sm" c="dimmed">No heartbeats: add one under heartbeats: in vigil.yaml or on the Heartbeats page to hear when a job or a monitoring pipeline goes silent.</Text>
            : <HeartbeatList heartbeats={heartbeats.data.heartbeats} canWrite={canWrite} showService={false} />}
    </Stack>
  );
}
