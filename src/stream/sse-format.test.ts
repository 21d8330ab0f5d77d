import { describe, expect, it } from 'vitest';
import { formatComment, formatMessage } from './sse-format.js';

describe('server-sent events framing', () => {
  it('writes the fields in order and ends the message with a blank line', () => {
    expect(formatMessage({ id: 'b00t-7', event: 'incident', data: '{"kind":"opened"}' })).toBe('id: b00t-7\nevent: incident\ndata: {"kind":"opened"}\n\n');
    expect(formatMessage({ retry: 3000 })).toBe('retry: 3000\n\n');
    expect(formatMessage({ retry: 3000, id: 'b00t-0' })).toBe('retry: 3000\nid: b00t-0\n\n');
  });

  it('splits data on every kind of line break, so no line of it can end the message or start a field', () => {
    expect(formatMessage({ data: 'one\ntwo\r\nthree\rfour' })).toBe('data: one\ndata: two\ndata: three\ndata: four\n\n');
    expect(formatMessage({ data: 'x\n\nid: forged' })).toBe('data: x\ndata: \ndata: id: forged\n\n');
    expect(formatMessage({ data: '' })).toBe('data: \n\n');
  });

  it('keeps a leading space or colon of data, which the one space after the field name protects', () => {
    expect(formatMessage({ data: ' indented' })).toBe('data:  indented\n\n');
    expect(formatMessage({ data: ':not a comment' })).toBe('data: :not a comment\n\n');
  });

  it('refuses ids and event names that would break the framing', () => {
    expect(() => formatMessage({ id: 'a\nb' })).toThrow(/line break/);
    expect(() => formatMessage({ id: 'a\0b' })).toThrow(/NUL/);
    expect(() => formatMessage({ event: 'incident\r' })).toThrow(/line break/);
    expect(() => formatMessage({ retry: -1 })).toThrow(/retry/);
    expect(() => formatMessage({ retry: 1.5 })).toThrow(/retry/);
  });

  it('writes comments, one colon line per line', () => {
    expect(formatComment('ping')).toBe(': ping\n\n');
    expect(formatComment('a\nb')).toBe(': a\n: b\n\n');
  });
});
