import { describe, expect, it } from 'vitest';
import { isRole, suggestUserId } from './users';

describe('a new user\'s id', () => {
  it('comes from the email\'s name, in the characters ids allow', () => {
    expect(suggestUserId('Eli.Haddad+ops@example.com')).toBe('eli.haddad');
    expect(suggestUserId('José Núñez@example.com')).toBe('jose-nunez');
    expect(suggestUserId('__ops@example.com')).toBe('ops');
    expect(suggestUserId('')).toBe('');
  });

  it('knows the three roles and nothing else', () => {
    expect(['viewer', 'responder', 'admin'].every(isRole)).toBe(true);
    expect(isRole('owner')).toBe(false);
  });
});
