import { Alert, Box, Button, CloseButton, Group, Menu, SimpleGrid, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ReactNode, type Ref } from 'react';
import { ApiError } from '../api/errors';
import { useSeverities } from '../api/queries';
import type { Incident, Me } from '../api/types';
import { permission } from '../auth/permissions';
import { availability, COMMAND_VERBS, PENDING_WORDS, refusalHeadline, REFUSED_WORDS, type Availability, type IncidentCommand } from './incident-actions';
import { CommanderDialog, EscalateDialog, SeverityDialog, TransitionDialog } from './IncidentDialogs';
import { useIncidentCommand, type CommandInput, type EscalationPolicy, type User } from './incident-queries';
import { useIncidentShortcut } from './incident-shortcuts';

type Dialog = 'resolve' | 'escalate' | 'reopen' | 'severity' | 'commander';

/** What the bar says under its buttons: a refusal from the server, or why a button does nothing. */
type Notice =
  | { readonly kind: 'refused'; readonly command: IncidentCommand; readonly error: unknown }
  | { readonly kind: 'unavailable'; readonly reason: string };

/**
 * The incident's actions, always in the same place: under the header on a desk, a bar fixed above
 * the navigation on a phone. Acknowledge is one click and optimistic; the others confirm in a
 * dialog. An action the role or the status does not allow stays visible, `aria-disabled`, with
 * its reason.
 */
export function IncidentActionBar({ incident, me, names, users, policies, phone, barRef }: {
  incident: Incident;
  me: Me | undefined;
  names: ReadonlyMap<string, string>;
  users: readonly User[] | undefined;
  policies: readonly EscalationPolicy[] | undefined;
  phone: boolean;
  /** The fixed bar on a phone, measured by the page to keep its end reachable above it. */
  barRef?: Ref<HTMLDivElement>;
}) {
  const number = String(incident.number);
  const acknowledge = useIncidentCommand(number);
  const command = useIncidentCommand(number);
  const severities = useSeverities();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const can = (which: IncidentCommand): Availability => availability(which, incident.status, permission(me, 'work incidents', COMMAND_VERBS[which]));
  const acknowledging = acknowledge.isPending;

  const run = (input: CommandInput) => command.mutateAsync(input).then(() => setNotice(null));

  const attempt = (which: IncidentCommand) => {
    const allowed = can(which);
    if (!allowed.allowed) {
      setNotice({ kind: 'unavailable', reason: allowed.reason ?? 'Not possible now' });
      return;
    }
    setNotice(null);
    if (which === 'acknowledge') {
      acknowledge.mutate({ command: 'acknowledge' }, { onError: (error) => setNotice({ kind: 'refused', command: 'acknowledge', error }) });
      return;
    }
    if (which === 'note') return;
    setDialog(which);
  };

  useIncidentShortcut('a', () => attempt('acknowledge'));
  useIncidentShortcut('r', () => attempt('resolve'));
  useIncidentShortcut('e', () => attempt('escalate'));

  const pinned = (
    <>
      <ActionButton
        label="Acknowledge"
        pendingLabel={acknowledging ? PENDING_WORDS.acknowledge : null}
        shortcut="a"
        availability={can('acknowledge')}
        primary
        compact={phone}
        onClick={() => attempt('acknowledge')}
      />
      <ActionButton label="Resolve" shortcut="r" availability={can('resolve')} compact={phone} onClick={() => attempt('resolve')} />
      <ActionButton label="Escalate" shortcut="e" availability={can('escalate')} compact={phone} onClick={() => attempt('escalate')} />
    </>
  );
  const notices = <NoticeLine notice={notice} incident={incident} names={names} onDismiss={() => setNotice(null)} />;

  return (
    <>
      {phone ? (
        <>
          {/* Four buttons do not fit a phone's width with their words whole: the rarer actions stay in the page. */}
          <Group justify="flex-end">
            <MoreMenu can={can} onPick={attempt} wording="More actions" />
          </Group>
          <Box
            ref={barRef}
            component="section"
            aria-label="Incident actions"
            px="sm"
            py="xs"
            style={{
              position: 'fixed',
              left: 0,
              right: 0,
              bottom: 'var(--app-shell-footer-offset, 0rem)',
              zIndex: 150,
              background: 'var(--mantine-color-body)',
              borderTop: '1px solid var(--mantine-color-default-border)',
              boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.12)',
            }}
          >
            <Stack gap="xs">
              {notices}
              <SimpleGrid cols={3} spacing={6}>{pinned}</SimpleGrid>
            </Stack>
          </Box>
        </>
      ) : (
        <Stack gap="xs" component="section" aria-label="Incident actions">
          {notices}
          <Group gap="xs">
            {pinned}
            <MoreMenu can={can} onPick={attempt} />
          </Group>
        </Stack>
      )}

      <TransitionDialog key={`resolve-${dialog === 'resolve'}`} command="resolve" incident={incident} opened={dialog === 'resolve'} onClose={() => setDialog(null)} run={run} fullScreen={phone} />
      <TransitionDialog key={`reopen-${dialog === 'reopen'}`} command="reopen" incident={incident} opened={dialog === 'reopen'} onClose={() => setDialog(null)} run={run} fullScreen={phone} />
      <EscalateDialog key={`escalate-${dialog === 'escalate'}`} incident={incident} opened={dialog === 'escalate'} onClose={() => setDialog(null)} run={run} fullScreen={phone} policies={policies} names={names} />
      <SeverityDialog key={`severity-${dialog === 'severity'}`} incident={incident} opened={dialog === 'severity'} onClose={() => setDialog(null)} run={run} fullScreen={phone} severities={severities.data?.severities} />
      <CommanderDialog key={`commander-${dialog === 'commander'}`} incident={incident} opened={dialog === 'commander'} onClose={() => setDialog(null)} run={run} fullScreen={phone} users={users} />
    </>
  );
}

/**
 * One of the three pinned buttons ("Acknowledge", "Resolve", "Escalate"). When it cannot act it
 * stays focusable and announced, `aria-disabled`, described by its reason.
 */
function ActionButton({ label, pendingLabel = null, shortcut, availability: state, primary = false, compact = false, onClick }: {
  label: string;
  /** Narrow (a third of a phone's width): less padding, so the word stays whole. */
  compact?: boolean;
  pendingLabel?: string | null;
  shortcut: string;
  availability: Availability;
  primary?: boolean;
  onClick: () => void;
}) {
  const reasonId = useId();
  const button = (
    <Button
      variant={primary && state.allowed ? 'filled' : 'default'}
      mih={44}
      px={compact ? 4 : 'md'}
      fullWidth={compact}
      aria-disabled={!state.allowed || pendingLabel !== null ? true : undefined}
      aria-describedby={state.reason ? reasonId : undefined}
      aria-keyshortcuts={shortcut}
      data-disabled={!state.allowed || undefined}
      onClick={(event) => {
        event.preventDefault();
        if (pendingLabel === null) onClick();
      }}
      style={{ minWidth: 0 }}
    >
      {pendingLabel ?? label}
    </Button>
  );
  return (
    <>
      {/* Always wrapped, so the button is not remounted (and focus lost) when its state changes. */}
      <Tooltip label={state.reason ?? label} disabled={state.reason === null} events={{ hover: true, focus: true, touch: false }}>{button}</Tooltip>
      {state.reason && <VisuallyHidden id={reasonId}>{state.reason}</VisuallyHidden>}
    </>
  );
}

const MORE: readonly { readonly command: IncidentCommand; readonly label: string }[] = [
  { command: 'severity', label: 'Change severity…' },
  { command: 'commander', label: 'Set commander…' },
  { command: 'reopen', label: 'Reopen…' },
];

function MoreMenu({ can, onPick, wording = 'More' }: { can: (command: IncidentCommand) => Availability; onPick: (command: IncidentCommand) => void; wording?: string }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" mih={44} px="md" aria-label="More actions">{wording}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {MORE.map(({ command, label }) => {
          const state = can(command);
          return (
            <Menu.Item key={command} onClick={() => onPick(command)} aria-disabled={!state.allowed || undefined} mih={44}>
              <Text size="sm" c={state.allowed ? undefined : 'dimmed'}>{label}</Text>
              {state.reason && <Text size="xs" c="dimmed">{state.reason}</Text>}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}

function NoticeLine({ notice, incident, names, onDismiss }: { notice: Notice | null; incident: Incident; names: ReadonlyMap<string, string>; onDismiss: () => void }) {
  // The live region is always in the page, so a screen reader hears what is put in it.
  let content: ReactNode = null;
  if (notice?.kind === 'unavailable') {
    content = <Text size="sm" role="alert">{notice.reason}</Text>;
  } else if (notice?.kind === 'refused') {
    const api = notice.error instanceof ApiError ? notice.error : null;
    const headline = refusalHeadline(notice.command, incident, names) ?? REFUSED_WORDS[notice.command];
    content = (
      <Alert color="red" variant="light" p="xs" role="alert" title={headline} styles={{ title: { marginBottom: 2 } }}>
        <Text size="sm">{api?.message ?? String(notice.error)}</Text>
        {api && api.code !== 'NETWORK' && <Text size="xs" c="dimmed">{api.code}</Text>}
      </Alert>
    );
  }
  return (
    <div aria-live="assertive">
      {content && (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ flex: 1, minWidth: 0 }}>{content}</div>
          <CloseButton aria-label="Dismiss" onClick={onDismiss} size="lg" />
        </Group>
      )}
    </div>
  );
}
