import { Alert, Badge, Group, NativeSelect, Paper, SegmentedControl, Skeleton, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Incident } from '../api/types';
import { GuardedButton } from '../ui/GuardedButton';
import { ErrorNotice } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { useNow } from '../ui/useNow';
import { usePostUpdate, useStatusUpdates, type StatusUpdate, type UpdateInput } from './response-queries';
import { STATUS_WORDS, updateDueWording } from './response-wording';
import { SidePanel } from '../ui/SidePanel';
import { errorText } from './error-text';

/**
 * Status updates: when the next one is due (counting down, then "Update overdue" in red), a form
 * to post one for the team or for stakeholders, and the ones posted, newest first.
 */
export function StatusUpdates({ incident, denied, names }: { incident: Incident; denied: string | null; names: ReadonlyMap<string, string> }) {
  const number = String(incident.number);
  const updates = useStatusUpdates(number);
  return (
    <SidePanel title="Status updates">
      <UpdateDue incident={incident} />
      <UpdateForm number={number} denied={denied} />
      {updates.isPending ? (
        <Skeleton height={56} />
      ) : updates.isError ? (
        <ErrorNotice error={updates.error} onRetry={() => void updates.refetch()} />
      ) : updates.data.status_updates.length === 0 ? (
        <Text size="sm" c="dimmed">No update posted yet.</Text>
      ) : (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Posted updates">
          {updates.data.status_updates.map((update) => <UpdateRow key={update.id} update={update} names={names} />)}
        </Stack>
      )}
    </SidePanel>
  );
}

function UpdateDue({ incident }: { incident: Incident }) {
  const now = useNow(1_000);
  const wording = updateDueWording(incident.next_update_due_at, incident.update_state, now);
  if (wording.tone === 'overdue') {
    return (
      <Alert color="red" variant="filled" p="xs" role="status" data-testid="update-due">
        <Text size="sm" fw={700}><span aria-hidden="true">⚠ </span>{wording.text}</Text>
      </Alert>
    );
  }
  return <Text size="sm" fw={wording.tone === 'normal' ? 600 : 400} c={wording.tone === 'quiet' ? 'dimmed' : undefined} role="status" data-testid="update-due">{wording.text}</Text>;
}

function UpdateForm({ number, denied }: { number: string; denied: string | null }) {
  const [status, setStatus] = useState<UpdateInput['status']>('investigating');
  const [audience, setAudience] = useState<UpdateInput['audience']>('internal');
  const [message, setMessage] = useState('');
  const [nextIn, setNextIn] = useState('');
  const post = usePostUpdate(number);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (denied !== null || message.trim() === '' || post.isPending) return;
    post.mutate({ status, audience, message: message.trim(), ...(nextIn.trim() === '' ? {} : { next_update_in: nextIn.trim() }) }, {
      onSuccess: () => {
        setMessage('');
        setNextIn('');
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label="Post a status update">
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label="Status"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as UpdateInput['status'])}
            data={Object.entries(STATUS_WORDS).map(([value, label]) => ({ value, label }))}
            style={{ flex: '1 1 9rem' }}
          />
          <Stack gap={4} style={{ flex: '1 1 14rem' }}>
            <Text size="sm" fw={500} id={`audience-${number}`}>Audience</Text>
            <SegmentedControl
              aria-labelledby={`audience-${number}`}
              value={audience}
              onChange={(value) => setAudience(value as UpdateInput['audience'])}
              data={[{ value: 'internal', label: 'Internal' }, { value: 'stakeholders', label: 'Stakeholders' }]}
            />
          </Stack>
        </Group>
        <Textarea
          label="Message"
          description={audience === 'stakeholders' ? 'Goes by email, Slack or Teams to everyone subscribed.' : 'For the team: the timeline and team channels.'}
          placeholder="What is affected, what we know, what happens next"
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={4_000}
          readOnly={denied !== null}
        />
        <Group gap="xs" align="flex-end" justify="space-between" wrap="wrap">
          <TextInput label="Next update in (optional)" placeholder="e.g. 30m" value={nextIn} onChange={(event) => setNextIn(event.currentTarget.value)} w={180} readOnly={denied !== null} />
          <GuardedButton type="submit" reason={denied ?? (message.trim() === '' ? 'Write the update first' : null)} mih={44} loading={post.isPending}>
            Post update
          </GuardedButton>
        </Group>
        {post.isError && (
          <Alert color="red" variant="light" role="alert" p="xs" title="Update not posted">
            <Text size="sm">{errorText(post.error)}</Text>
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function UpdateRow({ update, names }: { update: StatusUpdate; names: ReadonlyMap<string, string> }) {
  return (
    <Paper withBorder p="sm" component="li">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6}>
          <Badge variant="light" color="gray" size="md">{STATUS_WORDS[update.status]}</Badge>
          <Badge variant="outline" color={update.audience === 'stakeholders' ? 'blue' : 'gray'} size="md">{update.audience === 'stakeholders' ? 'Stakeholders' : 'Internal'}</Badge>
        </Group>
        <TimeText iso={update.posted_at} size="xs" />
      </Group>
      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{update.message}</Text>
      <Text size="xs" c="dimmed" mt={2}>{authorName(update.author, names)}</Text>
    </Paper>
  );
}


/** `user:bob` as "Bob Okafor"; a token stays as it is. */
function authorName(author: string, names: ReadonlyMap<string, string>): string {
  return author.startsWith('user:') ? (names.get(author.slice(5)) ?? author.slice(5)) : author;
}
