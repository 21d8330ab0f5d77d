import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { teamPermission } from './team-permission';

function me(role: string, teams: { team: string; role: string }[] = []): Me {
  return {
    role,
    via: 'session',
    token: null,
    csrf_token: 'csrf',
    user: { id: 'u', name: 'U', email: 'u@example.com', time_zone: 'UTC', role, password_set: true, sso_linked: false, teams },
  };
}

const names = (id: string) => ({ platform: 'Platform', payments: 'Payments' })[id] ?? id;

describe('teamPermission', () => {
  it('lets an admin change anything, even what belongs to no team', () => {
    expect(teamPermission(me('admin'), [null], 'manager', 'edit this policy')).toEqual({ allowed: true, reason: null });
  });

  it('names the viewer role as the reason before looking at teams', () => {
    expect(teamPermission(me('viewer', [{ team: 'platform', role: 'manager' }]), ['platform'], 'manager', 'edit escalation policies'))
      .toEqual({ allowed: false, reason: "Your role (viewer) can't edit escalation policies" });
  });

  it('lets a manager of the owning team, and refuses a plain member with the reason', () => {
    const manager = me('responder', [{ team: 'platform', role: 'manager' }]);
    const member = me('responder', [{ team: 'platform', role: 'member' }]);
    expect(teamPermission(manager, ['platform'], 'manager', 'edit this policy', names).allowed).toBe(true);
    expect(teamPermission(member, ['platform'], 'manager', 'edit this policy', names).reason)
      .toBe('Only admins and managers of Platform can edit this policy; you are a member');
    expect(teamPermission(member, ['platform'], 'member', 'see routing keys', names).allowed).toBe(true);
  });

  it('refuses a responder of another team, and anyone but admins for what belongs to no team', () => {
    const outsider = me('responder', [{ team: 'payments', role: 'manager' }]);
    expect(teamPermission(outsider, ['platform'], 'member', 'see routing keys', names).reason).toBe('Only admins and members of Platform can see routing keys');
    expect(teamPermission(outsider, [null], 'manager', 'edit this policy').reason).toBe('Only admins can edit this policy: it belongs to no team');
  });

  it('treats a missing answer from /me as a viewer', () => {
    expect(teamPermission(undefined, ['platform'], 'member', 'see routing keys').allowed).toBe(false);
  });
});
