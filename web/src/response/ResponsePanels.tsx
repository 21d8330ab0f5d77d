import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { Incident, Me } from '../api/types';
import { HandoffButton } from './HandoffDialog';
import { IncidentRoles } from './IncidentRoles';
import { useResponseUsers } from './response-queries';
import { mayRespond } from './response-wording';
import { Stakeholders } from './Stakeholders';
import { StatusUpdates } from './StatusUpdates';

/** The incident page's main column: status updates and when the next is due. */
export function ResponseMain({ incident, me }: { incident: Incident; me: Me | undefined }) {
  const users = useResponseUsers();
  const names = useMemo(() => new Map((users.data?.users ?? []).map((u) => [u.id, u.name])), [users.data]);
  return <StatusUpdates incident={incident} denied={mayRespond(me?.role).reason} names={names} />;
}

/** The incident page's side column: roles, the hand-off, stakeholders. */
export function ResponseSide({ incident, me }: { incident: Incident; me: Me | undefined }) {
  const users = useResponseUsers();
  const denied = mayRespond(me?.role).reason;
  const names = useMemo(() => new Map((users.data?.users ?? []).map((u) => [u.id, u.name])), [users.data]);
  return (
    <Stack gap="xl">
      <IncidentRoles incident={incident} users={users.data?.users ?? []} denied={denied} />
      <HandoffButton incident={incident} denied={denied} />
      <Stakeholders scope={{ kind: 'incident', number: String(incident.number) }} me={me} denied={denied} names={names} />
    </Stack>
  );
}

/** A service page's stakeholders: who is told of every incident on the service. */
export function ServiceStakeholders({ serviceId, me }: { serviceId: string; me: Me | undefined }) {
  const users = useResponseUsers();
  const names = useMemo(() => new Map((users.data?.users ?? []).map((u) => [u.id, u.name])), [users.data]);
  return <Stakeholders scope={{ kind: 'service', id: serviceId }} me={me} denied={mayRespond(me?.role).reason} names={names} />;
}
