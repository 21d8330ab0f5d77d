import { describe, expect, it } from 'vitest';
import { canAddOverride, canRemoveOverride } from './override-permission';

const viewer = (role: string, userId: string | null, teams: string[] = []) => ({ role, userId, teams });
const byBob = { user: { id: 'bob', name: 'Bob Okafor' }, created_by: 'user:bob' };
const byChen = { user: { id: 'chen', name: 'Chen Wei' }, created_by: 'user:chen' };

describe('who may add and remove overrides', () => {
  it('lets admins and the team\'s members cover anyone, and other responders only themselves', () => {
    expect(canAddOverride(viewer('admin', 'alice'), 'platform')).toMatchObject({ allowed: true, forAnyone: true });
    expect(canAddOverride(viewer('responder', 'bob', ['platform']), 'platform')).toMatchObject({ allowed: true, forAnyone: true });
    expect(canAddOverride(viewer('responder', 'dana', ['payments']), 'platform')).toEqual({
      allowed: true,
      reason: null,
      forAnyone: false,
      note: 'You can put yourself on call; covering someone else needs a member of team "platform" or an admin.',
    });
  });

  it('gives a viewer the reason the button is disabled', () => {
    expect(canAddOverride(viewer('viewer', 'eli'), 'platform')).toMatchObject({ allowed: false, reason: 'Your role (viewer) can\'t add overrides' });
    expect(canRemoveOverride(viewer('viewer', 'eli'), 'platform', byBob)).toEqual({ allowed: false, reason: 'Your role (viewer) can\'t remove overrides' });
  });

  it('lets people remove their own overrides, and leaves the configuration\'s to the file', () => {
    expect(canRemoveOverride(viewer('responder', 'bob'), 'payments', byBob).allowed).toBe(true);
    expect(canRemoveOverride(viewer('responder', 'bob'), 'payments', byChen)).toEqual({ allowed: false, reason: 'Only Chen Wei, a member of team "payments" or an admin can remove it' });
    expect(canRemoveOverride(viewer('responder', 'dana', ['payments']), 'payments', byChen).allowed).toBe(true);
    expect(canRemoveOverride(viewer('admin', 'alice'), null, { ...byBob, created_by: 'config' })).toEqual({ allowed: false, reason: 'This override comes from vigil.yaml; remove it there and apply the file' });
  });
});
