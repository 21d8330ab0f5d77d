import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatInstant } from '../ui/time';
import { chainSummary, delayWords, levelReach, levelReachesSomeone, policyWarnings, type Directory, type TargetReach } from './policy-chain';
import type { Policy } from './queries';

/**
 * One policy as a responder reads it: the chain in a line, then each level with whom its targets
 * reach now, and warnings for anything that pages nobody. "Edit levels" is always there; when the
 * person may not edit, it is `aria-disabled` and the reason is written under it.
 */
export function PolicyCard({ policy, directory, teamName, serviceName, permission, onEdit, alone = false }: {
  policy: Policy;
  directory: Directory;
  teamName: (id: string) => string;
  serviceName: (id: string) => string;
  permission: { allowed: boolean; reason: string | null };
  onEdit: () => void;
  /** Shown alone on its own page, whose h1 is already the policy's name. */
  alone?: boolean;
}) {
  const reasonId = useId();
  const warnings = policyWarnings(policy, directory);
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={`${reasonId}-title`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Title order={2} size="h3" id={`${reasonId}-title`}>
              {alone ? 'Levels' : <Anchor component={Link} to={`/escalation-policies/${encodeURIComponent(policy.id)}`} inherit>{policy.name}</Anchor>}
            </Title>
            <Text size="sm" c="dimmed">
              {policy.team === null ? 'No team' : `Team ${teamName(policy.team)}`}
              {' · '}
              {policy.services.length === 0 ? 'No service uses this policy' : <>Used by {policy.services.map((id, i) => (
                <span key={id}>{i > 0 ? ', ' : ''}<Anchor component={Link} to={`/services/${encodeURIComponent(id)}`} inherit>{serviceName(id)}</Anchor></span>
              ))}</>}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end" style={{ flex: '0 1 auto', maxWidth: '100%' }}>
            <Button
              variant="default"
              onClick={() => permission.allowed && onEdit()}
              aria-disabled={!permission.allowed || undefined}
              data-disabled={!permission.allowed || undefined}
              aria-describedby={permission.reason === null ? undefined : `${reasonId}-reason`}
              style={{ minHeight: 44 }}
              aria-label={`Edit levels of ${policy.name}`}
            >
              Edit levels
            </Button>
            {permission.reason !== null && <Text id={`${reasonId}-reason`} size="xs" c="dimmed" ta="right">{permission.reason}</Text>}
          </Stack>
        </Group>

        <Text fw={600} data-testid="policy-chain">{chainSummary(policy)}</Text>

        {warnings.length > 0 && (
          <Alert color="red" variant="outline" title="Pages nobody" role="note">
            <Stack gap={2}>
              {warnings.map((w) => <Text size="sm" key={w}>{w}</Text>)}
            </Stack>
          </Alert>
        )}

        <Stack component="ol" gap="md" aria-label={`Levels of ${policy.name}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {policy.levels.map((level, index) => {
            const reach = levelReach(level, directory);
            const nobody = levelReachesSomeone(reach) === false;
            return (
              <li key={level.position}>
                <Stack gap={4} pl="sm" style={{ borderInlineStart: `3px solid ${nobody ? 'var(--vigil-breached)' : 'var(--mantine-color-default-border)'}` }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={700} size="sm">Level {index + 1}</Text>
                    {nobody && <Badge color="red" variant="outline" size="sm" radius="sm" styles={{ root: { textTransform: 'none' } }}>Pages nobody now</Badge>}
                  </Group>
                  <Stack gap={2}>
                    {reach.map((target) => <TargetLine key={`${target.kind}:${target.id}`} target={target} />)}
                  </Stack>
                  <Text size="sm" c="dimmed">{nextStep(policy, index)}</Text>
                </Stack>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Card>
  );
}

/** What happens when a level is not acknowledged in time: the next level, another round, or the end. */
function nextStep(policy: Policy, index: number): string {
  const wait = `No acknowledgement in ${delayWords(policy.levels[index]!.escalate_after)}`;
  if (index < policy.levels.length - 1) return `${wait}: page level ${index + 2}`;
  if (policy.repeat === 0) return `${wait}: paging stops`;
  return `${wait}: start again at level 1 (${policy.repeat === 1 ? '1 more round' : `${policy.repeat} more rounds`}), then stop`;
}

function TargetLine({ target }: { target: TargetReach }) {
  if (target.kind === 'user') {
    return <Text size="sm">{target.label}{target.missing ? ' (no such person)' : ''}</Text>;
  }
  const schedule = target.missing
    ? <>{target.label} (no such schedule)</>
    : <Anchor component={Link} to={`/schedules/${encodeURIComponent(target.id)}`} inherit>{target.label}</Anchor>;
  let now: ReactNode;
  if (target.missing) now = null;
  else if (target.now === undefined) now = <Text span c="dimmed" inherit> · who is on call now is not known</Text>;
  else if (target.now.user === null) now = <Text span fw={700} inherit style={{ color: 'var(--vigil-breached)' }}> · nobody on call now</Text>;
  else {
    now = (
      <>
        {' → '}
        <Text span fw={600} inherit>{target.now.user.name}</Text>
        {target.now.until !== null && <Text span c="dimmed" inherit>, on call until {formatInstant(target.now.until)}</Text>}
      </>
    );
  }
  return <Text size="sm">Schedule {schedule}{now}</Text>;
}
