import { Alert, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Incident } from '../api/types';
import { GuardedButton } from '../ui/GuardedButton';
import { useAssignRole, type ResponseUser } from './response-queries';
import { SidePanel } from '../ui/SidePanel';
import { errorText } from './error-text';

type Role = NonNullable<Incident['roles']>[number];

/** Who leads, who talks to stakeholders, who keeps notes: each role with its holder, assign or clear. */
export function IncidentRoles({ incident, users, denied }: { incident: Incident; users: readonly ResponseUser[]; denied: string | null }) {
  const roles = incident.roles ?? [];
  return (
    <SidePanel title="Roles">
      {roles.length === 0
        ? <Text size="sm" c="dimmed">No roles are configured.</Text>
        : <Stack gap="xs">{roles.map((role) => <RoleRow key={role.role} number={String(incident.number)} role={role} users={users} denied={denied} />)}</Stack>}
    </SidePanel>
  );
}

const NOBODY = '';

function RoleRow({ number, role, users, denied }: { number: string; role: Role; users: readonly ResponseUser[]; denied: string | null }) {
  const [choice, setChoice] = useState(role.user?.id ?? NOBODY);
  const assign = useAssignRole(number);
  const current = role.user?.id ?? NOBODY;
  // Changed elsewhere (another responder, the live stream): show who holds it now.
  useEffect(() => setChoice(current), [current]);
  const candidates = users.filter((u) => u.role !== 'viewer' || u.id === current);
  return (
    <Paper withBorder p="sm" component="article" aria-label={role.name}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={700}>{role.name}</Text>
        <Text size="sm" fw={role.user ? 600 : 400} c={role.user ? undefined : 'dimmed'}>{role.user?.name ?? 'Unassigned'}</Text>
      </Group>
      <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          aria-label={`Who is ${role.name.toLowerCase()}`}
          size="sm"
          style={{ flex: '1 1 10rem' }}
          value={choice}
          onChange={(event) => setChoice(event.currentTarget.value)}
          data={[{ value: NOBODY, label: 'Nobody' }, ...candidates.map((u) => ({ value: u.id, label: u.name }))]}
          disabled={denied !== null}
        />
        <GuardedButton
          reason={denied ?? (choice === current ? 'Choose someone else first' : null)}
          mih={44}
          variant="default"
          loading={assign.isPending}
          onClick={() => assign.mutate({ role: role.role, user: choice === NOBODY ? null : choice })}
        >
          {choice === NOBODY ? 'Clear' : 'Assign'}
        </GuardedButton>
      </Group>
      {assign.isError && (
        <Alert color="red" variant="light" role="alert" mt="xs" p="xs" title="Role not changed">
          <Text size="sm">{errorText(assign.error)}</Text>
        </Alert>
      )}
    </Paper>
  );
}
