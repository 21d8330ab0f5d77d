/** Pure wording for contact methods: what each type is called, what its address looks like, and whether it pages. */

/** The types a person adds here; browser push is added from the browser itself. */
export const ADDABLE_TYPES = ['email', 'sms', 'voice', 'slack', 'teams', 'webhook', 'ntfy'] as const;
export type AddableType = (typeof ADDABLE_TYPES)[number];

const TYPE_LABELS: Readonly<Record<string, string>> = {
  email: 'Email',
  sms: 'SMS',
  voice: 'Voice call',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  webhook: 'Webhook',
  ntfy: 'ntfy',
  push: 'Browser push',
};

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

export interface AddressField {
  readonly label: string;
  readonly placeholder: string;
  readonly description: string;
  readonly inputMode: 'email' | 'tel' | 'url' | 'text';
}

/** How the address field reads for each type; the server's own hint replaces the description when it refuses one. */
export function addressField(type: AddableType): AddressField {
  switch (type) {
    case 'email':
      return { label: 'Email address', placeholder: 'you@example.com', description: 'A code is mailed there.', inputMode: 'email' };
    case 'sms':
      return { label: 'Mobile number', placeholder: '+15555550100', description: '"+", the country code and the number, digits only. A code is texted there.', inputMode: 'tel' };
    case 'voice':
      return { label: 'Phone number', placeholder: '+15555550100', description: '"+", the country code and the number, digits only. Vigil calls it and reads a code.', inputMode: 'tel' };
    case 'slack':
      return { label: 'Slack member ID', placeholder: 'U024BE7LH', description: 'In Slack: your profile, ⋮, Copy member ID. The Vigil bot sends you a code.', inputMode: 'text' };
    case 'teams':
      return { label: 'Teams workflow URL', placeholder: 'https://…', description: 'The URL of your Teams workflow or incoming webhook.', inputMode: 'url' };
    case 'webhook':
      return { label: 'URL', placeholder: 'https://ops.example.com/vigil', description: 'Vigil POSTs JSON there, the code included.', inputMode: 'url' };
    case 'ntfy':
      return { label: 'ntfy topic URL', placeholder: 'https://ntfy.sh/my-pages', description: 'Subscribe to the topic in the ntfy app first.', inputMode: 'url' };
  }
}

/** The parts of a contact method that decide whether it pages; `disabled_reason` may come with browser push. */
export interface MethodFacts {
  readonly type: string;
  readonly verified: boolean;
  readonly disabled: boolean;
  readonly disabled_reason?: string | null;
}

export type MethodState = 'verified' | 'unverified' | 'disabled' | 'push-disabled';

/**
 * Whether a page reaches the method. A browser-push method is disabled by Vigil when the push
 * service reports the subscription gone, so a disabled push method says who turned it off.
 */
export function methodState(method: MethodFacts): MethodState {
  if (method.disabled) {
    const byService = method.type === 'push' && (method.disabled_reason === undefined || method.disabled_reason === null || /push/i.test(method.disabled_reason));
    return byService ? 'push-disabled' : 'disabled';
  }
  return method.verified ? 'verified' : 'unverified';
}

export const STATE_LABELS: Readonly<Record<MethodState, string>> = {
  verified: 'Verified',
  unverified: 'Not verified (not paged)',
  disabled: 'Turned off (not paged)',
  'push-disabled': 'Disabled by push service',
};

/** Whether a page can use the method at all. */
export function pages(method: MethodFacts): boolean {
  return methodState(method) === 'verified';
}

/** "Email bob@example.com", or the name the person gave it. */
export function methodLabel(method: { readonly type: string; readonly address: string; readonly name: string | null }): string {
  return method.name ?? `${typeLabel(method.type)} ${method.address}`;
}

/** The code as typed: spaces and dashes people copy along are dropped. */
export function cleanCode(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/**
 * The server's verification messages end with what to do over the API ("ask for a new code:
 * POST /api/v1/contact-methods/cm_…/verification"); in the dialog that is the "Send a new code" button.
 */
export function codeMessage(message: string): string {
  const text = message.replace(/ask for a new code: POST \S+/g, 'press "Send a new code"');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
