import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyNotice, ErrorNotice, PageState } from '../ui/PageState';
import { SafeMarkdown } from '../ui/SafeMarkdown';
import { teamPermission } from '../ui/team-permission';
import { TimeText } from '../ui/TimeText';
import { RunbookEditor } from './RunbookEditor';
import { StaleBadge } from './RunbooksPage';
import { useDeleteRunbook, useReviewRunbook, useRunbook, useRunbookVersion, useRunbookVersions, useServiceList, useTeamList, useUpdateRunbook, type Runbook } from './queries';

/** `/runbooks/{id}`: the runbook rendered, who wrote each version, and for its teams Edit and Mark reviewed. */
export function RunbookPage() {
  const { id = '' } = useParams<{ id: string }>();
  const runbook = useRunbook(id);
  // The details name services and teams, and judge who may edit by the services' teams: held until known.
  const services = useServiceList();
  const teams = useTeamList();
  const notFound = runbook.error instanceof ApiError && runbook.error.isNotFound;
  const title = runbook.data?.title ?? (notFound ? 'Runbook not found' : id);
  return (
    <Stack gap="md">
      <Breadcrumbs separator="›" aria-label="Breadcrumbs">
        <Anchor component={Link} to="/runbooks">Runbooks</Anchor>
        <Text span>{runbook.data?.title ?? id}</Text>
      </Breadcrumbs>
      <PageHeading title={`${title} · Runbooks`}>{title}</PageHeading>
      <PageState
        query={runbook}
        alsoLoading={services.isPending || teams.isPending}
        skeleton={<Stack gap="sm"><Skeleton height={20} width="60%" /><Skeleton height={240} /></Stack>}
        notFound={<EmptyNotice title={`There is no runbook "${id}"`}>It may have been deleted or removed from vigil.yaml. <Anchor component={Link} to="/runbooks">See all runbooks</Anchor></EmptyNotice>}
      >
        {(data) => <RunbookDetail runbook={data} />}
      </PageState>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <div>{children}</div>
    </Stack>
  );
}

function RunbookDetail({ runbook }: { runbook: Runbook }) {
  const me = useMe();
  const services = useServiceList();
  const teams = useTeamList();
  const [editing, setEditing] = useState(false);
  const [shownVersion, setShownVersion] = useState<number | null>(null);
  const update = useUpdateRunbook(runbook.id);
  const review = useReviewRunbook(runbook.id);
  const remove = useDeleteRunbook(runbook.id);
  const navigate = useNavigate();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const reasonId = useId();
  const serviceOf = (id: string) => services.data?.services.find((s) => s.id === id);
  const teamName = (id: string) => teams.data?.teams.find((t) => t.id === id)?.name ?? id;
  const owners = runbook.services.length === 0 ? [null] : runbook.services.map((id) => serviceOf(id)?.team ?? null);
  const write = teamPermission(me.data, owners, 'member', 'change this runbook', teamName);
  const edit = runbook.managed_by === 'config'
    ? { allowed: false, reason: `Defined in vigil.yaml${runbook.file ? ` (${runbook.file})` : ''}: change the file there and apply it` }
    : write;

  if (editing) {
    return (
      <RunbookEditor
        runbook={runbook}
        saving={update.isPending}
        error={update.error}
        onCancel={() => setEditing(false)}
        onSave={(body) => update.mutate(body, { onSuccess: () => setEditing(false) })}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Group gap="lg" wrap="wrap" align="flex-start">
        <Fact label="Services">
          <Text size="sm">
            {runbook.services.length === 0 ? 'Any service, by alert fields' : runbook.services.map((id) => serviceOf(id)?.name ?? id).join(', ')}
          </Text>
        </Fact>
        <Fact label="Last reviewed">
          <Group gap="xs" wrap="wrap">
            {runbook.reviewed_at === null ? <Text size="sm">Never</Text> : <TimeText iso={runbook.reviewed_at} />}
            <StaleBadge runbook={runbook} />
          </Group>
        </Fact>
        <Fact label="Version">
          <Group gap={4} wrap="wrap"><Text size="sm">{runbook.version}, by {runbook.updated_by}</Text><TimeText iso={runbook.updated_at} /></Group>
        </Fact>
        {runbook.managed_by === 'config' && <Fact label="Source"><Badge variant="outline" color="gray" radius="sm" styles={{ root: { textTransform: 'none' } }}>vigil.yaml{runbook.file ? `: ${runbook.file}` : ''}</Badge></Fact>}
      </Group>
      {runbook.match.length > 0 && (
        <Text size="sm">Shown when one alert has {runbook.match.map((m) => <code key={`${m.field}${m.op}${m.value}`} style={{ marginRight: 6, overflowWrap: 'anywhere' }}>{`${m.field} ${m.op} "${m.value}"`}</code>)}</Text>
      )}
      <Group gap="sm" wrap="wrap" align="center">
        <Button
          variant="default"
          onClick={() => edit.allowed && setEditing(true)}
          aria-disabled={!edit.allowed || undefined}
          data-disabled={!edit.allowed || undefined}
          aria-describedby={edit.reason === null ? undefined : reasonId}
          style={{ minHeight: 44 }}
        >
          Edit
        </Button>
        <Button
          onClick={() => write.allowed && review.mutate()}
          loading={review.isPending}
          aria-disabled={!write.allowed || undefined}
          data-disabled={!write.allowed || undefined}
          color={runbook.stale ? 'orange' : undefined}
          autoContrast
          variant={runbook.stale ? 'filled' : 'default'}
          style={{ minHeight: 44 }}
        >
          Mark reviewed
        </Button>
        <Button
          variant="default"
          color="red"
          onClick={() => edit.allowed && setConfirmingDelete(true)}
          aria-disabled={!edit.allowed || undefined}
          data-disabled={!edit.allowed || undefined}
          aria-describedby={edit.reason === null ? undefined : reasonId}
          style={{ minHeight: 44 }}
        >
          Delete
        </Button>
        {edit.reason !== null && <Text size="sm" c="dimmed" id={reasonId}>{edit.reason}</Text>}
      </Group>
      <ConfirmDialog
        opened={confirmingDelete}
        title={`Delete "${runbook.title}"?`}
        confirmLabel="Delete runbook"
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          setConfirmingDelete(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/runbooks') })}
      >
        <Text size="sm">Its {runbook.version} version{runbook.version === 1 ? '' : 's'} and the steps ticked on incidents go with it. Incidents will no longer show it.</Text>
      </ConfirmDialog>
      {review.isError && <ErrorNotice error={review.error} onRetry={() => review.mutate()} />}
      <Card withBorder padding="md" component="article" aria-label={runbook.title}>
        <SafeMarkdown markdown={runbook.body} headingOffset={1} />
      </Card>
      <Versions runbook={runbook} shown={shownVersion} onShow={setShownVersion} />
    </Stack>
  );
}

function Versions({ runbook, shown, onShow }: { runbook: Runbook; shown: number | null; onShow: (version: number | null) => void }) {
  const versions = useRunbookVersions(runbook.id);
  const old = useRunbookVersion(runbook.id, shown);
  return (
    <Stack gap="xs" component="section" aria-labelledby="runbook-versions">
      <Title order={2} size="h4" id="runbook-versions">Versions</Title>
      <PageState query={versions} skeleton={<Skeleton height={80} />}>
        {(data) => (
          <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.versions.map((v) => (
              <Group key={v.version} component="li" justify="space-between" gap="xs" wrap="wrap" py={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>Version {v.version}{v.version === runbook.version ? ' (current)' : ''}</Text>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>by {v.author}</Text>
                  <TimeText iso={v.at} />
                </Group>
                {v.version !== runbook.version && (
                  <Button variant="default" size="compact-sm" onClick={() => onShow(shown === v.version ? null : v.version)} aria-expanded={shown === v.version} style={{ minHeight: 44 }}>
                    {shown === v.version ? `Hide version ${v.version}` : `Show version ${v.version}`}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </PageState>
      {shown !== null && (
        <PageState query={old} skeleton={<Skeleton height={120} />}>
          {(data) => (
            <Card withBorder padding="md" component="article" aria-label={`Version ${data.version}`}>
              <Alert variant="light" color="gray" mb="sm">Version {data.version}, by {data.author}: an older text, shown for comparison.</Alert>
              <SafeMarkdown markdown={data.body} headingOffset={2} />
            </Card>
          )}
        </PageState>
      )}
    </Stack>
  );
}
