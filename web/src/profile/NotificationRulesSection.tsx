import { ActionIcon, Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { GuardedButton } from '../ui/GuardedButton';
import { PageState } from '../ui/PageState';
import { methodLabel, methodState, STATE_LABELS } from './contact-methods';
import { delayWords, draftProblem, planSentence, fromDrafts, planFor, toDrafts, type RuleDraft, type Urgency, type UrgencyPlan } from './notification-rules';
import { profileKeys } from './profile-queries';
import { Section } from './Section';
import type { ContactMethod, NotificationRule } from './types';
import { Dialog } from '../ui/Dialog';

const URGENCY_NAMES: Record<Urgency, string> = { high: 'High urgency', low: 'Low urgency' };

/** One urgency's plan as a sentence: "At once: Webhook … · after 5 min: Email …", skipped methods said so. */
export function PlanLine({ plan }: { plan: UrgencyPlan }) {
  const reached = plan.steps.filter((step) => step.reached.length > 0);
  const skipped = plan.steps.flatMap((step) => step.skipped.map((s) => `${s.label} (${s.why})`));
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="sm" fw={600}>{URGENCY_NAMES[plan.urgency]}</Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {reached.length === 0
          ? `${planSentence(plan)}.`
          : reached.map((step, i) => (
            <span key={step.delayMs}>
              {i > 0 && ' · '}
              <Text span fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>{delayWords(step.delayMs)}:</Text> {step.reached.join(', ')}
            </span>
          ))}
      </Text>
      {plan.byDefault && reached.length > 0 && <Text size="xs" c="dimmed">No rules yet, so every verified method is paged at once.</Text>}
      {skipped.length > 0 && <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>Skipped: {skipped.join(', ')}.</Text>}
    </div>
  );
}

/** When each method is paged after a page starts, per urgency, and editing that. */
export function NotificationRulesSection({ userId, rules, methods, denied }: {
  userId: string;
  rules: UseQueryResult<{ rules: NotificationRule[] }>;
  methods: readonly ContactMethod[];
  denied: string | null;
}) {
  const [editing, setEditing] = useState(0);
  return (
    <Section
      title="Notification rules"
      description={denied ?? 'Who is reached when a page starts and nobody has acknowledged yet.'}
      action={<GuardedButton variant="default" reason={denied ?? (methods.length === 0 ? 'Add a contact method first' : null)} onClick={() => setEditing((n) => n + 1)}>Edit rules</GuardedButton>}
    >
      <PageState query={rules}>
        {(data) => (
          <Stack gap="sm">
            {(['high', 'low'] as const).map((urgency) => <PlanLine key={urgency} plan={planFor(urgency, data.rules, methods)} />)}
            {editing > 0 && (
              <RulesEditor key={editing} userId={userId} rules={data.rules} methods={methods} onClose={() => setEditing(0)} />
            )}
          </Stack>
        )}
      </PageState>
    </Section>
  );
}

function RulesEditor({ userId, rules, methods, onClose }: { userId: string; rules: readonly NotificationRule[]; methods: readonly ContactMethod[]; onClose: () => void }) {
  const client = useQueryClient();
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => toDrafts(rules));
  const [shownProblem, setShownProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/users/{id}/notification-rules', { params: { path: { id: userId } }, body: { rules: fromDrafts(drafts) } })),
    onSuccess: (saved) => {
      client.setQueryData(profileKeys.rules(userId), saved);
      onClose();
    },
  });
  const change = (index: number, patch: Partial<RuleDraft>) => setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const preview = fromDrafts(drafts).map((r, i) => ({ ...r, urgency: r.urgency ?? null, id: String(i) }));
  const submit = () => {
    const problem = draftProblem(drafts, methods);
    setShownProblem(problem);
    if (problem === null) save.mutate();
  };
  const options = methods.map((m) => ({ value: m.id, label: `${methodLabel(m)}${methodState(m) === 'verified' ? '' : ` — ${STATE_LABELS[methodState(m)]}`}` }));

  return (
    <Dialog opened onClose={onClose} title="Edit notification rules" size="xl">
      <Stack>
        <Text size="sm">Each rule pages one method some minutes after a page starts (0 is at once), for every urgency or only one. Acknowledging stops the rest.</Text>
        {drafts.length === 0 && <Text size="sm" c="dimmed">No rules: every verified method is paged at once.</Text>}
        {drafts.map((draft, index) => (
          <Paper key={index} withBorder p="sm" radius="sm" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
            <Text component="legend" size="sm" fw={600} px={4}>Rule {index + 1}</Text>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NativeSelect
                label="Contact method"
                style={{ flex: '2 1 220px', minWidth: 0 }}
                value={draft.contactMethod}
                onChange={(event) => change(index, { contactMethod: event.currentTarget.value })}
                data={[{ value: '', label: 'Choose…' }, ...options]}
              />
              <NumberInput
                label="Minutes after the page"
                style={{ flex: '1 1 120px' }}
                min={0}
                max={1440}
                step={1}
                allowNegative={false}
                value={draft.minutes}
                onChange={(value) => change(index, { minutes: typeof value === 'number' ? value : Number(value) || 0 })}
              />
              <NativeSelect
                label="Urgency"
                style={{ flex: '1 1 140px' }}
                value={draft.urgency}
                onChange={(event) => change(index, { urgency: event.currentTarget.value as RuleDraft['urgency'] })}
                data={[{ value: 'any', label: 'Any urgency' }, { value: 'high', label: 'High only' }, { value: 'low', label: 'Low only' }]}
              />
              <ActionIcon variant="default" size={44} aria-label={`Remove rule ${index + 1}`} onClick={() => setDrafts((all) => all.filter((_, i) => i !== index))}>
                <span aria-hidden="true">✕</span>
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button variant="default" onClick={() => setDrafts((all) => [...all, { contactMethod: methods[0]?.id ?? '', minutes: all.length === 0 ? 0 : 5, urgency: 'any' }])}>Add a rule</Button>
        </Group>
        <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-default-hover)">
          <Stack gap="xs">
            <Text size="sm" fw={600}>With these rules</Text>
            {(['high', 'low'] as const).map((urgency) => <PlanLine key={urgency} plan={planFor(urgency, preview, methods)} />)}
          </Stack>
        </Paper>
        {shownProblem !== null && <Alert color="red" variant="light" role="alert">{shownProblem}</Alert>}
        {save.isError && <Alert color="red" variant="light" role="alert" title="Not saved">{save.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={submit} loading={save.isPending}>Save rules</Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
