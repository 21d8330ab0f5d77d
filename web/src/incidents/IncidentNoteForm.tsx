import { Alert, Button, Group, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/errors';
import type { Incident, Me } from '../api/types';
import { permission } from '../auth/permissions';
import { clearDraft, draftKey, loadDraft, saveDraft } from './incident-draft';
import { useIncidentCommand } from './incident-queries';
import { useIncidentShortcut } from './incident-shortcuts';

const storage = typeof window === 'undefined' ? undefined : window.localStorage;

/**
 * "Add a note": what a person writes is kept as they type (per person and incident), so a
 * reload or signing in again does not lose it; posting clears it. `n` puts the cursor here.
 */
export function IncidentNoteForm({ incident, me }: { incident: Incident; me: Me | undefined }) {
  const key = draftKey(me?.user?.id ?? 'anonymous', incident.id);
  const [text, setText] = useState(() => loadDraft(storage, key));
  const [error, setError] = useState<unknown>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const post = useIncidentCommand(String(incident.number));
  const role = permission(me, 'work incidents', 'add notes');

  // Another person (or incident) in the same tab: their own draft.
  useEffect(() => {
    setText(loadDraft(storage, key));
  }, [key]);

  useIncidentShortcut('n', () => field.current?.focus());

  const change = (value: string) => {
    setText(value);
    saveDraft(storage, key, value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const note = text.trim();
    if (note === '' || post.isPending || !role.allowed) return;
    setError(null);
    post.mutate({ command: 'note', text: note }, {
      onSuccess: () => {
        clearDraft(storage, key);
        setText('');
      },
      onError: setError,
    });
  };

  const api = error instanceof ApiError ? error : null;
  return (
    <form onSubmit={submit}>
      <Textarea
        ref={field}
        label="Add a note"
        description={role.allowed ? 'Kept on this browser until you post it.' : role.reason}
        aria-keyshortcuts="n"
        placeholder="What you tried, what you see, what happens next"
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit(event);
        }}
        readOnly={!role.allowed}
        aria-disabled={!role.allowed || undefined}
        autosize
        minRows={2}
        maxRows={10}
        maxLength={10_000}
      />
      {error !== null && (
        <Alert color="red" variant="light" role="alert" mt="xs" p="xs" title="Note not posted">
          <Text size="sm">{api?.message ?? String(error)}</Text>
          {api && api.code !== 'NETWORK' && <Text size="xs" c="dimmed">{api.code}</Text>}
          <Text size="xs" mt={4}>Your words are still here and kept on this browser.</Text>
        </Alert>
      )}
      <Group justify="flex-end" mt="xs">
        <Button
          type="submit"
          variant="default"
          mih={44}
          loading={post.isPending}
          aria-disabled={!role.allowed || text.trim() === '' || undefined}
        >
          Post note
        </Button>
      </Group>
    </form>
  );
}
