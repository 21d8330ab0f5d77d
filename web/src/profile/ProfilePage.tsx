import { Alert, Stack, Text } from '@mantine/core';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { permission } from '../auth/permissions';
import { CalendarFeedSection } from './CalendarFeedSection';
import { ContactMethodsSection } from './ContactMethodsSection';
import { DetailsSection } from './DetailsSection';
import { planFor } from './notification-rules';
import { NotificationRulesSection } from './NotificationRulesSection';
import { PasswordSection } from './PasswordSection';
import { useContactMethods, useNotificationRules } from './profile-queries';
import { PushSection } from './PushSection';
import { TestPageSection } from './TestPageSection';
import { TokensSection } from './TokensSection';
import touch from '../ui/touch.module.css';

/**
 * `/profile`: first whether a page can reach the person (contact methods, rules, a test page),
 * then their details, calendar feed, API tokens and password.
 */
export function ProfilePage() {
  const me = useMe();
  const user = me.data?.user ?? null;
  return (
    <Stack gap="md" maw={880} className={touch.touch}>
      <PageHeading title="Profile">Profile</PageHeading>
      {user === null
        ? <Text>This session has no user: API tokens of services have no profile.</Text>
        : <Profile user={user} role={me.data?.role ?? 'viewer'} denied={permission(me.data, 'work incidents', 'change contact methods or rules').reason} />}
    </Stack>
  );
}

function Profile({ user, role, denied }: { user: NonNullable<NonNullable<ReturnType<typeof useMe>['data']>['user']>; role: string; denied: string | null }) {
  const methods = useContactMethods(user.id);
  const rules = useNotificationRules(user.id);
  const methodList = methods.data?.contact_methods ?? [];
  const ruleList = rules.data?.rules ?? null;
  const usedByRules = (id: string) => (ruleList === null || ruleList.length === 0 ? null : ruleList.some((r) => r.contact_method === id));
  const unreachable = methods.isSuccess && rules.isSuccess && !planFor('high', rules.data.rules, methods.data.contact_methods).reachesSomeone;

  return (
    <>
      <Text c="dimmed" mt={-8} style={{ overflowWrap: 'anywhere' }}>{user.name} · {user.email} · {role}</Text>
      {unreachable && (
        <Alert color="red" variant="light" role="alert" title="High-urgency pages reach none of your verified methods">
          {methodList.length === 0
            ? 'You have no contact method. Add one and verify it below, or you will not be paged.'
            : 'Verify a method, turn one on, or add a rule for high urgency below, or you will not be paged when it matters most.'}
        </Alert>
      )}
      <ContactMethodsSection userId={user.id} methods={methods} denied={denied} usedByRules={usedByRules} />
      <NotificationRulesSection userId={user.id} rules={rules} methods={methodList} denied={denied} />
      <TestPageSection userId={user.id} methods={methodList} denied={denied} />
      <PushSection />
      <DetailsSection user={user} />
      <CalendarFeedSection userId={user.id} />
      <TokensSection userId={user.id} role={role} />
      <PasswordSection user={user} />
    </>
  );
}
