import { Alert, Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { PanelBoundary } from '../app/ErrorBoundary';
import { permission } from '../auth/permissions';
import { AuditTab } from './AuditTab';
import { TeamsTab } from './TeamsTab';
import { UsersTab } from './UsersTab';
import touch from '../ui/touch.module.css';

const TABS = ['users', 'teams', 'audit'] as const;
type Tab = (typeof TABS)[number];

/**
 * `/admin`: users and their roles, teams and members, the audit log. The tab is in the address.
 * Others than admins can still read users and teams (the API shows them to everyone); every
 * change is visible but disabled with the reason, and the audit log says it is for admins.
 */
export function AdminPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'users';
  const admin = permission(me.data, 'administer', 'manage users');
  const select = (value: string | null) => {
    if (value === null || value === tab) return;
    // Each tab keeps only its own filters.
    setParams(value === 'users' ? {} : { tab: value });
  };

  return (
    <Stack gap="md" className={touch.touch}>
      <PageHeading title="Admin">Admin</PageHeading>
      {!admin.allowed && (
        <Alert variant="light" color="gray" title="Only admins change users and roles or read the audit log">
          You can look around: {admin.reason?.replace(/^Your role/, 'your role')}. Ask an admin for a change.
        </Alert>
      )}
      <Tabs value={tab} onChange={select} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users" style={{ minHeight: 44 }}>Users</Tabs.Tab>
          <Tabs.Tab value="teams" style={{ minHeight: 44 }}>Teams</Tabs.Tab>
          <Tabs.Tab value="audit" style={{ minHeight: 44 }}>Audit log</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <PanelBoundary name="user list"><UsersTab /></PanelBoundary>
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          <PanelBoundary name="team list"><TeamsTab /></PanelBoundary>
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <PanelBoundary name="audit log"><AuditTab /></PanelBoundary>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
