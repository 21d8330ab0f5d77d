import { Button, Collapse, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { ErrorNotice } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { channelLabel, deliveryState, pagesWithDeliveries, targetWording } from './incident-panels';
import { useIncidentDeliveries, useIncidentPages, type IncidentDelivery } from './incident-queries';
import { SidePanel } from '../ui/SidePanel';

/** Who was paged, at which level, through which contact method, and how each notification went. */
export function IncidentPages({ number, names }: { number: string; names: ReadonlyMap<string, string> }) {
  const pages = useIncidentPages(number);
  const deliveries = useIncidentDeliveries(number);
  const count = pages.data?.pages.length;
  return (
    <SidePanel title={count === undefined ? 'Pages' : `Pages (${count})`}>
      {pages.isPending || deliveries.isPending ? (
        <Stack gap="xs" aria-busy="true"><Skeleton height={64} /><Skeleton height={64} /></Stack>
      ) : pages.isError || deliveries.isError ? (
        <ErrorNotice error={pages.error ?? deliveries.error} onRetry={() => void Promise.all([pages.refetch(), deliveries.refetch()])} />
      ) : (
        <PageList pages={pages.data.pages} deliveries={deliveries.data.deliveries} names={names} />
      )}
    </SidePanel>
  );
}

function PageList({ pages, deliveries, names }: { pages: readonly { id: string; user: string; at: string; level: number; round: number; target: string }[]; deliveries: readonly IncidentDelivery[]; names: ReadonlyMap<string, string> }) {
  const grouped = pagesWithDeliveries(pages, deliveries);
  if (grouped.pages.length === 0 && grouped.other.length === 0) {
    return <Text size="sm" c="dimmed">Nobody has been paged yet.</Text>;
  }
  return (
    <Stack gap="sm">
      {grouped.pages.map(({ page, deliveries: sent }) => (
        <Paper key={page.id} withBorder p="sm" component="article">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" fw={700}>{names.get(page.user) ?? page.user}</Text>
            <TimeText iso={page.at} size="xs" />
          </Group>
          <Text size="xs" c="dimmed">
            Level {page.level}{page.round > 1 ? `, round ${page.round}` : ''} · {targetWording(page.target, names)}
          </Text>
          {sent.length === 0
            ? <Text size="sm" mt={4}>No notification sent yet</Text>
            : <Stack gap={0} mt={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>{sent.map((delivery) => <DeliveryRow key={delivery.id} delivery={delivery} />)}</Stack>}
        </Paper>
      ))}
      {grouped.other.length > 0 && (
        <Paper withBorder p="sm" component="article">
          <Text size="sm" fw={700}>Team channels and notices</Text>
          <Stack gap={0} mt={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {grouped.other.map((delivery) => <DeliveryRow key={delivery.id} delivery={delivery} />)}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function DeliveryRow({ delivery }: { delivery: IncidentDelivery }) {
  const [open, setOpen] = useState(false);
  const historyId = useId();
  const state = deliveryState(delivery.status);
  return (
    <li>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {channelLabel(delivery.channel)}
        {delivery.contact_method && <Text span size="xs" c="dimmed"> ({delivery.contact_method})</Text>}
        {': '}
        <Text span size="sm" fw={state.problem ? 700 : 500}>
          {state.problem && <span aria-hidden="true">⚠ </span>}
          {state.word}
        </Text>
      </Text>
      {delivery.last_error && state.problem && <Text size="xs" style={{ overflowWrap: 'anywhere' }}>{delivery.last_error}</Text>}
      {delivery.history.length > 0 && (
        <Button variant="subtle" size="compact-sm" px={4} mih={44} onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={historyId}>
          <span aria-hidden="true">{open ? '▾' : '▸'}&nbsp;</span>
          {open ? 'Hide history' : `History (${delivery.history.length})`}
        </Button>
      )}
      <Collapse expanded={open} id={historyId}>
        <Stack gap={2} component="ol" p={0} m={0} pl="sm" pb="xs" style={{ listStyle: 'none', borderLeft: '2px solid var(--mantine-color-default-border)' }}>
          {delivery.history.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <Group gap="xs" wrap="wrap">
                <Text size="xs" fw={600}>{deliveryState(event.status).word}</Text>
                <TimeText iso={event.at} size="xs" />
              </Group>
              {event.detail && <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{event.detail}</Text>}
            </li>
          ))}
        </Stack>
      </Collapse>
    </li>
  );
}
