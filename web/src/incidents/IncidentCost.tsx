import { Alert, Badge, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/errors';
import { ErrorNotice } from '../ui/PageState';
import { SidePanel } from '../ui/SidePanel';
import { formatMoney, useEditCost, useIncidentCost, type CostEdit, type IncidentCost as Cost } from './learning-queries';

const hhmm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
const SOURCE = { edited: 'set by hand', sender: 'when the monitoring saw it start', trigger: 'from the trigger', resolve: 'at resolve', now: 'still counting' } as const;

/** What the incident has cost so far, and how that was worked out: every factor is shown. */
export function IncidentCost({ number, canEdit }: { number: string; canEdit: boolean }) {
  const cost = useIncidentCost(number);
  const [editing, setEditing] = useState(false);
  return (
    <SidePanel title="Cost of downtime">
      {cost.isPending ? <Text size="sm" c="dimmed">Working it out…</Text> : cost.isError ? <ErrorNotice error={cost.error} onRetry={() => void cost.refetch()} /> : (
        <Stack gap={6}>
          {cost.data.amount === null || cost.data.currency === null ? (
            <Text size="sm">No estimate: the service has no impact model in vigil.yaml. Set a cost per minute for this incident to estimate it.</Text>
          ) : (
            <Group gap="xs" align="baseline" wrap="wrap">
              <Text fw={700} size="xl" data-testid="incident-cost-amount">{formatMoney(cost.data.amount, cost.data.currency)}</Text>
              {cost.data.provisional && <Badge variant="light" color="gray" styles={{ root: { textTransform: 'none' } }}>so far, still counting</Badge>}
            </Group>
          )}
          <Text size="sm">Impact {hhmm(cost.data.impact_start)} → {hhmm(cost.data.impact_end)} UTC · {cost.data.impact_minutes} min</Text>
          <Text size="xs" c="dimmed">Start {SOURCE[cost.data.start_source]}; end {SOURCE[cost.data.end_source]}</Text>
          {cost.data.formula && <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>{cost.data.formula}</Text>}
          {canEdit && <Button variant="default" mih={44} onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>Edit impact and cost</Button>}
          <CostDialog number={number} cost={cost.data} opened={editing} onClose={() => setEditing(false)} />
        </Stack>
      )}
    </SidePanel>
  );
}

/** `2026-03-02 14:30` (UTC) ⇄ ISO; empty clears the edit. */
function toIso(text: string): string | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const ms = Date.parse(/Z$|[+-]\d\d:?\d\d$/.test(trimmed) ? trimmed : `${trimmed.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? 'invalid' : new Date(ms).toISOString();
}

function CostDialog({ number, cost, opened, onClose }: { number: string; cost: Cost; opened: boolean; onClose: () => void }) {
  const edit = useEditCost(number);
  const [start, setStart] = useState(cost.start_source === 'edited' ? hhmm(cost.impact_start) : '');
  const [end, setEnd] = useState(cost.end_source === 'edited' ? hhmm(cost.impact_end) : '');
  const [rate, setRate] = useState<number | string>(cost.overrides.failure_rate ?? '');
  const [perMinute, setPerMinute] = useState<number | string>(cost.overrides.cost_per_minute ?? '');
  const [amount, setAmount] = useState<number | string>(cost.overrides.amount?.value ?? '');
  const [reason, setReason] = useState(cost.overrides.amount?.reason ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const ordersModel = cost.model !== null && cost.model.users !== undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const impactStart = toIso(start);
    const impactEnd = toIso(end);
    if (impactStart === 'invalid' || impactEnd === 'invalid') {
      setProblem('Write times as YYYY-MM-DD HH:MM in UTC, or leave them empty.');
      return;
    }
    const body: CostEdit = {
      impact_start: impactStart,
      impact_end: impactEnd,
      cost_per_minute: perMinute === '' ? null : Number(perMinute),
      amount: amount === '' ? null : { value: Number(amount), reason: reason.trim() },
      ...(ordersModel ? { failure_rate: rate === '' ? null : Number(rate) } : {}),
    };
    setProblem(null);
    try {
      await edit.mutateAsync(body);
      onClose();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(error));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>Impact and cost of #{number}</Text>} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">Empty fields use the service's model and the incident's own times. Every change is kept on the timeline.</Text>
          <Group grow wrap="wrap">
            <TextInput label="Impact started (UTC)" placeholder="2026-03-02 14:30" value={start} onChange={(e) => setStart(e.currentTarget.value)} />
            <TextInput label="Impact ended (UTC)" placeholder="2026-03-02 15:15" value={end} onChange={(e) => setEnd(e.currentTarget.value)} />
          </Group>
          {ordersModel && <NumberInput label="Failure rate" description="Share of orders failing, above 0 and at most 1" min={0} max={1} step={0.05} decimalScale={4} value={rate} onChange={setRate} />}
          <NumberInput label={`Cost per minute${cost.currency ? ` (${cost.currency})` : ''}`} description="Replaces the service's model for this incident" min={0} value={perMinute} onChange={setPerMinute} />
          <Group grow wrap="wrap" align="flex-start">
            <NumberInput label="Whole amount set by hand" min={0} value={amount} onChange={setAmount} />
            <TextInput label="Why" description="Needed with an amount" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          </Group>
          {problem && <Alert color="red" variant="light" role="alert" title="Vigil refused"><Text size="sm">{problem}</Text></Alert>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} mih={44}>Cancel</Button>
            <Button type="submit" loading={edit.isPending} mih={44}>Save</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
