import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/errors';
import type { Incident } from '../api/types';
import type { CommandInput, EscalationPolicy, User } from './incident-queries';
import { actorName } from './incident-timeline';

/** Sends a command; rejects with the server's refusal, which the dialog shows and stays open for. */
export type Run = (input: CommandInput) => Promise<unknown>;

interface DialogProps {
  readonly incident: Incident;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly run: Run;
  /** Full screen on a phone: a form there needs the whole screen. */
  readonly fullScreen: boolean;
}

/** A refusal inside a dialog: the server's message and code, where the person is looking. */
function Refusal({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const api = error instanceof ApiError ? error : null;
  return (
    <Alert color="red" variant="light" role="alert" title="Vigil refused">
      <Text size="sm">{api?.message ?? String(error)}</Text>
      {api && api.code !== 'NETWORK' && <Text size="xs" c="dimmed" mt={4}>{api.code}</Text>}
    </Alert>
  );
}

/** The shell every dialog shares: a form, the refusal if any, Cancel and the confirming button. */
function CommandDialog({ title, opened, onClose, fullScreen, confirm, onConfirm, children, ready = true }: {
  title: string;
  opened: boolean;
  onClose: () => void;
  fullScreen: boolean;
  confirm: string;
  onConfirm: () => Promise<unknown>;
  children: ReactNode;
  ready?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !ready) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>{title}</Text>} fullScreen={fullScreen} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          {children}
          <Refusal error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={busy} mih={44}>Cancel</Button>
            <Button type="submit" loading={busy} disabled={!ready} mih={44}>{confirm}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function NoteField({ value, onChange, label = 'Note (optional)', required = false, description }: { value: string; onChange: (value: string) => void; label?: string; required?: boolean; description?: string }) {
  return (
    <Textarea
      label={label}
      description={description}
      required={required}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autosize
      minRows={2}
      maxRows={8}
      maxLength={required ? 2_000 : 10_000}
      data-autofocus
    />
  );
}

/** Resolve and Reopen: a confirmation with an optional note for the timeline. */
export function TransitionDialog({ command, incident, opened, onClose, run, fullScreen }: DialogProps & { command: 'resolve' | 'reopen' }) {
  const [note, setNote] = useState('');
  const verb = command === 'resolve' ? 'Resolve' : 'Reopen';
  return (
    <CommandDialog
      title={`${verb} #${incident.number}?`}
      opened={opened}
      onClose={() => {
        setNote('');
        onClose();
      }}
      fullScreen={fullScreen}
      confirm={`${verb} #${incident.number}`}
      onConfirm={() => run({ command, ...(note.trim() ? { note: note.trim() } : {}) })}
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{incident.title}</Text>
      <Text size="sm" c="dimmed">
        {command === 'resolve'
          ? 'Escalation stops and its alerts are marked resolved. A new alert for the same problem opens a new incident.'
          : 'The incident goes back to Triggered and escalation starts again from its first level.'}
      </Text>
      <NoteField value={note} onChange={setNote} />
    </CommandDialog>
  );
}

/** Who a level reaches, in words: "Alice Liddell", "on call for platform-primary". */
function targetsOf(level: EscalationPolicy['levels'][number] | undefined, names: ReadonlyMap<string, string>): string {
  if (level === undefined) return 'nobody';
  return level.targets.map((target) => (target.startsWith('schedule:') ? `on call for ${target.slice('schedule:'.length)}` : actorName(target, names))).join(', ');
}

/** Escalate: the next level of the incident's policy now, or another team's policy, with a reason. */
export function EscalateDialog({ incident, opened, onClose, run, fullScreen, policies, names }: DialogProps & { policies: readonly EscalationPolicy[] | undefined; names: ReadonlyMap<string, string> }) {
  const current = policies?.find((policy) => policy.id === incident.escalation.policy);
  const others = (policies ?? []).filter((policy) => policy.id !== incident.escalation.policy);
  const [mode, setMode] = useState<'next' | 'policy'>(incident.escalation.policy === null ? 'policy' : 'next');
  const [policy, setPolicy] = useState('');
  const [reason, setReason] = useState('');
  const levels = current?.levels ?? [];
  const nextLevel = incident.escalation.level < levels.length ? incident.escalation.level + 1 : 1;
  const ready = reason.trim() !== '' && (mode === 'next' ? incident.escalation.policy !== null : policy !== '');
  const reset = () => {
    setReason('');
    setPolicy('');
    onClose();
  };
  return (
    <CommandDialog
      title={`Escalate #${incident.number}`}
      opened={opened}
      onClose={reset}
      fullScreen={fullScreen}
      confirm="Escalate now"
      ready={ready}
      onConfirm={() => run({ command: 'escalate', reason: reason.trim(), ...(mode === 'policy' ? { policy } : {}) })}
    >
      <Radio.Group label="Who to bring in" value={mode} onChange={(value) => setMode(value as 'next' | 'policy')}>
        <Stack gap="sm" mt="xs">
          <Radio
            value="next"
            disabled={incident.escalation.policy === null}
            label={incident.escalation.policy === null
              ? 'The next level (this incident has no escalation policy)'
              : `Level ${nextLevel} of ${current?.name ?? incident.escalation.policy} now${levels.length > 0 ? `: ${targetsOf(levels[nextLevel - 1], names)}` : ''}`}
          />
          <Radio value="policy" label="Another team's escalation policy, from its first level" />
        </Stack>
      </Radio.Group>
      {mode === 'policy' && (
        <NativeSelect
          label="Escalation policy"
          required
          value={policy}
          onChange={(event) => setPolicy(event.currentTarget.value)}
          data={[{ value: '', label: policies === undefined ? 'Loading policies…' : 'Choose a policy' }, ...others.map((p) => ({ value: p.id, label: `${p.name}${p.team ? ` (team ${p.team})` : ''}: ${targetsOf(p.levels[0], names)}` }))]}
        />
      )}
      {incident.status === 'acknowledged' && (
        <Text size="sm">It goes back to Triggered: whoever is brought in acknowledges it again.</Text>
      )}
      <NoteField label="Reason" required value={reason} onChange={setReason} description="Recorded in the timeline." />
    </CommandDialog>
  );
}

export function SeverityDialog({ incident, opened, onClose, run, fullScreen, severities }: DialogProps & { severities: readonly { id: string; name: string; description: string | null }[] | undefined }) {
  const [severity, setSeverity] = useState(incident.severity.id);
  const [reason, setReason] = useState('');
  return (
    <CommandDialog
      title={`Change the severity of #${incident.number}`}
      opened={opened}
      onClose={() => {
        setReason('');
        setSeverity(incident.severity.id);
        onClose();
      }}
      fullScreen={fullScreen}
      confirm="Change severity"
      ready={severity !== incident.severity.id}
      onConfirm={() => run({ command: 'severity', severity, ...(reason.trim() ? { reason: reason.trim() } : {}) })}
    >
      <NativeSelect
        label="Severity"
        value={severity}
        onChange={(event) => setSeverity(event.currentTarget.value)}
        data={(severities ?? [incident.severity]).map((s) => ({ value: s.id, label: `${s.id} ${s.name}${s.id === incident.severity.id ? ' (now)' : ''}` }))}
        description="The response target follows the severity, counted from when the incident was triggered."
      />
      <NoteField label="Reason (optional)" value={reason} onChange={setReason} />
    </CommandDialog>
  );
}

const NOBODY = '';

export function CommanderDialog({ incident, opened, onClose, run, fullScreen, users }: DialogProps & { users: readonly User[] | undefined }) {
  const [commander, setCommander] = useState(incident.commander?.id ?? NOBODY);
  return (
    <CommandDialog
      title={`Set the commander of #${incident.number}`}
      opened={opened}
      onClose={() => {
        setCommander(incident.commander?.id ?? NOBODY);
        onClose();
      }}
      fullScreen={fullScreen}
      confirm="Set commander"
      ready={commander !== (incident.commander?.id ?? NOBODY)}
      onConfirm={() => run({ command: 'commander', commander: commander === NOBODY ? null : commander })}
    >
      <NativeSelect
        label="Commander"
        value={commander}
        onChange={(event) => setCommander(event.currentTarget.value)}
        data={[{ value: NOBODY, label: 'Nobody' }, ...(users ?? []).filter((u) => u.role !== 'viewer' || u.id === incident.commander?.id).map((u) => ({ value: u.id, label: u.name }))]}
      />
    </CommandDialog>
  );
}
