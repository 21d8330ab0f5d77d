import { randomUUID } from 'node:crypto';
import { assertNever } from '../core/errors.js';
import type { OutboundPolicy, OutboundRefusal } from '../core/outbound.js';
import type { Channel } from './channels.js';
import { subscriptionEndpoint, subscriptionHost, parseSubscriptionText } from './push-subscription.js';

/**
 * What a contact method's address must look like, shared by `vigil.yaml` and the API so both
 * refuse the same addresses with the same words. A person's Slack address is a member or
 * channel id (the bot sends it a message); a team's is an incoming-webhook URL (a channel post).
 */
export type AddressUse = 'person' | 'team';

export interface AddressProblem {
  /** Completes "… is not …". */
  readonly expected: string;
  readonly hint: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;
const SLACK_ID = /^[UWC][A-Z0-9]{6,}$/;

function isUrl(text: string, protocols: readonly string[]): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

const HTTP = ['http:', 'https:'];
const PHONE: AddressProblem = { expected: 'an E.164 phone number', hint: 'write "+", the country code and the number, digits only, e.g. "+15555550100"' };

/** Why `address` cannot be used for `type`, or undefined when it can. */
export function addressProblem(type: Channel, address: string, use: AddressUse): AddressProblem | undefined {
  switch (type) {
    case 'email':
      return EMAIL.test(address) ? undefined : { expected: 'an email address', hint: 'e.g. alice@example.com' };
    case 'sms':
    case 'voice':
      return E164.test(address) ? undefined : PHONE;
    case 'slack':
      if (use === 'team') {
        return isUrl(address, ['https:'])
          ? undefined
          : { expected: 'a Slack incoming-webhook URL', hint: 'add an incoming webhook to the channel in Slack and use its https://hooks.slack.com/services/… URL' };
      }
      return SLACK_ID.test(address)
        ? undefined
        : { expected: 'a Slack member or channel id', hint: 'copy the member id from the person\'s Slack profile (⋮ → Copy member ID), e.g. U024BE7LH' };
    case 'teams':
      return isUrl(address, HTTP) ? undefined : { expected: 'an http(s) URL', hint: 'use the URL of the channel\'s Teams workflow or incoming webhook' };
    case 'webhook':
      return isUrl(address, HTTP) ? undefined : { expected: 'an http(s) URL', hint: 'e.g. https://ops.example.com/vigil' };
    case 'ntfy':
      return isUrl(address, HTTP) ? undefined : { expected: 'an http(s) URL', hint: 'the topic\'s URL, e.g. https://ntfy.sh/my-pages' };
    case 'push': {
      if (use === 'team') return { expected: 'a team address', hint: 'browser push reaches one person\'s browser; each person subscribes from the console' };
      const read = parseSubscriptionText(address);
      return read.ok ? undefined : { expected: 'a browser push subscription', hint: `its ${read.problem.part} ${read.problem.message}` };
    }
    default:
      return assertNever(type, 'channel');
  }
}

/**
 * The channels whose address is a URL Vigil calls (for `use`): those are checked against the
 * outbound policy, so that adding a contact method cannot make Vigil call a private network.
 */
export function callsUrl(type: Channel, use: AddressUse): boolean {
  return type === 'webhook' || type === 'teams' || type === 'ntfy' || type === 'push' || (type === 'slack' && use === 'team');
}

/** The URL Vigil calls for the address: itself, or a push subscription's endpoint. */
export function calledUrl(type: Channel, address: string): string {
  return type === 'push' ? (subscriptionEndpoint(address) ?? '') : address;
}

/** Why Vigil may not call the URL `address` names (a private, loopback, … address), or null. */
export function destinationRefusal(type: Channel, address: string, use: AddressUse, policy: OutboundPolicy): OutboundRefusal | null {
  return callsUrl(type, use) ? policy.checkUrl(calledUrl(type, address)) : null;
}

/**
 * The address as lists, messages and the audit log show it: itself, except a push
 * subscription, whose keys and endpoint path are secrets and which shows as its endpoint's host.
 */
export function shownAddress(type: string, address: string): string {
  return type === 'push' ? subscriptionHost(address) : address;
}

/**
 * Contact methods added through the API get generated ids of this shape; `vigil.yaml` may not
 * use it. The id alone therefore tells who manages a method: the file (apply rewrites and
 * removes it, the API may only disable it) or its owner through the API (apply leaves it alone
 * unless `--prune`).
 */
export const API_ID = /^cm_[0-9a-f]{32}$/;

export function newContactMethodId(): string {
  return `cm_${randomUUID().replaceAll('-', '')}`;
}

export function managedBy(id: string): 'config' | 'api' {
  return API_ID.test(id) ? 'api' : 'config';
}
