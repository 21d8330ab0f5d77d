import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './suggest.js';

describe('closestMatch', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('emial', 'email')).toBe(2);
    expect(editDistance('name', 'nme')).toBe(1);
    expect(editDistance('', 'id')).toBe(2);
  });

  it('suggests the nearest candidate within two edits, ignoring case', () => {
    expect(closestMatch('emial', ['id', 'name', 'email'])).toBe('email');
    expect(closestMatch('Time_Zone', ['time_zone', 'role'])).toBe('time_zone');
  });

  it('suggests nothing for short words that are merely different', () => {
    expect(closestMatch('xy', ['id'])).toBeUndefined();
    expect(closestMatch('pager', ['id', 'name', 'email', 'time_zone', 'role'])).toBeUndefined();
  });
});
