import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../ui/PageState';
import {
  afterLastLevel,
  chainSummary,
  draftAsPolicy,
  draftProblems,
  emptyLevel,
  MAX_LEVELS,
  MAX_REPEAT,
  policyWarnings,
  splitTarget,
  toDraft,
  toReplaceBody,
  type Directory,
  type LevelDraft,
  type PolicyDraft,
} from './policy-chain';
import { useReplacePolicy, type Policy } from './queries';

/**
 * Edits a policy's levels, targets, delays and repeat, and saves them with one
 * `PUT /escalation-policies/{id}` (name, description and team stay as they are). The chain and
 * any "pages nobody" warning follow the draft as it is typed, before anything is saved. On a
 * phone the dialog fills the screen.
 */
export function PolicyEditor({ policy, directory, people, schedules, onClose }: {
  policy: Policy;
  directory: Directory;
  people: readonly { id: string; name: string }[];
  schedules: readonly { id: string; name: string }[];
  onClose: () => void;
}) {
  const phone = useMediaQuery('(max-width: 48em)');
  const [draft, setDraft] = useState<PolicyDraft>(() => toDraft(policy));
  const [submitted, setSubmitted] = useState(false);
  const save = useReplacePolicy(policy.id);
  const problems = draftProblems(draft);
  const asPolicy = draftAsPolicy(draft);
  const warnings = draft.levels.length === 0 ? [] : policyWarnings(asPolicy, directory);

  const options = useMemo(() => {
    const known = new Set([...people.map((p) => `user:${p.id}`), ...schedules.map((s) => `schedule:${s.id}`)]);
    // Targets that name something gone still show, so saving does not drop them unseen.
    const unknown = [...new Set(policy.levels.flatMap((l) => l.targets))].filter((t) => !known.has(t));
    return [
      { group: 'Schedules (whoever is on call)', items: schedules.map((s) => ({ value: `schedule:${s.id}`, label: `${s.name} (schedule)` })) },
      { group: 'People', items: people.map((p) => ({ value: `user:${p.id}`, label: p.name })) },
      ...(unknown.length > 0 ? [{ group: 'No longer exist', items: unknown.map((t) => ({ value: t, label: `${splitTarget(t)?.id ?? t} (missing)` })) }] : []),
    ];
  }, [people, schedules, policy.levels]);

  const setLevel = (key: string, change: Partial<LevelDraft>) =>
    setDraft((d) => ({ ...d, levels: d.levels.map((l) => (l.key === key ? { ...l, ...change } : l)) }));
  const move = (index: number, by: -1 | 1) =>
    setDraft((d) => {
      const levels = [...d.levels];
      const [level] = levels.splice(index, 1);
      levels.splice(index + by, 0, level!);
      return { ...d, levels };
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate(toReplaceBody(policy, draft), { onSuccess: onClose });
  };
  const shown = (field: string) => (submitted ? problems[field] : undefined);
  const n = draft.levels.length;

  return (
    <Modal opened onClose={onClose} title={`Edit ${policy.name}`} size="lg" fullScreen={phone ?? false} closeButtonProps={{ 'aria-label': 'Close without saving' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div aria-live="polite">
            <Text size="sm" fw={600}>{chainSummary(asPolicy)}</Text>
            {afterLastLevel(asPolicy) !== null && <Text size="sm" c="dimmed">{afterLastLevel(asPolicy)}</Text>}
          </div>

          {draft.levels.map((level, index) => {
            const last = index === n - 1;
            return (
              <Paper key={level.key} withBorder p="sm" radius="md" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
                <Text component="legend" fw={700} px={4}>Level {index + 1}</Text>
                <Stack gap="sm">
                  <MultiSelect
                    label={`Level ${index + 1} pages`}
                    placeholder={level.targets.length === 0 ? 'Choose schedules or people' : undefined}
                    data={options}
                    value={[...level.targets]}
                    onChange={(targets) => setLevel(level.key, { targets })}
                    searchable
                    nothingFoundMessage="No schedule or person by that name"
                    error={shown(`levels.${level.key}.targets`)}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <NumberInput
                    label={last ? (draft.repeat > 0 ? 'Minutes before starting again at level 1' : 'Minutes before paging stops') : `Minutes before level ${index + 2}`}
                    description="Without an acknowledgement in this time, escalation moves on"
                    value={level.minutes}
                    onChange={(value) => setLevel(level.key, { minutes: value === '' ? '' : Number(value) })}
                    min={0}
                    max={10_080}
                    decimalScale={2}
                    allowNegative={false}
                    error={shown(`levels.${level.key}.minutes`)}
                    style={{ maxWidth: '22rem' }}
                  />
                  <Group gap="xs">
                    <Button type="button" variant="default" size="sm" style={{ minHeight: 44 }} disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move level ${index + 1} up`}><span aria-hidden="true">↑&nbsp;</span>Up</Button>
                    <Button type="button" variant="default" size="sm" style={{ minHeight: 44 }} disabled={last} onClick={() => move(index, 1)} aria-label={`Move level ${index + 1} down`}><span aria-hidden="true">↓&nbsp;</span>Down</Button>
                    <Button type="button" variant="default" size="sm" style={{ minHeight: 44 }} onClick={() => setDraft((d) => ({ ...d, levels: d.levels.filter((l) => l.key !== level.key) }))} aria-label={`Remove level ${index + 1}`}>Remove</Button>
                  </Group>
                </Stack>
              </Paper>
            );
          })}
          {shown('levels') && <Text c="var(--vigil-breached)" size="sm" role="alert">{shown('levels')}</Text>}

          <Group>
            <Button type="button" variant="default" style={{ minHeight: 44 }} disabled={n >= MAX_LEVELS} onClick={() => setDraft((d) => ({ ...d, levels: [...d.levels, emptyLevel()] }))}>
              Add a level
            </Button>
          </Group>

          <NumberInput
            label="Repeat the chain"
            description={`More rounds after the first, from level 1 (0 to ${MAX_REPEAT})`}
            value={draft.repeat}
            onChange={(value) => setDraft((d) => ({ ...d, repeat: value === '' ? 0 : Number(value) }))}
            min={0}
            max={MAX_REPEAT}
            allowDecimal={false}
            allowNegative={false}
            error={shown('repeat')}
            style={{ maxWidth: '22rem' }}
          />

          {warnings.length > 0 && (
            <Alert color="red" variant="outline" title="This would page nobody" role="note">
              <Stack gap={2}>{warnings.map((w) => <Text size="sm" key={w}>{w}</Text>)}</Stack>
            </Alert>
          )}
          {save.isError && <ErrorNotice error={save.error} title="Not saved" />}

          <Group justify="flex-end" gap="sm">
            <Button type="button" variant="default" onClick={onClose} style={{ minHeight: 44 }}>Cancel</Button>
            <Button type="submit" loading={save.isPending} style={{ minHeight: 44 }}>Save</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
