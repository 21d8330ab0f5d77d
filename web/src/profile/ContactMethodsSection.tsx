import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { EmptyNotice, ErrorNotice, PageState } from '../ui/PageState';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { GuardedButton } from '../ui/GuardedButton';
import { methodLabel, methodState, STATE_LABELS, typeLabel, type MethodState } from './contact-methods';
import { AddContactMethodDialog } from './AddContactMethodDialog';
import { profileKeys } from './profile-queries';
import { Section } from './Section';
import type { ContactMethod } from './types';
import type { UseQueryResult } from '@tanstack/react-query';

const STATE_ICONS: Record<MethodState, string> = { verified: '✓', unverified: '○', disabled: '⊘', 'push-disabled': '⊘' };

/** The state of a method as a word and a shape: no colour, it is not a severity. */
export function MethodStateBadge({ method }: { method: ContactMethod }) {
  const state = methodState(method);
  return (
    <Badge variant={state === 'verified' ? 'light' : 'outline'} color="gray" radius="sm" size="lg" styles={{ root: { textTransform: 'none', fontWeight: 600, flexShrink: 0 }, label: { overflow: 'visible' } }}>
      <span aria-hidden="true">{STATE_ICONS[state]} </span>
      <span>{STATE_LABELS[state]}</span>
    </Badge>
  );
}

/** Where pages go: the list, and adding a method (with its code) in one dialog. */
export function ContactMethodsSection({ userId, methods, denied, usedByRules }: {
  userId: string;
  methods: UseQueryResult<{ contact_methods: ContactMethod[] }>;
  denied: string | null;
  usedByRules: (methodId: string) => boolean | null;
}) {
  const [adding, setAdding] = useState(0);
  return (
    <Section
      title="Contact methods"
      description={denied ?? 'Where Vigil pages you. Only verified methods are paged.'}
      action={<GuardedButton reason={denied} onClick={() => setAdding((n) => n + 1)}>Add contact method</GuardedButton>}
    >
      <PageState
        query={methods}
        isEmpty={(data) => data.contact_methods.length === 0}
        empty={<EmptyNotice title="No contact methods yet">Add one and enter the code it is sent: until then Vigil cannot page you.</EmptyNotice>}
      >
        {(data) => <ContactMethodsList userId={userId} methods={data.contact_methods} denied={denied} usedByRules={usedByRules} />}
      </PageState>
      {adding > 0 && (
        <AddContactMethodDialog key={adding} userId={userId} resume={null} opened onClose={() => setAdding(0)} usedByRules={usedByRules} />
      )}
    </Section>
  );
}

/**
 * The person's contact methods, each with whether a page reaches it, and the ways to verify,
 * turn off or delete one. Methods written in vigil.yaml are verified already and are removed there.
 */
function ContactMethodsList({ userId, methods, denied, usedByRules }: {
  userId: string;
  methods: readonly ContactMethod[];
  /** Why the person may not change contact methods (their role), or null. */
  denied: string | null;
  usedByRules: (methodId: string) => boolean | null;
}) {
  const client = useQueryClient();
  const [verifying, setVerifying] = useState<ContactMethod | null>(null);
  const [deleting, setDeleting] = useState<ContactMethod | null>(null);
  const refresh = () => Promise.all([
    client.invalidateQueries({ queryKey: profileKeys.contactMethods(userId) }),
    client.invalidateQueries({ queryKey: profileKeys.rules(userId) }),
  ]);
  const toggle = useMutation({
    mutationFn: (method: ContactMethod) => unwrap(api.PATCH('/api/v1/contact-methods/{id}', { params: { path: { id: method.id } }, body: { disabled: !method.disabled } })),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (method: ContactMethod) => unwrap(api.DELETE('/api/v1/contact-methods/{id}', { params: { path: { id: method.id } } })),
    onSuccess: async () => {
      setDeleting(null);
      await refresh();
    },
  });

  return (
    <Stack gap="sm">
      {toggle.isError && <ErrorNotice error={toggle.error} title="The contact method was not changed" />}
      {methods.map((method) => {
        const state = methodState(method);
        const fromFile = method.managed_by === 'config';
        const unused = state === 'verified' && usedByRules(method.id) === false;
        return (
          <Paper key={method.id} withBorder p="sm" radius="sm" component="article" aria-label={methodLabel(method)}>
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" align="flex-start">
                <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                  <Text fw={600}>{method.name ?? typeLabel(method.type)}</Text>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {method.name !== null && <>{typeLabel(method.type)} · </>}
                    {method.address}
                  </Text>
                </div>
                <MethodStateBadge method={method} />
              </Group>
              {(fromFile || unused) && (
                <Text size="xs" c="dimmed">
                  {fromFile && 'Set in vigil.yaml. '}
                  {unused && 'No notification rule uses it, so pages do not reach it.'}
                </Text>
              )}
              <Group gap="xs">
                {state === 'unverified' && (
                  <GuardedButton size="sm" variant="light" reason={denied} onClick={() => setVerifying(method)}>Enter code</GuardedButton>
                )}
                <GuardedButton size="sm" variant="default" reason={denied} loading={toggle.isPending && toggle.variables?.id === method.id} onClick={() => toggle.mutate(method)}>
                  {method.disabled ? 'Turn on' : 'Turn off'}
                </GuardedButton>
                <GuardedButton
                  size="sm"
                  variant="default"
                  reason={denied ?? (fromFile ? 'Set in vigil.yaml: remove it there and apply the file' : null)}
                  onClick={() => {
                    remove.reset();
                    setDeleting(method);
                  }}
                >
                  Delete
                </GuardedButton>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      {verifying !== null && (
        <AddContactMethodDialog key={verifying.id} userId={userId} resume={verifying} opened onClose={() => setVerifying(null)} usedByRules={usedByRules} />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this contact method?"
        confirmLabel="Delete"
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
        pending={remove.isPending}
        error={remove.error}
      >
        {deleting && (
          <Text size="sm">
            Pages stop going to {methodLabel(deleting)}, and the notification rules that use it are removed with it.
          </Text>
        )}
      </ConfirmDialog>
    </Stack>
  );
}
