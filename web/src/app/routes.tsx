import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/** Each area is its own chunk, loaded when first visited: the first view stays small. */
const routes: RouteObject[] = [
  { path: '/login', Component: LoginPage },
  {
    Component: Layout,
    children: [
      { index: true, element: <Navigate to="/incidents" replace /> },
      { path: 'incidents', lazy: () => import('../incidents/IncidentsPage').then((m) => ({ Component: m.IncidentsPage })) },
      { path: 'incidents/:number', lazy: () => import('../incidents/IncidentPage').then((m) => ({ Component: m.IncidentPage })) },
      { path: 'oncall', lazy: () => import('../oncall/OnCallPage').then((m) => ({ Component: m.OnCallPage })) },
      { path: 'schedules', lazy: () => import('../schedules/SchedulesPage').then((m) => ({ Component: m.SchedulesPage })) },
      { path: 'schedules/:id', lazy: () => import('../schedules/SchedulePage').then((m) => ({ Component: m.SchedulePage })) },
      { path: 'escalation-policies', lazy: () => import('../policies/PoliciesPage').then((m) => ({ Component: m.PoliciesPage })) },
      { path: 'escalation-policies/:id', lazy: () => import('../policies/PoliciesPage').then((m) => ({ Component: m.PoliciesPage })) },
      { path: 'services', lazy: () => import('../services/ServicesPage').then((m) => ({ Component: m.ServicesPage })) },
      { path: 'services/:id', lazy: () => import('../services/ServicePage').then((m) => ({ Component: m.ServicePage })) },
      { path: 'alerts', lazy: () => import('../alerts/AlertsPage').then((m) => ({ Component: m.AlertsPage })) },
      { path: 'heartbeats', lazy: () => import('../heartbeats/HeartbeatsPage').then((m) => ({ Component: m.HeartbeatsPage })) },
      { path: 'runbooks', lazy: () => import('../runbooks/RunbooksPage').then((m) => ({ Component: m.RunbooksPage })) },
      { path: 'runbooks/:id', lazy: () => import('../runbooks/RunbookPage').then((m) => ({ Component: m.RunbookPage })) },
      { path: 'silences', lazy: () => import('../noise/SilencesPage').then((m) => ({ Component: m.SilencesPage })) },
      { path: 'maintenance', lazy: () => import('../noise/MaintenancePage').then((m) => ({ Component: m.MaintenancePage })) },
      { path: 'profile', lazy: () => import('../profile/ProfilePage').then((m) => ({ Component: m.ProfilePage })) },
      { path: 'postmortems', lazy: () => import('../postmortems/PostmortemsPage').then((m) => ({ Component: m.PostmortemsPage })) },
      { path: 'postmortems/:id', lazy: () => import('../postmortems/PostmortemPage').then((m) => ({ Component: m.PostmortemPage })) },
      { path: 'action-items', lazy: () => import('../postmortems/ActionItemsPage').then((m) => ({ Component: m.ActionItemsPage })) },
      { path: 'analytics', lazy: () => import('../analytics/AnalyticsPage').then((m) => ({ Component: m.AnalyticsPage })) },
      { path: 'admin', lazy: () => import('../admin/AdminPage').then((m) => ({ Component: m.AdminPage })) },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

export const router = createBrowserRouter(routes);
