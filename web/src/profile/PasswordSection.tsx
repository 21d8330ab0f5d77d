import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { splitError } from '../ui/field-errors';
import { Section } from './Section';
import type { User } from './types';

/**
 * Changing the password: the current one is asked for (a stolen session alone cannot change
 * it), the server's rules decide, and its words say why not. A new password ends every session,
 * this one too, so the person signs in again.
 */
export function PasswordSection({ user }: { user: User }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/users/{id}', {
      params: { path: { id: user.id } },
      body: { password: next, ...(user.password_set ? { current_password: current } : {}) },
    })),
  });
  const refusal = splitError(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(next !== repeat);
    if (next === repeat) change.mutate();
  };
  if (change.isSuccess) {
    return (
      <Section title="Password">
        <Alert variant="light" color="gray" title="Password changed" role="status">
          <Text size="sm">Every session ended with the old password, this one too. <Link to={`/login?next=${encodeURIComponent('/profile')}`}>Sign in again</Link> with the new one.</Text>
        </Alert>
      </Section>
    );
  }
  return (
    <Section
      title="Password"
      description={user.password_set
        ? 'At least 12 characters, not your email name. Changing it signs you out everywhere.'
        : 'You sign in with single sign-on. A password lets you sign in without it: at least 12 characters, not your email name.'}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {user.password_set && (
            <PasswordInput label="Current password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={refusal.fields.current_password} maw={420} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PasswordInput label="New password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.currentTarget.value)} error={refusal.fields.password} />
            <PasswordInput label="New password again" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} error={mismatch ? 'The two new passwords differ' : undefined} />
          </SimpleGrid>
          {refusal.general !== null && <Alert color="red" variant="light" role="alert" title="Password not changed">{refusal.general}</Alert>}
          <Group>
            <Button type="submit" variant="default" loading={change.isPending} disabled={next === '' || (user.password_set && current === '')}>Change password</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
