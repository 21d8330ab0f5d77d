import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../ui/PageState';
import { usePatchService, type Service } from './queries';

const NO_POLICY = '';

/**
 * Changes a service's name, description and escalation policy (`PATCH /services/{id}`). Taking
 * the policy away means the service's incidents page nobody, so that asks to confirm first.
 */
export function ServiceEditor({ service, policies, onClose }: {
  service: Service;
  policies: readonly { id: string; name: string }[];
  onClose: () => void;
}) {
  const phone = useMediaQuery('(max-width: 48em)');
  const [name, setName] = useState(service.name);
  const [description, setDescription] = useState(service.description ?? '');
  const [policy, setPolicy] = useState(service.escalation_policy ?? NO_POLICY);
  const [confirming, setConfirming] = useState(false);
  const save = usePatchService(service.id);
  const nameProblem = name.trim() === '' ? 'A service needs a name.' : null;
  const losesPolicy = policy === NO_POLICY && service.escalation_policy !== null;

  const send = () =>
    save.mutate(
      { name: name.trim(), description: description.trim() === '' ? null : description, escalation_policy: policy === NO_POLICY ? null : policy },
      { onSuccess: onClose },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameProblem !== null) return;
    if (losesPolicy && !confirming) {
      setConfirming(true);
      return;
    }
    send();
  };

  return (
    <Modal opened onClose={onClose} title={`Edit ${service.name}`} size="lg" fullScreen={phone ?? false} closeButtonProps={{ 'aria-label': 'Close without saving' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameProblem} required maxLength={200} />
          <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          <Select
            label="Escalation policy"
            description="Who is paged for this service's incidents"
            data={[...policies.map((p) => ({ value: p.id, label: p.name })), { value: NO_POLICY, label: 'No escalation policy (pages nobody)' }]}
            value={policy}
            onChange={(value) => {
              setPolicy(value ?? NO_POLICY);
              setConfirming(false);
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {confirming && (
            <Alert color="red" variant="outline" title="Incidents on this service will page nobody" role="alert">
              <Text size="sm">Without an escalation policy, new incidents on {service.name} reach no one. Save anyway, or choose a policy.</Text>
            </Alert>
          )}
          <Text size="xs" c="dimmed">When vigil.yaml lists this service, its next apply sets these again.</Text>
          {save.isError && <ErrorNotice error={save.error} title="Not saved" />}
          <Group justify="flex-end" gap="sm">
            <Button type="button" variant="default" onClick={onClose} style={{ minHeight: 44 }}>Cancel</Button>
            <Button type="submit" loading={save.isPending} color={confirming ? 'red' : undefined} style={{ minHeight: 44 }}>
              {confirming ? 'Save anyway' : 'Save'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
