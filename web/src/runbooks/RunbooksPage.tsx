import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { RunbookEditor } from './RunbookEditor';
import { useCreateRunbook, useRunbooks, useServiceList, type RunbookSummary } from './queries';

/**
 * `/runbooks`: every runbook with its services, when it was last reviewed, and a flag on those
 * nobody has reviewed or changed for too long: a runbook that lies at 3 AM is worse than none.
 */
export function RunbooksPage() {
  const runbooks = useRunbooks();
  const services = useServiceList();
  const me = useMe();
  const phone = useMediaQuery('(max-width: 48em)');
  const [creating, setCreating] = useState(false);
  const create = useCreateRunbook();
  const navigate = useNavigate();
  const serviceName = (id: string) => services.data?.services.find((s) => s.id === id)?.name ?? id;
  const canWrite = me.data?.role === 'admin' || me.data?.role === 'responder';

  return (
    <Stack gap="md">
      <PageHeading title="Runbooks">Runbooks</PageHeading>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed">What to check and what to do when an alert fires. Incidents show the runbooks of their service and alerts.</Text>
        {!creating && (
          <Button
            onClick={() => canWrite && setCreating(true)}
            aria-disabled={!canWrite || undefined}
            data-disabled={!canWrite || undefined}
            title={canWrite ? undefined : `Your role (${me.data?.role ?? 'viewer'}) can't write runbooks`}
            style={{ minHeight: 44 }}
          >
            New runbook
          </Button>
        )}
      </Group>
      {creating && (
        <RunbookEditor
          runbook={null}
          saving={create.isPending}
          error={create.error}
          onCancel={() => setCreating(false)}
          onSave={(body) => create.mutate(body, { onSuccess: (saved) => void navigate(`/runbooks/${encodeURIComponent(saved.id)}`) })}
        />
      )}
      <PageState
        alsoLoading={services.isPending}
        query={runbooks}
        skeleton={<Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={52} />)}</Stack>}
        isEmpty={(data) => data.runbooks.length === 0}
        empty={
          <EmptyNotice title="No runbooks yet">
            Write one here, or list Markdown files under runbooks in vigil.yaml (deploy/example has one for database connection failures).
          </EmptyNotice>
        }
      >
        {(data) => (phone ? <RunbookCards runbooks={data.runbooks} serviceName={serviceName} /> : <RunbookTable runbooks={data.runbooks} serviceName={serviceName} />)}
      </PageState>
    </Stack>
  );
}

export function StaleBadge({ runbook }: { runbook: Pick<RunbookSummary, 'stale' | 'review_after'> }) {
  if (!runbook.stale) return null;
  return (
    <Badge color="orange.4" c="black" variant="filled" radius="sm" styles={{ root: { textTransform: 'none' } }} title={`Not reviewed or changed for more than ${runbook.review_after}`}>
      Needs review
    </Badge>
  );
}

function Reviewed({ runbook }: { runbook: RunbookSummary }) {
  if (runbook.reviewed_at === null) return <Group gap={4} wrap="wrap"><Text size="sm">Never; written</Text><TimeText iso={runbook.updated_at} size="sm" /></Group>;
  return <TimeText iso={runbook.reviewed_at} size="sm" />;
}

function servicesText(runbook: RunbookSummary, serviceName: (id: string) => string): string {
  if (runbook.services.length > 0) return runbook.services.map(serviceName).join(', ');
  return runbook.match.length > 0 ? 'Any service, by alert fields' : 'None';
}

function RunbookTable({ runbooks, serviceName }: { runbooks: RunbookSummary[]; serviceName: (id: string) => string }) {
  return (
    <Table striped highlightOnHover verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Runbook</Table.Th>
          <Table.Th>Services</Table.Th>
          <Table.Th>Last reviewed</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>Version</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runbooks.map((runbook) => (
          <Table.Tr key={runbook.id}>
            <Table.Td>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/runbooks/${encodeURIComponent(runbook.id)}`} fw={600}>{runbook.title}</Anchor>
                <StaleBadge runbook={runbook} />
                {runbook.managed_by === 'config' && <Badge variant="outline" color="gray" radius="sm" styles={{ root: { textTransform: 'none' } }}>vigil.yaml</Badge>}
              </Group>
            </Table.Td>
            <Table.Td><Text size="sm">{servicesText(runbook, serviceName)}</Text></Table.Td>
            <Table.Td><Reviewed runbook={runbook} /></Table.Td>
            <Table.Td><Text size="sm">{runbook.version}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RunbookCards({ runbooks, serviceName }: { runbooks: RunbookSummary[]; serviceName: (id: string) => string }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {runbooks.map((runbook) => (
        <Card key={runbook.id} withBorder padding="sm" component="li">
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/runbooks/${encodeURIComponent(runbook.id)}`} fw={600} style={{ minHeight: 44, display: 'inline-flex', alignItems: 'center' }}>{runbook.title}</Anchor>
              <StaleBadge runbook={runbook} />
            </Group>
            <Text size="sm">{servicesText(runbook, serviceName)}</Text>
            <Group gap={4}><Text size="sm" c="dimmed">Last reviewed:</Text><Reviewed runbook={runbook} /></Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
