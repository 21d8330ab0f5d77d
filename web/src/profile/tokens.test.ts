import { describe, expect, it } from 'vitest';
import { activeTokens, roleChoices } from './tokens';

describe('the profile\'s API tokens', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  const token = (over: Partial<{ kind: string; user: string | null; revoked_at: string | null; expires_at: string | null }>) => ({ kind: 'personal', user: 'bob', revoked_at: null, expires_at: '2026-06-01T00:00:00Z', ...over });

  it('lists the person\'s own personal tokens still in use', () => {
    const tokens = [
      token({}),
      token({ user: 'alice' }),
      token({ kind: 'service', user: null }),
      token({ revoked_at: '2026-03-01T00:00:00Z' }),
      token({ expires_at: '2026-03-01T00:00:00Z' }),
    ];
    expect(activeTokens(tokens, 'bob', now)).toEqual([tokens[0]]);
  });

  it('offers the person\'s role and lower ones, their own first', () => {
    expect(roleChoices('responder').map((c) => c.value)).toEqual(['responder', 'viewer']);
    expect(roleChoices('viewer')).toEqual([{ value: 'viewer', label: 'viewer (your role)' }]);
  });
});
