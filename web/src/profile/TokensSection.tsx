import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CopyField } from '../ui/CopyField';
import { splitError } from '../ui/field-errors';
import { PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { formatInstant } from '../ui/time';
import { profileKeys, useTokens } from './profile-queries';
import { Section } from './Section';
import { activeTokens, lifetimeChoices, roleChoices } from './tokens';
import type { ApiToken } from './types';
import { Dialog } from '../ui/Dialog';

/** Personal API tokens: for scripts and the CLI. The secret is shown once, in a dialog, and never again. */
export function TokensSection({ userId, role }: { userId: string; role: string }) {
  const tokens = useTokens();
  const client = useQueryClient();
  const [creating, setCreating] = useState(0);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      setRevoking(null);
      await client.invalidateQueries({ queryKey: profileKeys.tokens });
    },
  });
  return (
    <Section
      title="API tokens"
      description="For scripts and the vigil command line: a token acts as you, with at most your role."
      action={<Button variant="default" onClick={() => setCreating((n) => n + 1)}>Create token</Button>}
    >
      <PageState
        query={tokens}
        isEmpty={(data) => activeTokens(data.tokens, userId).length === 0}
        empty={<Text size="sm" c="dimmed">No API tokens. Create one when a script needs to act as you.</Text>}
      >
        {(data) => (
          <Stack gap="xs">
            {activeTokens(data.tokens, userId).map((token) => (
              <Paper key={token.id} withBorder p="sm" radius="sm" component="article" aria-label={`Token ${token.name}`}>
                <Group justify="space-between" gap="xs" align="flex-start">
                  <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{token.name}</Text>
                    <Text size="sm" c="dimmed">
                      Acts as {token.role} · {token.expires_at === null ? 'never expires' : `expires ${formatInstant(token.expires_at)}`}
                    </Text>
                    <Text size="sm" c="dimmed" component="div">
                      {token.last_used_at === null ? 'Never used' : <>Last used <TimeText iso={token.last_used_at} /></>}
                    </Text>
                  </div>
                  <Button variant="default" size="sm" onClick={() => {
                    revoke.reset();
                    setRevoking(token);
                  }}>Revoke</Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </PageState>
      {creating > 0 && (
        <CreateTokenDialog
          key={creating}
          role={role}
          onClose={() => setCreating(0)}
          onCreated={(created) => {
            setCreating(0);
            setSecret(created);
            void client.invalidateQueries({ queryKey: profileKeys.tokens });
          }}
        />
      )}
      <SecretDialog shown={secret} onClose={() => setSecret(null)} />
      <ConfirmDialog
        opened={revoking !== null}
        title="Revoke this token?"
        confirmLabel="Revoke"
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => setRevoking(null)}
        pending={revoke.isPending}
        error={revoke.error}
      >
        <Text size="sm">Scripts that use “{revoking?.name}” are refused from now on. This cannot be undone.</Text>
      </ConfirmDialog>
    </Section>
  );
}

function CreateTokenDialog({ role, onClose, onCreated }: { role: string; onClose: () => void; onCreated: (created: { name: string; secret: string }) => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [tokenRole, setTokenRole] = useState(role);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/tokens', {
      body: { name: name.trim(), kind: 'personal', role: tokenRole as 'viewer' | 'responder' | 'admin', expires_at: new Date(Date.now() + Number(days) * 86_400_000).toISOString() },
    })),
    onSuccess: (created) => onCreated({ name: created.token.name, secret: created.secret }),
  });
  const refusal = splitError(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Dialog opened onClose={onClose} title="Create an API token">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Token name" description="What uses it, e.g. deploy script." value={name} onChange={(e) => setName(e.currentTarget.value)} error={refusal.fields.name} data-autofocus />
          <NativeSelect label="Expires after" value={days} onChange={(e) => setDays(e.currentTarget.value)} data={lifetimeChoices()} error={refusal.fields.expires_at} />
          <NativeSelect label="Role" description="A token can do at most what you can." value={tokenRole} onChange={(e) => setTokenRole(e.currentTarget.value)} data={roleChoices(role)} error={refusal.fields.role} />
          {refusal.general !== null && <Alert color="red" variant="light" role="alert" title="No token created">{refusal.general}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending} disabled={name.trim() === ''}>Create token</Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** The secret, once. Clicking outside does not close it: losing it by accident means making another token. */
function SecretDialog({ shown, onClose }: { shown: { name: string; secret: string } | null; onClose: () => void }) {
  return (
    <Dialog opened={shown !== null} onClose={onClose} title="Copy your new token now" closeOnClickOutside={false}>
      {shown && (
        <Stack>
          <Alert variant="light" color="gray" title="You will not see it again">
            Vigil keeps only a fingerprint of “{shown.name}”. Copy the secret into your script or password manager before you close this.
          </Alert>
          <CopyField label="Token secret" value={shown.secret} />
          <Text size="sm" c="dimmed">Send it as <code>Authorization: Bearer &lt;secret&gt;</code>, or set it as <code>VIGIL_TOKEN</code> for the vigil command.</Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have copied it</Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
