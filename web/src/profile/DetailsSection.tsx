import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { queryKeys } from '../api/queries';
import { splitError } from '../ui/field-errors';
import { viewerTimeZone } from '../ui/time';
import { Section } from './Section';
import type { User } from './types';

function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

/** Name, email and time zone (the zone Vigil writes times in for messages and schedules). */
export function DetailsSection({ user }: { user: User }) {
  const client = useQueryClient();
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [zone, setZone] = useState(user.time_zone);
  const zones = useMemo(() => timeZones(user.time_zone), [user.time_zone]);
  const browserZone = viewerTimeZone();
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/users/{id}', {
      params: { path: { id: user.id } },
      body: {
        ...(name.trim() !== user.name ? { name: name.trim() } : {}),
        ...(email.trim() !== user.email ? { email: email.trim() } : {}),
        ...(zone !== user.time_zone ? { time_zone: zone } : {}),
      },
    })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.me }),
  });
  const changed = name.trim() !== user.name || email.trim() !== user.email || zone !== user.time_zone;
  const refusal = splitError(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Section title="Your details">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Name" autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={refusal.fields.name} />
            <TextInput label="Email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={refusal.fields.email} />
          </SimpleGrid>
          <Select
            label="Time zone"
            description={zone === browserZone ? 'Used for schedules and the times in messages.' : `Used for schedules and the times in messages. This browser is in ${browserZone}.`}
            searchable
            data={zones}
            value={zone}
            onChange={(value) => value !== null && setZone(value)}
            allowDeselect={false}
            maxDropdownHeight={280}
            error={refusal.fields.time_zone}
            maw={420}
          />
          {refusal.general !== null && <Alert color="red" variant="light" role="alert" title="Not saved">{refusal.general}</Alert>}
          <Group gap="sm">
            <Button type="submit" disabled={!changed} loading={save.isPending}>Save details</Button>
            {save.isSuccess && !changed && <Text size="sm" role="status">Saved.</Text>}
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
