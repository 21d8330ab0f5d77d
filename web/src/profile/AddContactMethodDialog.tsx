import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { splitError } from '../ui/field-errors';
import { formatInstant } from '../ui/time';
import { ADDABLE_TYPES, addressField, cleanCode, codeMessage, typeLabel, type AddableType } from './contact-methods';
import { DeliveryStatus } from './DeliveryStatus';
import { profileKeys } from './profile-queries';
import type { ContactMethod } from './types';
import { Dialog } from '../ui/Dialog';

type Step =
  | { readonly kind: 'address' }
  | { readonly kind: 'code'; readonly method: Pick<ContactMethod, 'id' | 'type' | 'address' | 'verification_expires_at'>; readonly delivery: string | null }
  | { readonly kind: 'verified'; readonly method: Pick<ContactMethod, 'id' | 'type' | 'address'> };

/**
 * Adding and verifying a contact method in one dialog: the type and address (the server's hint
 * under the field when it refuses one), then the code it was sent, and whether the code got
 * there. Closed half-way, the method stays "Not verified (not paged)"; "Enter code" comes back here.
 */
export function AddContactMethodDialog({ userId, resume, opened, onClose, usedByRules }: {
  userId: string;
  /** An existing unverified method: start at the code. */
  resume: ContactMethod | null;
  opened: boolean;
  onClose: () => void;
  /** Whether the person's rules use a method; null when they have no rules (every verified method pages). */
  usedByRules: (methodId: string) => boolean | null;
}) {
  const client = useQueryClient();
  const [step, setStep] = useState<Step>(resume ? { kind: 'code', method: resume, delivery: null } : { kind: 'address' });
  const [type, setType] = useState<AddableType>('email');
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: profileKeys.contactMethods(userId) });

  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/users/{id}/contact-methods', {
      params: { path: { id: userId } },
      body: { type, address: address.trim(), ...(name.trim() === '' ? {} : { name: name.trim() }) },
    })),
    onSuccess: (created) => {
      void refresh();
      setStep({ kind: 'code', method: created, delivery: created.verification_delivery });
    },
  });
  const resend = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/contact-methods/{id}/verification', { params: { path: { id } } })),
    onSuccess: (sent) => {
      verify.reset();
      setCode('');
      if (step.kind === 'code') setStep({ ...step, method: { ...step.method, verification_expires_at: sent.expires_at }, delivery: sent.delivery });
    },
  });
  const verify = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/contact-methods/{id}/verify', { params: { path: { id } }, body: { code: cleanCode(code) } })),
    onSuccess: (method) => {
      void refresh();
      setStep({ kind: 'verified', method });
    },
  });

  const submitAddress = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind === 'code') verify.mutate(step.method.id);
  };

  const field = addressField(type);
  const refusal = splitError(create.error);
  const title = step.kind === 'address' ? 'Add a contact method' : step.kind === 'code' ? 'Enter the code' : 'Contact method verified';

  return (
    <Dialog opened={opened} onClose={onClose} title={title} size="lg">
      {step.kind === 'address' && (
        <form onSubmit={submitAddress} noValidate>
          <Stack>
            <Text size="sm">Vigil sends a 6-digit code to the address. It pages the method only once you enter that code here.</Text>
            <NativeSelect
              label="Type"
              value={type}
              onChange={(event) => {
                setType(event.currentTarget.value as AddableType);
                create.reset();
              }}
              data={ADDABLE_TYPES.map((t) => ({ value: t, label: typeLabel(t) }))}
            />
            <TextInput
              label={field.label}
              placeholder={field.placeholder}
              description={field.description}
              inputMode={field.inputMode}
              type={field.inputMode === 'email' ? 'email' : field.inputMode === 'tel' ? 'tel' : field.inputMode === 'url' ? 'url' : 'text'}
              autoComplete={field.inputMode === 'email' ? 'email' : field.inputMode === 'tel' ? 'tel' : 'off'}
              value={address}
              onChange={(event) => setAddress(event.currentTarget.value)}
              error={refusal.fields.address}
              required
              withAsterisk={false}
              data-autofocus
            />
            <TextInput label="Name (optional)" description="How it reads in your rules, e.g. Work phone." value={name} onChange={(event) => setName(event.currentTarget.value)} error={refusal.fields.name} />
            {refusal.general !== null && <Alert color="red" variant="light" role="alert" title="Not added">{refusal.general}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>Cancel</Button>
              <Button type="submit" loading={create.isPending} disabled={address.trim() === ''}>Send code</Button>
            </Group>
          </Stack>
        </form>
      )}

      {step.kind === 'code' && (
        <form onSubmit={submitCode} noValidate>
          <Stack>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              Enter the 6-digit code sent to {typeLabel(step.method.type).toLowerCase()} <Text span fw={600} size="sm">{step.method.address}</Text>.
              {step.method.verification_expires_at !== null && ` It works until ${formatInstant(step.method.verification_expires_at)}.`}
            </Text>
            {step.delivery !== null
              ? <DeliveryStatus id={step.delivery} label="The code" />
              : step.method.verification_expires_at === null && <Text size="sm" c="dimmed">No code is waiting for this method. Send a new one.</Text>}
            <TextInput
              label="Verification code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={20}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={verify.error ? codeMessage(verify.error.message) : undefined}
              data-autofocus
              styles={{ input: { fontSize: 20, letterSpacing: 4, maxWidth: 220 } }}
            />
            {resend.isError && <Alert color="red" variant="light" role="alert" title="No new code sent">{codeMessage(resend.error.message)}</Alert>}
            {resend.isSuccess && <Text size="sm" role="status">A new code is on its way; the one before no longer works.</Text>}
            <Group justify="space-between" gap="sm">
              <Button variant="subtle" onClick={() => resend.mutate(step.method.id)} loading={resend.isPending}>Send a new code</Button>
              <Group gap="sm">
                <Button variant="default" onClick={onClose}>Verify later</Button>
                <Button type="submit" loading={verify.isPending} disabled={cleanCode(code) === ''}>Verify</Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}

      {step.kind === 'verified' && (
        <Stack>
          <Text size="sm" role="status" style={{ overflowWrap: 'anywhere' }}>
            ✓ {typeLabel(step.method.type)} {step.method.address} is verified.
          </Text>
          <Text size="sm">
            {usedByRules(step.method.id) === false
              ? 'Your notification rules do not use it yet: add it under Notification rules to be paged there.'
              : 'Pages reach it by your notification rules. Send a test page to be sure it arrives.'}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>Done</Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
