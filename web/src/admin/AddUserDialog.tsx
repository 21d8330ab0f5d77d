import { Alert, Button, Group, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { splitError } from '../ui/field-errors';
import type { Role } from './types';
import { ROLE_MEANING, ROLES, suggestUserId } from './users';
import { Dialog } from '../ui/Dialog';

/**
 * A new user: name, email, role, and the id Vigil knows them by (suggested from the email). A
 * first password is optional: without one they sign in with single sign-on, if it is set up.
 */
export function AddUserDialog({ onClose, onAdded }: { onClose: () => void; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [id, setId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  const [role, setRole] = useState<Role>('responder');
  const [password, setPassword] = useState('');
  const userId = idEdited ? id : suggestUserId(email);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/users', {
      body: { id: userId.trim(), name: name.trim(), email: email.trim(), role, ...(password === '' ? {} : { password }) },
    })),
    onSuccess: () => {
      onAdded();
      onClose();
    },
  });
  const refusal = splitError(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Dialog opened onClose={onClose} title="Add a user">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" autoComplete="off" value={name} onChange={(e) => setName(e.currentTarget.value)} error={refusal.fields.name} data-autofocus />
          <TextInput label="Email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={refusal.fields.email} description="They sign in with it." />
          <TextInput
            label="User id"
            description="How vigil.yaml, schedules and the API name them: lower-case letters, digits, dots, dashes."
            value={userId}
            onChange={(e) => {
              setIdEdited(true);
              setId(e.currentTarget.value);
            }}
            error={refusal.fields.id}
          />
          <NativeSelect
            label="Role"
            description={ROLE_MEANING[role]}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={ROLES.map((r) => ({ value: r, label: r }))}
          />
          <PasswordInput
            label="First password (optional)"
            autoComplete="new-password"
            description="At least 12 characters; they change it on their profile. Leave empty if they sign in with single sign-on."
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={refusal.fields.password}
          />
          {refusal.general !== null && <Alert color="red" variant="light" role="alert" title="Not added">{refusal.general}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending} disabled={name.trim() === '' || email.trim() === '' || userId.trim() === ''}>Add user</Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
