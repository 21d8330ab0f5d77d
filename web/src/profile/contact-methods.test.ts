import { describe, expect, it } from 'vitest';
import { ADDABLE_TYPES, addressField, cleanCode, codeMessage, methodLabel, methodState, STATE_LABELS } from './contact-methods';

describe('whether a contact method is paged', () => {
  it('pages only verified methods that are on, and says why not otherwise', () => {
    expect(STATE_LABELS[methodState({ type: 'email', verified: true, disabled: false })]).toBe('Verified');
    expect(STATE_LABELS[methodState({ type: 'email', verified: false, disabled: false })]).toBe('Not verified (not paged)');
    expect(STATE_LABELS[methodState({ type: 'sms', verified: true, disabled: true })]).toBe('Turned off (not paged)');
  });

  it('says a push subscription was disabled by the push service, not by its owner', () => {
    expect(STATE_LABELS[methodState({ type: 'push', verified: true, disabled: true })]).toBe('Disabled by push service');
    expect(methodState({ type: 'push', verified: true, disabled: true, disabled_reason: 'the push service answered 410 Gone' })).toBe('push-disabled');
    expect(methodState({ type: 'push', verified: true, disabled: true, disabled_reason: 'turned off by bob' })).toBe('disabled');
  });
});

describe('contact method wording', () => {
  it('names a method by its name, or by its type and address', () => {
    expect(methodLabel({ type: 'email', address: 'bob@example.com', name: null })).toBe('Email bob@example.com');
    expect(methodLabel({ type: 'sms', address: '+15555550100', name: 'Work phone' })).toBe('Work phone');
  });

  it('gives every addable type a labelled address field', () => {
    for (const type of ADDABLE_TYPES) expect(addressField(type).label).not.toBe('');
    expect(addressField('sms').placeholder).toBe('+15555550100');
  });

  it('reads a code as people paste it', () => {
    expect(cleanCode(' 123 456 ')).toBe('123456');
    expect(cleanCode('123-456')).toBe('123456');
  });

  it('turns the API\'s "ask for a new code" into the dialog\'s button', () => {
    expect(codeMessage('the verification code expired at 2026-03-02T10:15:00.000Z; ask for a new code: POST /api/v1/contact-methods/cm_1/verification'))
      .toBe('The verification code expired at 2026-03-02T10:15:00.000Z; press "Send a new code"');
  });
});
