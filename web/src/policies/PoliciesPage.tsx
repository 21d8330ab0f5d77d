import { Anchor, Breadcrumbs, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useMe } from '../api/queries';
import { PanelBoundary } from '../app/ErrorBoundary';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { teamPermission } from '../ui/team-permission';
import { PolicyCard } from './PolicyCard';
import { PolicyEditor } from './PolicyEditor';
import { usePolicies, useTeams, type Policy } from './queries';
import { useDirectory } from './use-directory';

/**
 * `/escalation-policies`: every policy as a readable chain with whom each level reaches now.
 * `/escalation-policies/{id}` is the same page showing that one policy (links from services and
 * incidents land here). Editing is for admins and the managers of the policy's team.
 */
export function PoliciesPage() {
  const { id } = useParams<{ id: string }>();
  const policies = usePolicies();
  const me = useMe();
  const teams = useTeams();
  const services = useQuery({ queryKey: ['services'], queryFn: () => unwrap(api.GET('/api/v1/services')) });
  const { directory, oncallFailed, users, schedules } = useDirectory();
  const [editing, setEditing] = useState<string | null>(null);

  const teamNames = new Map((teams.data?.teams ?? []).map((t) => [t.id, t.name]));
  const teamName = (team: string) => teamNames.get(team) ?? team;
  const serviceNames = new Map((services.data?.services ?? []).map((s) => [s.id, s.name]));
  const serviceName = (service: string) => serviceNames.get(service) ?? service;
  const one = id === undefined ? undefined : policies.data?.escalation_policies.find((p) => p.id === id);
  const title = id === undefined ? 'Escalation policies' : one?.name ?? (policies.isPending ? 'Escalation policy' : 'Escalation policy not found');
  const editingPolicy = policies.data?.escalation_policies.find((p) => p.id === editing);

  const card = (policy: Policy, alone: boolean) => (
    <PanelBoundary key={policy.id} name={`policy ${policy.name}`}>
      <PolicyCard
        policy={policy}
        directory={directory}
        teamName={teamName}
        serviceName={serviceName}
        permission={teamPermission(me.data, [policy.team], 'manager', 'edit this policy', teamName)}
        onEdit={() => setEditing(policy.id)}
        alone={alone}
      />
    </PanelBoundary>
  );

  return (
    <Stack gap="md">
      {id !== undefined && (
        <Breadcrumbs separator="›" aria-label="Breadcrumbs">
          <Anchor component={Link} to="/escalation-policies">Escalation policies</Anchor>
          <Text span>{one?.name ?? id}</Text>
        </Breadcrumbs>
      )}
      <PageHeading title={title}>{title}</PageHeading>
      {id === undefined && (
        <Text c="dimmed" size="sm">
          Who is paged for a service's incidents, in order, and how long each level has to acknowledge before the next is paged.
        </Text>
      )}
      {oncallFailed && <Text size="sm" c="dimmed" role="status">Who is on call now could not be loaded; the levels are shown without it.</Text>}
      <PageState
        query={policies}
        alsoLoading={teams.isPending || services.isPending}
        skeleton={<Stack gap="md"><Skeleton height={200} radius="md" /><Skeleton height={200} radius="md" /></Stack>}
        isEmpty={(data) => data.escalation_policies.length === 0}
        empty={
          <EmptyNotice title="No escalation policies yet">
            Without one, a service's incidents page nobody. Add policies under escalation_policies in vigil.yaml, or with POST /api/v1/escalation-policies.
          </EmptyNotice>
        }
      >
        {(data) => {
          if (id === undefined) return <Stack gap="md">{data.escalation_policies.map((p) => card(p, false))}</Stack>;
          const policy = data.escalation_policies.find((p) => p.id === id);
          if (policy === undefined) {
            return (
              <EmptyNotice title={`There is no escalation policy "${id}"`}>
                It may have been renamed or deleted. <Anchor component={Link} to="/escalation-policies">See all escalation policies</Anchor>
              </EmptyNotice>
            );
          }
          return card(policy, true);
        }}
      </PageState>
      {editingPolicy !== undefined && (
        <PolicyEditor
          policy={editingPolicy}
          directory={directory}
          people={users.data?.users ?? []}
          schedules={schedules.data?.schedules ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
