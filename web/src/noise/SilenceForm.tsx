import { ActionIcon, Alert, Button, Card, Group, Loader, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { splitError } from '../ui/field-errors';
import { useServiceList, useSilencePreview, type Matcher, type SilenceBody } from './queries';
import { localInputValue, matcherCanHold, readyMatchers } from './noise-wording';

export interface SilenceDraft {
  readonly matchers: Matcher[];
  readonly services: string[];
  readonly duration: string;
  readonly comment: string;
}

export const EMPTY_DRAFT: SilenceDraft = { matchers: [{ field: 'labels.alertname', op: '=', value: '' }], services: [], duration: '2h', comment: '' };

const OPS = [
  { value: '=', label: '= equals' },
  { value: '!=', label: '!= differs' },
  { value: '=~', label: '=~ matches regex' },
  { value: '!~', label: '!~ does not match' },
];

/**
 * A silence: matcher rows (field, operator, value; all must hold), when it starts and how long
 * it lasts, a comment, optionally services; with a live count of the recent alerts it would
 * have held, so a matcher that catches too much (or nothing) shows before it is saved.
 */
export function SilenceForm({ draft, saving, error, onSave, onCancel, title }: {
  draft: SilenceDraft;
  saving: boolean;
  error: unknown;
  onSave: (body: SilenceBody) => void;
  onCancel: () => void;
  title: string;
}) {
  const services = useServiceList();
  const [matchers, setMatchers] = useState<Matcher[]>(draft.matchers);
  const [serviceIds, setServiceIds] = useState<string[]>(draft.services);
  const [when, setWhen] = useState<'now' | 'at'>('now');
  const [startsAt, setStartsAt] = useState(() => localInputValue(Date.now() + 3_600_000));
  const [duration, setDuration] = useState(draft.duration);
  const [comment, setComment] = useState(draft.comment);
  const problems = splitError(error);
  const ready = readyMatchers(matchers);
  const [debounced] = useDebouncedValue(ready, 400);
  const preview = useSilencePreview(debounced, serviceIds.length === 0 ? null : serviceIds, debounced.length > 0);
  const holdsAnything = ready.length > 0 && ready.some(matcherCanHold);

  const update = (index: number, change: Partial<Matcher>) => setMatchers((list) => list.map((m, i) => (i === index ? { ...m, ...change } : m)));

  return (
    <Card withBorder padding="md" component="form" aria-label={title} onSubmit={(event) => {
      event.preventDefault();
      onSave({
        matchers: ready,
        duration: duration.trim(),
        comment: comment.trim(),
        ...(serviceIds.length === 0 ? {} : { services: serviceIds }),
        ...(when === 'at' ? { starts_at: new Date(startsAt).toISOString() } : {}),
      });
    }}>
      <Stack gap="sm">
        <Text fw={600}>{title}</Text>
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" size="sm" fw={500}>Matchers (an alert must meet all of them)</Text>
          {matchers.map((matcher, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="wrap">
              <TextInput label={`Field ${index + 1}`} value={matcher.field} onChange={(e) => update(index, { field: e.currentTarget.value })} placeholder="labels.alertname" style={{ flex: '2 1 160px' }} />
              <Select label={`Operator ${index + 1}`} data={OPS} value={matcher.op} onChange={(op) => op && update(index, { op: op as Matcher['op'] })} allowDeselect={false} style={{ flex: '1 1 150px' }} />
              <TextInput label={`Value ${index + 1}`} value={matcher.value} onChange={(e) => update(index, { value: e.currentTarget.value })} style={{ flex: '2 1 160px' }} />
              <ActionIcon variant="default" size={44} aria-label={`Remove matcher ${index + 1}`} onClick={() => setMatchers((list) => list.filter((_, i) => i !== index))} disabled={matchers.length === 1}>
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </Group>
          ))}
          {problems.fields.matchers && <Text size="sm" c="red.8" role="alert">{problems.fields.matchers}</Text>}
          <Group gap="sm">
            <Button variant="light" onClick={() => setMatchers((list) => [...list, { field: '', op: '=', value: '' }])} disabled={matchers.length >= 20} style={{ minHeight: 44 }}>Add matcher</Button>
            <Text size="xs" c="dimmed">Fields: summary, source, component, group, class, severity, labels.name, details.path, dedup_key.</Text>
          </Group>
        </Stack>
        <PreviewLine count={preview.data?.matching ?? null} scanned={preview.data?.scanned ?? null} loading={preview.isFetching} failed={preview.error} holds={holdsAnything} />
        <MultiSelect
          label="Services"
          description="Only alerts of these services; leave empty for every service."
          data={(services.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={serviceIds}
          onChange={setServiceIds}
          searchable
          error={problems.fields.services}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="silence-start-label">Starts</Text>
          <SegmentedControl aria-labelledby="silence-start-label" value={when} onChange={(v) => setWhen(v as 'now' | 'at')} data={[{ value: 'now', label: 'Now' }, { value: 'at', label: 'At a time' }]} style={{ alignSelf: 'flex-start' }} />
          {when === 'at' && <TextInput type="datetime-local" label="Start time (your clock)" value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={problems.fields.starts_at} style={{ maxWidth: 280 }} />}
        </Stack>
        <TextInput label="Duration" description="Such as 30m, 2h, 1d (at most 366 days)" required value={duration} onChange={(e) => setDuration(e.currentTarget.value)} error={problems.fields.duration ?? problems.fields.ends_at} style={{ maxWidth: 280 }} />
        <Textarea label="Comment" description="Why: shown on every alert it holds." required value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} maxLength={1000} error={problems.fields.comment} />
        {problems.general !== null && <Alert color="red" variant="light" title="Not saved">{problems.general}</Alert>}
        <Group gap="sm">
          <Button type="submit" loading={saving} disabled={ready.length === 0} style={{ minHeight: 44 }}>Create silence</Button>
          <Button variant="default" onClick={onCancel} style={{ minHeight: 44 }}>Cancel</Button>
        </Group>
      </Stack>
    </Card>
  );
}

function PreviewLine({ count, scanned, loading, failed, holds }: { count: number | null; scanned: number | null; loading: boolean; failed: unknown; holds: boolean }) {
  if (!holds) {
    return <Alert color="yellow" variant="light" title="Needs a matcher that requires a value">A silence must have a matcher an alert without that field fails, such as labels.alertname = HighLatency; otherwise it would hold every alert.</Alert>;
  }
  if (failed) return <Text size="sm" c="red.8" role="status">{failed instanceof Error ? failed.message : 'The preview failed'}</Text>;
  return (
    <Group gap="xs" role="status" aria-live="polite">
      {loading && <Loader size="xs" aria-hidden="true" />}
      {count === null ? <Text size="sm" c="dimmed">Counting recent alerts…</Text> : (
        <Text size="sm">
          Matches <strong>{count}</strong> {count === 1 ? 'alert' : 'alerts'} of the last 24 hours{scanned !== null && scanned >= 10_000 ? ' (of the latest 10,000)' : ''}.
        </Text>
      )}
      <VisuallyHidden>{loading ? 'updating' : ''}</VisuallyHidden>
    </Group>
  );
}
