import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/errors';
import { Dialog } from '../ui/Dialog';
import { CATEGORY_LABEL, ITEM_STATUS_LABEL, PRIORITY_LABEL, usePeople, useSaveActionItem, type ActionItem } from './postmortem-queries';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Adds an action item (to a postmortem, when given) or changes one; the server's refusal stays in the dialog. */
export function ActionItemDialog({ opened, onClose, item, postmortemId }: { opened: boolean; onClose: () => void; item?: ActionItem; postmortemId?: string }) {
  const people = usePeople();
  const save = useSaveActionItem();
  const [title, setTitle] = useState(item?.title ?? '');
  const [owner, setOwner] = useState(item?.owner.id ?? '');
  const [due, setDue] = useState(item?.due ?? new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  const [priority, setPriority] = useState<keyof typeof PRIORITY_LABEL>(item?.priority ?? 'medium');
  const [category, setCategory] = useState<keyof typeof CATEGORY_LABEL>(item?.category ?? 'prevent_recurrence');
  const [status, setStatus] = useState<keyof typeof ITEM_STATUS_LABEL>(item?.status ?? 'open');
  const [link, setLink] = useState(item?.external_url ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const fields = { title: title.trim(), owner, due, priority, category, external_url: link.trim() === '' ? null : link.trim() };
      if (item) await save.mutateAsync({ id: item.id, patch: { version: item.version, ...fields, status } });
      else await save.mutateAsync({ create: { ...fields, ...(postmortemId ? { postmortem: postmortemId } : {}) } });
      onClose();
    } catch (refusal) {
      setError(refusal instanceof ApiError ? refusal.message : String(refusal));
    }
  };

  return (
    <Dialog opened={opened} onClose={onClose} title={<Text fw={700}>{item ? 'Edit action item' : 'New action item'}</Text>} size="lg">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <TextInput label="What will be done" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={500} data-autofocus />
          <NativeSelect label="Owner" required value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data={[{ value: '', label: 'Choose someone', disabled: true }, ...people.users]} />
          <Group grow wrap="wrap" align="flex-start">
            <TextInput label="Due" description="Their calendar date, YYYY-MM-DD" type="date" required value={due} onChange={(e) => setDue(e.currentTarget.value)} />
            <NativeSelect label="Priority" value={priority} onChange={(e) => setPriority(e.currentTarget.value as typeof priority)} data={options(PRIORITY_LABEL)} />
          </Group>
          <Group grow wrap="wrap" align="flex-start">
            <NativeSelect label="Category" value={category} onChange={(e) => setCategory(e.currentTarget.value as typeof category)} data={options(CATEGORY_LABEL)} />
            {item && <NativeSelect label="Status" value={status} onChange={(e) => setStatus(e.currentTarget.value as typeof status)} data={options(ITEM_STATUS_LABEL)} />}
          </Group>
          <TextInput label="Tracker link (optional)" placeholder="https://…" value={link} onChange={(e) => setLink(e.currentTarget.value)} />
          <Text size="xs" c="dimmed">The owner is reminded by email and chat 2 days before, on the day, and weekly for 4 weeks after, at 09:00 their time.</Text>
          {error && <Alert color="red" variant="light" role="alert" title="Vigil refused"><Text size="sm">{error}</Text></Alert>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} mih={44}>Cancel</Button>
            <Button type="submit" loading={save.isPending} disabled={title.trim() === '' || owner === ''} mih={44}>{item ? 'Save' : 'Add action item'}</Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
