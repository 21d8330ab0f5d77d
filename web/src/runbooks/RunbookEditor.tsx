import { Alert, Button, Card, Group, MultiSelect, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { splitError } from '../ui/field-errors';
import { SafeMarkdown } from '../ui/SafeMarkdown';
import { useServiceList, type Runbook, type RunbookBody } from './queries';

/** The server's review age when a runbook sets none. */
const DEFAULT_REVIEW_AFTER = '90d';
/** 256 KiB, as the server counts it (UTF-8 bytes). */
const MAX_BYTES = 256 * 1024;

const STARTER = `# What this runbook is for

**Symptoms:** what the alert and the users see.

## Check

- [ ] First thing to look at

\`\`\`sh
kubectl get pods
\`\`\`

## Fix

- [ ] The usual fix
`;

/**
 * Writing a runbook: title, services, and the Markdown with a preview rendered exactly as the
 * incident page will show it. Matchers are kept as they are; they are set through the API or
 * vigil.yaml, where a regular expression can be reviewed like code.
 */
export function RunbookEditor({ runbook, saving, error, onSave, onCancel }: {
  runbook: Runbook | null;
  saving: boolean;
  error: unknown;
  onSave: (body: Omit<RunbookBody, 'id'>) => void;
  onCancel: () => void;
}) {
  const services = useServiceList();
  const [title, setTitle] = useState(runbook?.title ?? '');
  const [serviceIds, setServiceIds] = useState<string[]>(runbook?.services ?? []);
  const [body, setBody] = useState(runbook?.body ?? STARTER);
  const [tab, setTab] = useState<string | null>('write');
  const problems = splitError(error);
  const bytes = new TextEncoder().encode(body).length;
  const tooLong = bytes > MAX_BYTES;
  const noTarget = serviceIds.length === 0 && (runbook?.match.length ?? 0) === 0;

  return (
    <Card withBorder padding="md" component="form" aria-label={runbook ? `Edit ${runbook.title}` : 'New runbook'} onSubmit={(event) => {
      event.preventDefault();
      if (tooLong) return;
      // The default age stays the default (it may change); an age set for this runbook is kept.
      const keepAge = runbook && runbook.review_after !== DEFAULT_REVIEW_AFTER ? { review_after: runbook.review_after } : {};
      onSave({ title: title.trim(), body, services: serviceIds, match: runbook?.match ?? [], ...keepAge });
    }}>
      <Stack gap="sm">
        <TextInput label="Title" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problems.fields.title} maxLength={200} />
        <MultiSelect
          label="Services"
          description="Incidents of these services show the runbook. Leave empty only for a runbook matched by alert fields (admins)."
          data={(services.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={serviceIds}
          onChange={setServiceIds}
          searchable
          error={problems.fields.services}
        />
        {runbook && runbook.match.length > 0 && (
          <Text size="sm" c="dimmed">
            Also matched by alert fields: {runbook.match.map((m) => `${m.field} ${m.op} "${m.value}"`).join(', ')} (change these through the API).
          </Text>
        )}
        {noTarget && <Alert color="yellow" variant="light" title="Not shown on any incident yet">Choose at least one service, or the runbook matches nothing.</Alert>}
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="write" style={{ minHeight: 44 }}>Write</Tabs.Tab>
            <Tabs.Tab value="preview" style={{ minHeight: 44 }}>Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Textarea
              label="Markdown"
              description="Headings, lists, code blocks (each gets a Copy button) and task items (- [ ] step), which become checkboxes on incidents. HTML is shown as text."
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={12}
              maxRows={30}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
              error={tooLong ? `${Math.ceil(bytes / 1024)} KiB: a runbook may be at most 256 KiB` : problems.fields.body}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            <Card withBorder padding="sm"><SafeMarkdown markdown={body} headingOffset={2} /></Card>
          </Tabs.Panel>
        </Tabs>
        {problems.general !== null && <Alert color="red" variant="light" title="Not saved">{problems.general}</Alert>}
        <Group gap="sm">
          <Button type="submit" loading={saving} disabled={tooLong} style={{ minHeight: 44 }}>{runbook ? 'Save as a new version' : 'Create runbook'}</Button>
          <Button variant="default" onClick={onCancel} style={{ minHeight: 44 }}>Cancel</Button>
        </Group>
      </Stack>
    </Card>
  );
}
