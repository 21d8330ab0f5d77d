import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { CopyField } from '../ui/CopyField';
import { useCreateCalendarFeed } from './schedule-queries';

/** webcal:// opens the calendar app directly; the https form is for apps that want a plain URL. */
export function webcalAddress(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/**
 * A calendar subscription to the schedule's shifts. The address carries a secret, shown only
 * once: anyone holding it reads the shifts, so it is made on request, never shown by default.
 */
export function CalendarLink({ scheduleId }: { scheduleId: string }) {
  const create = useCreateCalendarFeed(scheduleId);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="calendar-heading">
      <Title order={2} size="h4" id="calendar-heading">Calendar subscription</Title>
      <Text size="sm" c="dimmed" mt={4}>
        Follow this schedule's shifts in your calendar app, from a week ago to 60 days ahead. The address is a secret shown only once;
        anyone who has it can read the shifts. Revoke it from your profile.
      </Text>
      {create.data
        ? (
          <Stack gap="xs" mt="sm">
            <Text size="sm" fw={600}>Copy it now: it will not be shown again.</Text>
            <CopyField label="Calendar address (webcal)" value={webcalAddress(create.data.url)} />
            <CopyField label="Calendar address (https)" value={create.data.url} />
          </Stack>
        )
        : (
          <Button mt="sm" variant="default" mih={44} loading={create.isPending} onClick={() => create.mutate()}>
            Create calendar link
          </Button>
        )}
      {create.isError && (
        <Alert mt="sm" color="gray" variant="light" title="No calendar link was made" role="alert">
          <Text size="sm">{create.error.message}</Text>
        </Alert>
      )}
    </Paper>
  );
}
