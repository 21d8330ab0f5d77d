import { describe, expect, it } from 'vitest';
import { auditQuery, entrySentence, fieldChanges, filterSentence, filtersFromParams, filtersToParams, fromLocalInput, hasFilters, NO_FILTERS, toLocalInput, valueWords } from './audit';

describe('audit filters in the address', () => {
  it('reads what the address holds and ignores times it cannot read', () => {
    const filters = filtersFromParams(new URLSearchParams('tab=audit&actor=user:alice&target=user:eli&since=2026-03-02T10:00:00Z&until=yesterday'));
    expect(filters).toEqual({ actor: 'user:alice', action: '', target: 'user:eli', since: '2026-03-02T10:00:00.000Z', until: '' });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('writes only the filters that are set and keeps the tab', () => {
    const params = filtersToParams({ ...NO_FILTERS, action: 'user.update' }, new URLSearchParams('tab=audit&actor=user:bob'));
    expect(params.toString()).toBe('tab=audit&action=user.update');
  });

  it('asks the API for the target as its entity', () => {
    expect(auditQuery({ ...NO_FILTERS, target: 'user:eli', since: '2026-03-02T10:00:00.000Z' })).toEqual({ entity: 'user:eli', since: '2026-03-02T10:00:00.000Z' });
    expect(auditQuery(NO_FILTERS)).toEqual({});
  });

  it('round-trips an instant through the local date-and-time field', () => {
    const iso = '2026-03-02T10:15:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput('')).toBe('');
    expect(fromLocalInput('not a time')).toBe('');
  });

  it('echoes the filters as a sentence', () => {
    expect(filterSentence(NO_FILTERS, (iso) => iso)).toBe('Every entry, newest first');
    expect(filterSentence({ ...NO_FILTERS, actor: 'user:alice', target: 'user:eli', since: 'S' }, (iso) => `at ${iso}`)).toBe('Entries by user:alice on user:eli from at S, newest first');
  });
});

describe('audit entries in words', () => {
  it('says who did what to which thing', () => {
    expect(entrySentence({ actor: 'user:alice', action: 'user.update', entity_type: 'user', entity_id: 'eli' })).toBe('alice changed user eli');
    expect(entrySentence({ actor: 'token:ci-bot', action: 'escalation_policy.create', entity_type: 'escalation_policy', entity_id: 'platform' })).toBe('token ci-bot created escalation policy platform');
    expect(entrySentence({ actor: 'config', action: 'user.create', entity_type: 'user', entity_id: 'eli' })).toBe('vigil.yaml created user eli');
    expect(entrySentence({ actor: 'anonymous', action: 'token.failed', entity_type: 'token', entity_id: 'x' })).toBe('anonymous: token failed for token x');
    expect(entrySentence({ actor: 'cli', action: 'team.notify.replace', entity_type: 'team', entity_id: 'platform' })).toBe('the command line replaced team platform');
    expect(entrySentence({ actor: 'cli', action: 'config.frobnicate', entity_type: 'config', entity_id: null })).toBe('the command line: config frobnicate on config');
  });

  it('reads sign-ins as the account\'s, not anonymous\'', () => {
    expect(entrySentence({ actor: 'anonymous', action: 'login.succeeded', entity_type: 'user', entity_id: 'eli' })).toBe('eli signed in');
    expect(entrySentence({ actor: 'anonymous', action: 'login.failed', entity_type: 'user', entity_id: 'bob' })).toBe('Failed sign-in as bob');
    expect(entrySentence({ actor: 'anonymous', action: 'login.failed', entity_type: 'user', entity_id: null })).toBe('Failed sign-in for an unknown email');
    expect(entrySentence({ actor: 'anonymous', action: 'login.refused', entity_type: 'user', entity_id: 'bob' })).toBe('Refused sign-in as bob');
  });

  it('lists only the fields an update changed, before → after', () => {
    const before = { id: 'eli', name: 'Eli Haddad', role: 'viewer', password_set: true };
    const after = { id: 'eli', name: 'Eli Haddad', role: 'responder', password_set: true };
    expect(fieldChanges(before, after)).toEqual([{ field: 'role', before: 'viewer', after: 'responder' }]);
  });

  it('lists what a creation made and what a deletion removed', () => {
    expect(fieldChanges(null, { id: 'x', disabled: false })).toEqual([
      { field: 'id', before: undefined, after: 'x' },
      { field: 'disabled', before: undefined, after: 'no' },
    ]);
    expect(fieldChanges({ id: 'x' }, null)).toEqual([{ field: 'id', before: 'x', after: undefined }]);
    expect(fieldChanges(null, null)).toEqual([]);
    expect(fieldChanges('a', 'b')).toEqual([{ field: 'value', before: 'a', after: 'b' }]);
  });

  it('keeps values short', () => {
    expect(valueWords(null)).toBe('none');
    expect(valueWords([{ contact_method: 'bob-hook', after: '0s' }])).toBe('[{"contact_method":"bob-hook","after":"0s"}]');
    expect(valueWords('x'.repeat(500))).toHaveLength(160);
  });
});
