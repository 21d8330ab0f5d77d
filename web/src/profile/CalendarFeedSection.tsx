import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CopyField } from '../ui/CopyField';
import { ErrorNotice, PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { profileKeys, useCalendarFeeds } from './profile-queries';
import { Section } from './Section';
import type { CalendarFeed } from './types';

/** The person's feeds: their own shifts, and schedule feeds they made. */
function mine(feeds: readonly CalendarFeed[], userId: string): CalendarFeed[] {
  return feeds.filter((f) => f.user === userId || f.created_by === `user:${userId}`);
}

/**
 * A secret calendar address with the person's shifts on every schedule, for their calendar app.
 * The address is shown once, when it is made; revoking one makes it answer "not found".
 */
export function CalendarFeedSection({ userId }: { userId: string }) {
  const feeds = useCalendarFeeds();
  const client = useQueryClient();
  const [revoking, setRevoking] = useState<CalendarFeed | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: profileKeys.feeds });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/users/{id}/calendar-feeds', { params: { path: { id: userId } } })),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/calendar-feeds/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      setRevoking(null);
      await refresh();
    },
  });
  return (
    <Section
      title="Calendar feed"
      description="Your shifts on every schedule, in your calendar app (subscribe by URL). Anyone with the address sees them."
      action={<Button variant="default" loading={create.isPending} onClick={() => create.mutate()}>New calendar address</Button>}
    >
      {create.isError && <ErrorNotice error={create.error} title="No calendar address made" />}
      {create.isSuccess && (
        <Alert variant="light" color="gray" title="Your calendar address: shown only now">
          <Stack gap="xs">
            <Text size="sm">Copy it into your calendar app. Vigil cannot show it again; make a new one if you lose it.</Text>
            <CopyField label="Calendar address" value={create.data.url} />
          </Stack>
        </Alert>
      )}
      <PageState
        query={feeds}
        isEmpty={(data) => mine(data.calendar_feeds, userId).length === 0}
        empty={<Text size="sm" c="dimmed">No calendar addresses yet.</Text>}
      >
        {(data) => (
          <Stack gap="xs">
            {mine(data.calendar_feeds, userId).map((feed) => (
              <Paper key={feed.id} withBorder p="sm" radius="sm" component="article" aria-label={feed.user === null ? `Feed of schedule ${feed.schedule}` : 'Feed of your shifts'}>
                <Group justify="space-between" gap="xs" align="flex-start">
                  <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                    <Text fw={600}>{feed.user === null ? `Schedule ${feed.schedule}` : 'Your shifts, every schedule'}</Text>
                    <Text size="sm" c="dimmed" component="div">Made <TimeText iso={feed.created_at} />{feed.serving ? '' : ' · no longer served'}</Text>
                  </div>
                  <Button variant="default" size="sm" onClick={() => {
                    revoke.reset();
                    setRevoking(feed);
                  }}>Revoke</Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </PageState>
      <ConfirmDialog
        opened={revoking !== null}
        title="Revoke this calendar address?"
        confirmLabel="Revoke"
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => setRevoking(null)}
        pending={revoke.isPending}
        error={revoke.error}
      >
        <Text size="sm">Calendars subscribed to it stop updating, and the shifts they show go stale.</Text>
      </ConfirmDialog>
    </Section>
  );
}
