import { Anchor, Box, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { PanelBoundary } from '../app/ErrorBoundary';
import { EmptyNotice, PageState } from '../ui/PageState';
import { viewerTimeZone } from '../ui/time';
import { useNow } from '../ui/useNow';
import { formatClock, formatWhen, formatWhenRange } from '../ui/zoned-time';
import { useOutlook, type ContactMethod, type Outlook, type PolicyOutlook, type TargetOutlook } from './oncall-queries';
import { emptyLevels, formatDelay, policiesMineFirst, yourHeadline, yourTurn } from './oncall-wording';

type Person = { id: string; name: string };

/**
 * /oncall: where the signed-in person stands, then who each escalation policy reaches now, until
 * when and next, then every schedule. Contact methods show for the people the server lets the
 * viewer see (admins: everyone; others: themselves).
 */
export function OnCallPage() {
  const outlook = useOutlook();
  const me = useMe();
  const now = useNow(30_000);
  const zone = viewerTimeZone();
  const when = (iso: string) => formatWhen(iso, now, zone);

  return (
    <Stack gap="lg">
      <PageHeading title="On call">On call</PageHeading>
      <PageState query={outlook} skeleton={<OutlookSkeleton />}>
        {(data) => {
          const userId = me.data?.user?.id ?? null;
          const contacts = new Map(data.contacts.map((c) => [c.user.id, c.contact_methods]));
          const myTeams = me.data?.user?.teams.map((t) => t.team) ?? [];
          return (
            <Stack gap="xl">
              {userId !== null && <YourStatus outlook={data} userId={userId} when={when} whenRange={(from, to) => formatWhenRange(from, to, now, zone)} />}
              <Warnings outlook={data} />
              <Text size="sm" c="dimmed">
                Times in {zone} · as of {formatClock(data.at, zone)}, updated every minute.
                {me.data?.role !== 'admin' && ' Contact methods are shown to admins, and to each person for themselves.'}
              </Text>
              <PanelBoundary name="escalation policies">
                <Stack gap="md" component="section" aria-labelledby="oncall-policies">
                  <Title order={2} size="h3" id="oncall-policies">Escalation policies</Title>
                  {data.escalation_policies.length === 0
                    ? <EmptyNotice title="No escalation policies yet">A policy says who is paged for a service's incidents; add one in vigil.yaml.</EmptyNotice>
                    : policiesMineFirst(data.escalation_policies, myTeams).map((p) => <PolicyCard key={p.policy.id} policy={p} when={when} contacts={contacts} />)}
                </Stack>
              </PanelBoundary>
              <PanelBoundary name="schedules">
                <Stack gap="md" component="section" aria-labelledby="oncall-schedules">
                  <Title order={2} size="h3" id="oncall-schedules">Schedules</Title>
                  {data.schedules.length === 0
                    ? <EmptyNotice title="No schedules yet">Schedules rotate people through on-call shifts; add one in vigil.yaml.</EmptyNotice>
                    : <ScheduleRows schedules={data.schedules} when={when} />}
                </Stack>
              </PanelBoundary>
            </Stack>
          );
        }}
      </PageState>
    </Stack>
  );
}

function YourStatus({ outlook, userId, when, whenRange }: { outlook: Outlook; userId: string; when: (iso: string) => string; whenRange: (from: string, to: string) => string }) {
  const turn = yourTurn(outlook, userId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="oncall-you">
      <Title order={2} size="h3" id="oncall-you">{yourHeadline(turn, when)}</Title>
      <Stack gap={4} mt="xs">
        {turn.now.map((n) => (
          <Text key={n.scheduleId} size="sm">
            On call for <Anchor component={Link} to={`/schedules/${encodeURIComponent(n.scheduleId)}`}>{n.schedule}</Anchor>
            {n.until !== null && turn.now.length > 1 ? ` until ${when(n.until)}` : ''}
          </Text>
        ))}
        {turn.next.map((n) => (
          <Text key={n.scheduleId} size="sm">
            Your next shift on <Anchor component={Link} to={`/schedules/${encodeURIComponent(n.scheduleId)}`}>{n.schedule}</Anchor>: {whenRange(n.from, n.to)}
          </Text>
        ))}
        {turn.named.map((n) => (
          <Text key={`${n.policyId}-${n.level}`} size="sm">
            Paged by name at level {n.level} of <Anchor component={Link} to={`/escalation-policies/${encodeURIComponent(n.policyId)}`}>{n.policy}</Anchor>, whoever is on call
          </Text>
        ))}
        {turn.now.length === 0 && turn.next.length === 0 && turn.named.length === 0 && (
          <Text size="sm" c="dimmed">No schedule has you on call in the coming year, and no policy pages you by name.</Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Levels that reach nobody: a page sent there goes nowhere, so it is said first, in words. */
function Warnings({ outlook }: { outlook: Outlook }) {
  const empty = emptyLevels(outlook);
  if (empty.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label="Needs attention">
      {empty.map((w) => (
        <Paper key={`${w.policyId}-${w.level}`} withBorder p="sm" radius="md" style={{ borderLeft: '4px solid var(--vigil-breached)' }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Text aria-hidden="true" fw={700} style={{ color: 'var(--vigil-breached)' }}>⚠</Text>
            <Box>
              <Text fw={600}>{w.sentence}</Text>
              <Text size="sm" c="dimmed">
                A page to <Anchor component={Link} to={`/escalation-policies/${encodeURIComponent(w.policyId)}`}>{w.policy}</Anchor> waits at this level before it reaches anyone. Add an override on the schedule, or fix the policy.
              </Text>
            </Box>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function PolicyCard({ policy, when, contacts }: { policy: PolicyOutlook; when: (iso: string) => string; contacts: Map<string, ContactMethod[]> }) {
  const headingId = `policy-${policy.policy.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" gap="xs" mb="sm">
        <Title order={3} size="h4" id={headingId}>
          <Anchor component={Link} to={`/escalation-policies/${encodeURIComponent(policy.policy.id)}`} inherit>{policy.policy.name}</Anchor>
        </Title>
        {policy.policy.team !== null && <Text size="sm" c="dimmed">Team {policy.policy.team}</Text>}
      </Group>
      <Stack gap="md">
        {policy.levels.map((level, i) => (
          <Box key={level.position} role="group" aria-labelledby={`${headingId}-level-${level.position}`} style={{ borderLeft: '3px solid var(--mantine-color-default-border)', paddingLeft: 12 }}>
            <Text fw={600} size="sm" id={`${headingId}-level-${level.position}`}>
              Level {level.position}
              <Text span c="dimmed" size="sm" fw={400}>
                {i < policy.levels.length - 1 ? ` · then level ${level.position + 1} after ${formatDelay(level.escalate_after)}` : ` · last level, waits ${formatDelay(level.escalate_after)}`}
              </Text>
            </Text>
            <Stack gap="sm" mt={6}>
              {level.targets.map((target) => <TargetRow key={target.target} target={target} when={when} contacts={contacts} />)}
            </Stack>
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}

function TargetRow({ target, when, contacts }: { target: TargetOutlook; when: (iso: string) => string; contacts: Map<string, ContactMethod[]> }) {
  const methods = target.now === null ? undefined : contacts.get(target.now.id);
  if (target.kind === 'user') {
    // A person named in the policy is paged whenever the level is: there is no "until" or "next".
    return (
      <Box>
        <Text size="sm"><Text span fw={600} size="sm">{target.name}</Text><Text span size="sm" c="dimmed"> · paged by name, always</Text></Text>
        {target.now === null && <Text size="sm" fw={600}>This person no longer exists: nobody is paged by this target.</Text>}
        {methods !== undefined && <ContactList person={target.now!} methods={methods} />}
      </Box>
    );
  }
  return (
    <Box>
      <Text size="sm">
        <Anchor component={Link} to={`/schedules/${encodeURIComponent(target.id)}`} size="sm">{target.name}</Anchor>
        <Text span size="sm" c="dimmed"> · schedule</Text>
      </Text>
      <Term label="On call now">
        {target.now === null
          ? <Text span size="sm" fw={600}>Nobody</Text>
          : <Text span size="sm"><Text span fw={600} size="sm">{target.now.name}</Text>{target.until !== null ? ` until ${when(target.until)}` : ''}</Text>}
        {methods !== undefined && <ContactList person={target.now!} methods={methods} />}
      </Term>
      <Term label="Next"><Text span size="sm">{nextWords(target, when)}</Text></Term>
    </Box>
  );
}

/** A labelled value, as a description list: screen readers announce "On call now: Bob Okafor". */
function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="dl" m={0} style={{ display: 'flex', flexWrap: 'wrap', columnGap: 8, alignItems: 'baseline' }}>
      <Text component="dt" size="xs" c="dimmed" style={{ minWidth: 88 }}>{label}</Text>
      <Box component="dd" m={0} style={{ minWidth: 0, flex: '1 1 200px' }}>{children}</Box>
    </Box>
  );
}

function nextWords(target: { kind: string; next: Person | null; next_from: string | null }, when: (iso: string) => string): string {
  if (target.kind === 'user') return 'Not a rotation';
  if (target.next === null || target.next_from === null) return 'Nobody else in the coming year';
  return `${target.next.name} from ${when(target.next_from)}`;
}

const METHOD_WORDS: Record<string, string> = { email: 'Email', sms: 'SMS', voice: 'Voice', slack: 'Slack', teams: 'Teams', webhook: 'Webhook', ntfy: 'ntfy', push: 'Browser push' };

function ContactList({ person, methods }: { person: Person; methods: ContactMethod[] }) {
  if (methods.length === 0) return <Text size="xs" c="dimmed">{person.name} has no contact methods.</Text>;
  return (
    <Box component="ul" aria-label={`Contact methods of ${person.name}`} style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
      {methods.map((m) => (
        <Text component="li" key={m.id} size="xs" style={{ overflowWrap: 'anywhere' }}>
          {METHOD_WORDS[m.type] ?? m.type}: {m.type === 'email' ? <Anchor href={`mailto:${m.address}`} size="xs">{m.address}</Anchor> : m.type === 'sms' || m.type === 'voice' ? <Anchor href={`tel:${m.address}`} size="xs">{m.address}</Anchor> : m.address}
          {m.disabled ? ' (disabled)' : !m.verified ? ' (not verified, not paged)' : ''}
        </Text>
      ))}
    </Box>
  );
}

function ScheduleRows({ schedules, when }: { schedules: Outlook['schedules']; when: (iso: string) => string }) {
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {schedules.map((s) => (
        <Paper component="li" key={s.schedule.id} withBorder radius="md" p="sm">
          <Text size="sm">
            <Anchor component={Link} to={`/schedules/${encodeURIComponent(s.schedule.id)}`} size="sm" fw={600}>{s.schedule.name}</Anchor>
            <Text span size="xs" c="dimmed"> · {s.schedule.team === null ? 'no team' : `team ${s.schedule.team}`} · {s.schedule.time_zone}</Text>
          </Text>
          <Term label="On call now">
            {s.now === null
              ? <Text span fw={600} size="sm">Nobody</Text>
              : <Text span size="sm"><Text span fw={600} size="sm">{s.now.name}</Text>{s.until !== null ? ` until ${when(s.until)}` : ''}</Text>}
          </Term>
          <Term label="Next"><Text span size="sm">{nextWords({ kind: 'schedule', next: s.next, next_from: s.next_from }, when)}</Text></Term>
        </Paper>
      ))}
    </Stack>
  );
}

function OutlookSkeleton() {
  return (
    <Stack gap="md">
      <Skeleton height={72} radius="md" />
      <Skeleton height={24} width="30%" />
      <Skeleton height={160} radius="md" />
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}
