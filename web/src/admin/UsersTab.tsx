import { Badge, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useMe } from '../api/queries';
import { permission } from '../auth/permissions';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { GuardedButton } from '../ui/GuardedButton';
import { EmptyNotice, ErrorNotice, PageState } from '../ui/PageState';
import { AddUserDialog } from './AddUserDialog';
import type { Role, User } from './types';
import { isRole, ROLE_MEANING, ROLES } from './users';

export const usersKey = ['admin', 'users'] as const;

interface RoleChange {
  readonly user: User;
  readonly role: Role;
}

/** Everyone who can sign in, with their role and teams: change a role, add a user, remove one. */
export function UsersTab() {
  const me = useMe();
  const phone = useMediaQuery('(max-width: 48em)');
  const client = useQueryClient();
  const users = useQuery({ queryKey: usersKey, queryFn: () => unwrap(api.GET('/api/v1/users')) });
  const [adding, setAdding] = useState(0);
  const [changing, setChanging] = useState<RoleChange | null>(null);
  const [removing, setRemoving] = useState<User | null>(null);
  const admin = permission(me.data, 'administer', 'manage users');
  const myId = me.data?.user?.id ?? null;
  const refresh = () => client.invalidateQueries({ queryKey: ['admin'] });

  const changeRole = useMutation({
    mutationFn: (change: RoleChange) => unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: change.user.id } }, body: { role: change.role } })),
    onSuccess: async () => {
      setChanging(null);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (user: User) => unwrap(api.DELETE('/api/v1/users/{id}', { params: { path: { id: user.id } } })),
    onSuccess: async () => {
      setRemoving(null);
      await refresh();
    },
  });

  const roleReason = (user: User) => admin.reason ?? (user.id === myId ? 'You can\'t change your own role; another admin can' : null);
  const removeReason = (user: User) => (admin.reason === null ? (user.id === myId ? 'You can\'t remove yourself; another admin can' : null) : admin.reason.replace('manage users', 'remove users'));
  const askRole = (user: User, role: string) => {
    if (!isRole(role) || role === user.role) return;
    changeRole.reset();
    setChanging({ user, role });
  };
  const askRemove = (user: User) => {
    remove.reset();
    setRemoving(user);
  };

  const roleControl = (user: User, labelled: boolean) => {
    const reason = roleReason(user);
    if (reason !== null) {
      return (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{labelled ? `Role: ${user.role}` : user.role}</Text>
          <GuardedButton size="compact-sm" reason={reason}>Change role</GuardedButton>
        </Group>
      );
    }
    return (
      <NativeSelect
        label={labelled ? 'Role' : undefined}
        aria-label={`Role of ${user.name}`}
        value={user.role}
        onChange={(event) => askRole(user, event.currentTarget.value)}
        data={ROLES.map((r) => ({ value: r, label: r }))}
        w={140}
      />
    );
  };
  const teams = (user: User) => (user.teams.length === 0
    ? <Text size="sm" c="dimmed">No team</Text>
    : (
      <Group gap={4}>
        {user.teams.map((t) => (
          <Badge key={t.team} variant="outline" color="gray" radius="sm" styles={{ root: { textTransform: 'none' } }}>
            {t.team}{t.role === 'manager' ? ' · manager' : ''}
          </Badge>
        ))}
      </Group>
    ));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">A role decides what someone may do; teams decide whose incidents and schedules they work on.</Text>
        <GuardedButton reason={admin.reason === null ? null : admin.reason.replace('manage users', 'add users')} onClick={() => setAdding((n) => n + 1)}>Add user</GuardedButton>
      </Group>
      <PageState query={users} isEmpty={(data) => data.users.length === 0} empty={<EmptyNotice title="No users yet">Add the first one, or list them in vigil.yaml.</EmptyNotice>}>
        {(data) => (phone
          ? (
            <Stack gap="sm">
              {data.users.map((user) => (
                <Paper key={user.id} withBorder p="sm" radius="sm" component="article" aria-label={user.name}>
                  <Stack gap={6}>
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600}>{user.name}{user.id === myId ? ' (you)' : ''}</Text>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{user.email}</Text>
                      <Text size="xs" c="dimmed">id {user.id}</Text>
                    </div>
                    {teams(user)}
                    <Group justify="space-between" gap="xs" align="flex-end">
                      {roleControl(user, true)}
                      <GuardedButton variant="default" size="sm" reason={removeReason(user)} onClick={() => askRemove(user)}>Remove</GuardedButton>
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          )
          : (
            <Table verticalSpacing="sm" highlightOnHover={false} aria-label="Users">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Teams</Table.Th>
                  <Table.Th><span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Actions</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.users.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>{user.name}{user.id === myId ? ' (you)' : ''}</Text>
                      <Text size="xs" c="dimmed">id {user.id}</Text>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
                    <Table.Td>{roleControl(user, false)}</Table.Td>
                    <Table.Td>{teams(user)}</Table.Td>
                    <Table.Td ta="right">
                      <GuardedButton variant="default" size="sm" reason={removeReason(user)} onClick={() => askRemove(user)} aria-label={`Remove ${user.name}`}>Remove</GuardedButton>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
      </PageState>
      {changeRole.isError && changing === null && <ErrorNotice error={changeRole.error} title="The role was not changed" />}

      {adding > 0 && <AddUserDialog key={adding} onClose={() => setAdding(0)} onAdded={() => void refresh()} />}
      <ConfirmDialog
        opened={changing !== null}
        title={changing ? `Make ${changing.user.name} ${changing.role === 'admin' ? 'an' : 'a'} ${changing.role}?` : ''}
        confirmLabel="Change role"
        onConfirm={() => changing && changeRole.mutate(changing)}
        onClose={() => setChanging(null)}
        pending={changeRole.isPending}
        error={changeRole.error}
      >
        {changing && (
          <Stack gap="xs">
            <Text size="sm">From {changing.user.role} to {changing.role}: {ROLE_MEANING[changing.role]}.</Text>
            <Text size="sm">{changing.user.name} is signed out everywhere and signs in again with the new role.</Text>
          </Stack>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? `Remove ${removing.name}?` : ''}
        confirmLabel="Remove user"
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
        pending={remove.isPending}
        error={remove.error}
      >
        <Text size="sm">
          Their sessions, API tokens and contact methods go with them. Someone a schedule, escalation policy or incident still names
          cannot be removed: Vigil says which. If vigil.yaml lists them, the next apply adds them back.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
