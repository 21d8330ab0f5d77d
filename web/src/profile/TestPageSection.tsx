import { Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ErrorNotice } from '../ui/PageState';
import { GuardedButton } from '../ui/GuardedButton';
import { methodLabel, typeLabel } from './contact-methods';
import { DeliveryStatus } from './DeliveryStatus';
import { Section } from './Section';
import type { ContactMethod } from './types';

/**
 * `vigil page --test` from the console: a test message to every verified, enabled method, and
 * what becomes of each as it happens, so a person knows tonight's page will reach them.
 */
export function TestPageSection({ userId, methods, denied }: { userId: string; methods: readonly ContactMethod[]; denied: string | null }) {
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/users/{id}/test-page', { params: { path: { id: userId } }, body: {} })),
  });
  const labelOf = (id: string, channel: string) => {
    const method = methods.find((m) => m.id === id);
    return method ? methodLabel(method) : `${typeLabel(channel)} (${id})`;
  };
  return (
    <Section
      title="Test page"
      description={denied ?? 'Sends a test message to every verified method that is turned on. Nothing to acknowledge.'}
      action={<GuardedButton reason={denied} variant="default" loading={send.isPending} onClick={() => send.mutate()}>Send a test page</GuardedButton>}
    >
      {send.isError && <ErrorNotice error={send.error} title="No test page sent" />}
      {send.isSuccess && (
        <Stack gap="xs" aria-label="Test page progress">
          <Text size="sm">Sent at {new Date(send.submittedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })}:</Text>
          {send.data.deliveries.map((d) => <DeliveryStatus key={d.id} id={d.id} label={labelOf(d.contact_method, d.channel)} />)}
        </Stack>
      )}
      {send.isIdle && <Text size="sm" c="dimmed">Its progress shows here: waiting, sent, delivered or failed with the reason.</Text>}
    </Section>
  );
}
