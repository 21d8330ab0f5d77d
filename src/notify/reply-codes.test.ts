import { describe, expect, it } from 'vitest';
import { parseSmsReply } from './reply-codes.js';

describe('parseSmsReply', () => {
  it.each([
    ['12a', { action: 'acknowledge', code: 12 }],
    ['12A', { action: 'acknowledge', code: 12 }],
    [' 3 r ', { action: 'resolve', code: 3 }],
    ['ack 42', { action: 'acknowledge', incidentNumber: 42 }],
    ['Ack #42', { action: 'acknowledge', incidentNumber: 42 }],
    ['resolve 7', { action: 'resolve', incidentNumber: 7 }],
    ['RES 7', { action: 'resolve', incidentNumber: 7 }],
    ['ok thanks', { action: 'help' }],
    ['12x', { action: 'help' }],
    ['', { action: 'help' }],
  ])('reads %j', (body, expected) => {
    expect(parseSmsReply(body)).toEqual(expected);
  });
});
