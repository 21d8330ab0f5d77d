import { Alert, Button, Group, Skeleton, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Incident } from '../api/types';
import { Dialog } from '../ui/Dialog';
import { GuardedButton } from '../ui/GuardedButton';
import { useEscalateWithHandoff, useHandoff } from './response-queries';
import { errorText } from './error-text';

/**
 * The escalation hand-off: drafted from the incident when opened, edited here, sent with a
 * manual escalation. "Next steps needed" is left for the sender: the server refuses it empty.
 */
export function HandoffButton({ incident, denied }: { incident: Incident; denied: string | null }) {
  const [open, setOpen] = useState(false);
  const resolved = incident.status === 'resolved';
  return (
    <>
      <GuardedButton reason={denied ?? (resolved ? 'A resolved incident is not escalated; reopen it first' : null)} variant="default" mih={44} onClick={() => setOpen(true)}>
        Hand off…
      </GuardedButton>
      <Dialog opened={open} onClose={() => setOpen(false)} title={`Hand off #${incident.number}`} size="xl">
        {open && <HandoffForm incident={incident} onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

function HandoffForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const number = String(incident.number);
  const draft = useHandoff(number, true);
  const [text, setText] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const send = useEscalateWithHandoff(number);
  useEffect(() => {
    if (text === null && draft.data) setText(draft.data.markdown);
  }, [draft.data, text]);
  if (draft.isPending || text === null) return <Stack gap="sm" aria-busy="true"><Skeleton height={24} /><Skeleton height={240} /></Stack>;
  if (draft.isError) return <Alert color="red" role="alert" title="No draft">{errorText(draft.error)}</Alert>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') return;
        send.mutate({ reason: reason.trim(), handoff: text }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">Drafted from the incident just now. Fill in <strong>Next steps needed</strong> at the end: what the next responder is asked to do.</Text>
        <Textarea label="Hand-off (Markdown)" value={text} onChange={(event) => setText(event.currentTarget.value)} autosize minRows={12} maxRows={24} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }} />
        <TextInput label="Why escalate" placeholder="e.g. Need the database team" value={reason} onChange={(event) => setReason(event.currentTarget.value)} required maxLength={2_000} />
        {send.isError && (
          <Alert color="red" variant="light" role="alert" p="xs" title="Not sent">
            <Text size="sm">{errorText(send.error)}</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" mih={44} onClick={onDone}>Cancel</Button>
          <GuardedButton type="submit" reason={reason.trim() === '' ? 'Say why you escalate first' : null} mih={44} loading={send.isPending}>Send with escalation</GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}
