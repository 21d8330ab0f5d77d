import { Badge, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { EmptyNotice, PageState } from '../ui/PageState';

/**
 * Teams and their members, read-only: the API has no way to change them, and vigil.yaml is where
 * they are kept (a change made elsewhere would be undone by the next apply).
 */
export function TeamsTab() {
  const teams = useQuery({ queryKey: ['admin', 'teams'], queryFn: () => unwrap(api.GET('/api/v1/teams')) });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Teams and their members are kept in vigil.yaml (<Code>teams:</Code>) and take effect with <Code>vigil apply</Code>; they are read-only here.
      </Text>
      <PageState query={teams} isEmpty={(data) => data.teams.length === 0} empty={<EmptyNotice title="No teams yet">Add them under teams: in vigil.yaml and apply it.</EmptyNotice>}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {data.teams.map((team) => (
              <Paper key={team.id} withBorder p="md" radius="md" component="section" aria-labelledby={`team-${team.id}`}>
                <Stack gap="xs">
                  <div>
                    <Title order={2} size="h4" id={`team-${team.id}`}>{team.name}</Title>
                    <Text size="xs" c="dimmed">id {team.id}</Text>
                    {team.description && <Text size="sm" mt={4}>{team.description}</Text>}
                  </div>
                  {team.members.length === 0
                    ? <Text size="sm" c="dimmed">No members.</Text>
                    : (
                      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Members of ${team.name}`}>
                        {team.members.map((member) => (
                          <Group key={member.user} component="li" gap="xs" justify="space-between" wrap="nowrap" mih={32}>
                            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{member.name} <Text span size="xs" c="dimmed">{member.user}</Text></Text>
                            {member.role === 'manager' && <Badge variant="outline" color="gray" radius="sm" styles={{ root: { textTransform: 'none', flexShrink: 0 } }}>Manager</Badge>}
                          </Group>
                        ))}
                      </Stack>
                    )}
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </PageState>
    </Stack>
  );
}
