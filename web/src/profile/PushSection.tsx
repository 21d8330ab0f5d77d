import { Alert, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { GuardedButton } from '../ui/GuardedButton';
import { AddContactMethodDialog } from './AddContactMethodDialog';
import { profileKeys } from './profile-queries';
import { base64UrlToBytes, describeBrowser, pushSupport } from './push-subscribe';
import { Section } from './Section';
import type { ContactMethod } from './types';

function currentSupport() {
  const standalone = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
  return pushSupport({
    secure: window.isSecureContext,
    serviceWorker: 'serviceWorker' in navigator,
    pushManager: 'PushManager' in window,
    notification: 'Notification' in window,
    userAgent: navigator.userAgent,
    standalone,
  });
}

/** Subscribes this browser with the server's VAPID key and adds it as a push contact method. */
async function subscribeThisBrowser(userId: string): Promise<ContactMethod> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    throw new ApiError(0, 'PUSH_PERMISSION', permission === 'denied'
      ? 'Notifications are blocked for Vigil in this browser. Allow them in the site settings, then try again.'
      : 'Notifications were not allowed. Try again and choose Allow.');
  }
  const { public_key: publicKey } = await unwrap(api.GET('/api/v1/push/vapid-public-key'));
  const registration = await navigator.serviceWorker.ready;
  const subscription = (await registration.pushManager.getSubscription())
    ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(publicKey) }));
  const json = subscription.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
  return unwrap(api.POST('/api/v1/users/{id}/contact-methods', {
    params: { path: { id: userId } },
    body: { type: 'push', subscription: { endpoint: json.endpoint, keys: json.keys }, label: describeBrowser(navigator.userAgent) },
  })) as Promise<ContactMethod>;
}

/**
 * Browser push: "Add this browser" subscribes it and sends a code through push to verify it, like
 * any other method. Push is best-effort (a phone may sleep; iOS needs a Home Screen install and
 * shows no action buttons), so the note stays.
 */
export function PushSection({ userId, denied }: { userId: string; denied: string | null }) {
  const client = useQueryClient();
  const support = currentSupport();
  const [added, setAdded] = useState<ContactMethod | null>(null);
  const add = useMutation({
    mutationFn: () => subscribeThisBrowser(userId),
    onSuccess: (method) => {
      void client.invalidateQueries({ queryKey: profileKeys.contactMethods(userId) });
      setAdded(method);
    },
  });
  return (
    <Section title="Browser push">
      <Stack gap="sm">
        <Text size="sm">Pages can arrive as notifications in this browser, with Acknowledge and Resolve on them. Push is best-effort; keep SMS or voice for high urgency.</Text>
        {support.ok
          ? (
            <div>
              <GuardedButton reason={denied} variant="default" loading={add.isPending} onClick={() => add.mutate()}>Add this browser</GuardedButton>
            </div>
          )
          : <Text size="sm" c="dimmed">{support.why}</Text>}
        {add.isError && (
          <Alert color="red" variant="light" role="alert">{add.error instanceof Error ? add.error.message : String(add.error)}</Alert>
        )}
      </Stack>
      {added !== null && (
        <AddContactMethodDialog key={added.id} userId={userId} resume={added} opened onClose={() => setAdded(null)} usedByRules={() => null} />
      )}
    </Section>
  );
}
