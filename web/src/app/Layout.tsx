import { Anchor, AppShell, Avatar, Badge, Burger, Group, Menu, NavLink, Text, UnstyledButton, useComputedColorScheme, useMantineColorScheme, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { NavLink as RouterNavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useEffect } from 'react';
import { useMe } from '../api/queries';
import { onUnauthenticated, setCsrfToken } from '../api/client';
import { useSignOut } from '../auth/session';
import { LiveStatus } from '../live/LiveStatus';
import { StaleDataBanner } from '../live/StaleDataBanner';
import { useLiveUpdates } from '../live/stream';
import { useTriggeredCount } from '../live/triggered-count';
import { useGlobalShortcuts } from './shortcuts';

const NAV = [
  { to: '/incidents', label: 'Incidents' },
  { to: '/alerts', label: 'Alerts' },
  { to: '/oncall', label: 'On call' },
  { to: '/schedules', label: 'Schedules' },
  { to: '/escalation-policies', label: 'Escalation policies' },
  { to: '/services', label: 'Services' },
  { to: '/runbooks', label: 'Runbooks' },
  { to: '/silences', label: 'Silences' },
  { to: '/maintenance', label: 'Maintenance' },
  { to: '/heartbeats', label: 'Heartbeats' },
  { to: '/postmortems', label: 'Postmortems' },
  { to: '/action-items', label: 'Action items' },
  { to: '/analytics', label: 'Analytics' },
] as const;

/**
 * The frame of every signed-in page: a left rail on desktop, a bottom bar on phones, the live
 * status and the person's menu in the header. Signed-out visitors go to `/login` and come back.
 */
export function Layout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 48em)');
  const triggered = useTriggeredCount();
  const signOut = useSignOut();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const signedIn = me.data !== undefined && me.data.user !== null;
  useLiveUpdates(signedIn);
  useGlobalShortcuts(navigate);

  useEffect(() => {
    if (me.data) setCsrfToken(me.data.csrf_token);
  }, [me.data]);
  useEffect(() => onUnauthenticated(() => {
    if (window.location.pathname !== '/login') navigate(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`, { replace: true });
  }), [navigate]);
  useEffect(close, [location.pathname, close]);

  if (me.isPending) return null;
  if (me.isError || me.data.user === null) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  const user = me.data.user;
  const initials = user.name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2).toUpperCase();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      footer={phone ? { height: 64 } : undefined}
      padding="md"
    >
      <Anchor href="#main" className="vigil-skip-link">Skip to content</Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
            <Text fw={700} size="lg" component={RouterNavLink} to="/incidents" style={{ color: 'inherit', textDecoration: 'none' }}>Vigil</Text>
            <LiveStatus />
          </Group>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton aria-label={`Account menu for ${user.name}`} style={{ borderRadius: 999 }}>
                <Group gap="xs" wrap="nowrap">
                  <Avatar radius="xl" size={36} color="blue">{initials}</Avatar>
                  <Text size="sm" visibleFrom="sm">{user.name}</Text>
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{user.email} · {me.data.role}</Menu.Label>
              <Menu.Item component={RouterNavLink} to="/profile">Profile</Menu.Item>
              {me.data.role === 'admin' && <Menu.Item component={RouterNavLink} to="/admin">Admin</Menu.Item>}
              <Menu.Item onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}>
                {scheme === 'dark' ? 'Light theme' : 'Dark theme'}
              </Menu.Item>
              <Menu.Item onClick={() => setColorScheme('auto')}>Theme follows the system</Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => void signOut()}>Sign out</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main">
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            active={location.pathname.startsWith(item.to)}
            rightSection={item.to === '/incidents' && triggered > 0
              ? <Badge size="sm" color="red" variant="filled" aria-label={`${triggered} triggered`}>{triggered}</Badge>
              : null}
            style={{ minHeight: 44, borderRadius: 6 }}
          />
        ))}
        <NavLink component={RouterNavLink} to="/profile" label="Profile" active={location.pathname.startsWith('/profile')} style={{ minHeight: 44, borderRadius: 6 }} />
        {me.data.role === 'admin' && (
          <NavLink component={RouterNavLink} to="/admin" label="Admin" active={location.pathname.startsWith('/admin')} style={{ minHeight: 44, borderRadius: 6 }} />
        )}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <div style={{ maxWidth: 1280, marginInline: 'auto', minWidth: 0 }}>
          {/* Above every page, not only the list: any page's data goes old when the stream is gone. */}
          <StaleDataBanner mb="md" />
          <Outlet />
        </div>
      </AppShell.Main>

      {phone && (
        <AppShell.Footer aria-label="Main" component="nav">
          <Group h="100%" grow gap={0} wrap="nowrap">
            {[{ to: '/incidents', label: 'Incidents' }, { to: '/oncall', label: 'On call' }, { to: '/schedules', label: 'Schedules' }].map((item) => (
              <UnstyledButton
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                aria-current={location.pathname.startsWith(item.to) ? 'page' : undefined}
                style={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', flexDirection: 'column', fontWeight: location.pathname.startsWith(item.to) ? 700 : 400, fontSize: 14 }}
              >
                {item.label}
                {item.to === '/incidents' && triggered > 0 && <Badge size="xs" color="red" variant="filled">{triggered}<VisuallyHidden> triggered</VisuallyHidden></Badge>}
              </UnstyledButton>
            ))}
            <UnstyledButton onClick={toggle} aria-expanded={opened} style={{ height: '100%', fontSize: 14 }}>More</UnstyledButton>
          </Group>
        </AppShell.Footer>
      )}
    </AppShell>
  );
}
