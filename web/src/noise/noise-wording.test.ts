import { describe, expect, it } from 'vitest';
import { matcherCanHold, matcherText, readyMatchers } from './noise-wording';

describe('silence form wording', () => {
  it('knows which matchers fail on an alert without the field', () => {
    expect(matcherCanHold({ field: 'labels.a', op: '=', value: 'x' })).toBe(true);
    expect(matcherCanHold({ field: 'labels.a', op: '=', value: '' })).toBe(false);
    expect(matcherCanHold({ field: 'labels.a', op: '!=', value: '' })).toBe(true);
    expect(matcherCanHold({ field: 'labels.a', op: '!=', value: 'x' })).toBe(false);
    expect(matcherCanHold({ field: 'labels.a', op: '=~', value: '.+' })).toBe(true);
    expect(matcherCanHold({ field: 'labels.a', op: '=~', value: '.*' })).toBe(false);
    expect(matcherCanHold({ field: 'labels.a', op: '!~', value: 'a.+' })).toBe(false);
    expect(matcherCanHold({ field: 'labels.a', op: '!~', value: '.*' })).toBe(true);
  });

  it('sends only rows with a field, trimmed, and writes matchers as people read them', () => {
    expect(readyMatchers([{ field: ' labels.a ', op: '=', value: 'x' }, { field: '', op: '=', value: '' }])).toEqual([{ field: 'labels.a', op: '=', value: 'x' }]);
    expect(matcherText({ field: 'labels.alertname', op: '=~', value: 'Disk.*' })).toBe('labels.alertname =~ "Disk.*"');
  });
});
