import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Me } from '../api/types';
import { GuardedButton } from '../ui/GuardedButton';
import { useSubscribe, useSubscriptions, useUnsubscribe, type SubscriptionScope } from './response-queries';
import { SidePanel } from '../ui/SidePanel';
import { errorText } from './error-text';

/**
 * Who gets stakeholder updates on an incident, or on every incident of a service: subscribe
 * yourself, or (responders) an email address.
 */
export function Stakeholders({ scope, me, denied, names }: { scope: SubscriptionScope; me: Me | undefined; denied: string | null; names?: ReadonlyMap<string, string> }) {
  const subscriptions = useSubscriptions(scope);
  const subscribe = useSubscribe(scope);
  const unsubscribe = useUnsubscribe(scope);
  const [email, setEmail] = useState('');
  const myId = me?.user?.id ?? null;
  const list = subscriptions.data?.subscriptions ?? [];
  const mine = list.find((s) => s.kind === 'user' && s.user === myId);
  const addEmail = (event: FormEvent) => {
    event.preventDefault();
    if (denied !== null || email.trim() === '') return;
    subscribe.mutate({ email: email.trim() }, { onSuccess: () => setEmail('') });
  };
  const failure = subscribe.error ?? unsubscribe.error;
  return (
    <SidePanel title="Stakeholders">
      <Text size="sm" c="dimmed">
        {scope.kind === 'incident'
          ? <>Stakeholder updates go to {subscribers(list.length)} of this incident, and to its service's.</>
          : <>Stakeholder updates on every incident of this service go to {subscribers(list.length)}.</>}
      </Text>
      {list.length > 0 && (
        <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((s) => (
            <Text key={s.id} size="sm" component="li" style={{ overflowWrap: 'anywhere' }}>
              {s.kind === 'user' ? (s.user === myId ? 'You' : (names?.get(s.user ?? '') ?? s.user)) : s.address}
              {s.state === 'pending' && <Text span size="xs" c="dimmed"> (waiting for confirmation)</Text>}
            </Text>
          ))}
        </Stack>
      )}
      {myId !== null && (
        mine
          ? <Button variant="default" mih={44} loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate(mine.id)}>Stop my updates</Button>
          : <Button variant="default" mih={44} loading={subscribe.isPending} onClick={() => subscribe.mutate({ user: myId })}>Subscribe me</Button>
      )}
      <form onSubmit={addEmail} aria-label="Subscribe an email address">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput type="email" label="Email address" description="Confirmed by a link mailed to it" placeholder="cfo@example.com" value={email} onChange={(event) => setEmail(event.currentTarget.value)} style={{ flex: '1 1 12rem' }} readOnly={denied !== null} />
          <GuardedButton type="submit" variant="default" reason={denied ?? (email.trim() === '' ? 'Write an address first' : null)} mih={44} loading={subscribe.isPending}>Subscribe</GuardedButton>
        </Group>
      </form>
      {failure !== null && (
        <Alert color="red" variant="light" role="alert" p="xs" title="Subscription not changed">
          <Text size="sm">{errorText(failure)}</Text>
        </Alert>
      )}
    </SidePanel>
  );
}

const subscribers = (count: number) => (count === 0 ? 'nobody yet' : `${count} subscriber${count === 1 ? '' : 's'}`);
