/**
 * The one error catalogue. Domain code throws `VigilError` with a stable code; `http/` maps the
 * code to a status once (see `http/error-mapping.ts`). Domain code never knows about HTTP.
 */
export const ERROR_CATALOGUE = {
  VIGIL_VALIDATION_FAILED: { status: 400, description: 'The request body, query or path did not match its schema.' },
  VIGIL_MALFORMED_JSON: { status: 400, description: 'The request body is not valid JSON.' },
  VIGIL_UNSUPPORTED_MEDIA_TYPE: { status: 415, description: 'The request body is not in a content type the endpoint accepts.' },
  VIGIL_BODY_TOO_LARGE: { status: 413, description: 'The request body is larger than the endpoint accepts.' },
  VIGIL_UNAUTHENTICATED: { status: 401, description: 'No valid credentials were presented.' },
  VIGIL_FORBIDDEN: { status: 403, description: 'The credentials are valid but do not allow this action.' },
  VIGIL_TEAM_CONSENT_REQUIRED: { status: 403, description: 'The change would make a team\'s service or policy point at another team\'s escalation policy or schedule (or one of no team); that team\'s manager or an admin must make it.' },
  VIGIL_CSRF_FAILED: { status: 403, description: 'A change made with a session cookie lacked the session\'s CSRF token (header x-csrf-token).' },
  VIGIL_LOGIN_LOCKED: { status: 429, description: 'Too many failed logins for this account; retry after the time in Retry-After.' },
  VIGIL_RATE_LIMITED: { status: 429, description: 'Too many requests from this address to a login or token endpoint (retry after the time in Retry-After), or too many outside email addresses asked to confirm a stakeholder subscription lately.' },
  VIGIL_VERIFICATION_RATE_LIMITED: {
    status: 429,
    description: 'Too many verification codes were sent lately to this contact method (1 a minute), this user (5 an hour) or this address (3 an hour); retry after the time in Retry-After.',
  },
  VIGIL_TOKEN_NOT_FOUND: { status: 404, description: 'No API token has the given id, or it belongs to someone else.' },
  VIGIL_OIDC_NOT_CONFIGURED: { status: 404, description: 'Single sign-on is not configured (VIGIL_OIDC_ISSUER is unset).' },
  VIGIL_OIDC_FAILED: { status: 401, description: 'The single sign-on login could not be completed: expired or forged state, a refused code, or no matching user.' },
  VIGIL_OIDC_UNAVAILABLE: { status: 503, description: 'The single sign-on provider could not be reached (discovery or the code exchange failed); retry, or log in with a password.' },
  VIGIL_ROUTE_NOT_FOUND: { status: 404, description: 'No route matches the method and path.' },
  VIGIL_INCIDENT_NOT_FOUND: { status: 404, description: 'No incident has the given id or number.' },
  VIGIL_ALERT_NOT_FOUND: { status: 404, description: 'No alert has the given id.' },
  VIGIL_SERVICE_NOT_FOUND: { status: 404, description: 'No service has the given id.' },
  VIGIL_USER_NOT_FOUND: { status: 404, description: 'No user has the given id.' },
  VIGIL_SCHEDULE_NOT_FOUND: { status: 404, description: 'No schedule has the given id.' },
  VIGIL_OVERRIDE_NOT_FOUND: { status: 404, description: 'The schedule has no override with the given id.' },
  VIGIL_ESCALATION_POLICY_NOT_FOUND: { status: 404, description: 'No escalation policy has the given id.' },
  VIGIL_CALENDAR_FEED_NOT_FOUND: { status: 404, description: 'No calendar feed has the given id or secret, or it was revoked.' },
  VIGIL_DELIVERY_NOT_FOUND: { status: 404, description: 'No notification delivery has the given id.' },
  VIGIL_RUNBOOK_NOT_FOUND: { status: 404, description: 'No runbook has the given id.' },
  VIGIL_HEARTBEAT_NOT_FOUND: { status: 404, description: 'No heartbeat has the given id, or no heartbeat has the ping key in the address.' },
  VIGIL_CHECKLIST_ITEM_NOT_FOUND: { status: 404, description: 'The runbook\'s current version has no checklist item with the given key, or the runbook does not match the incident.' },
  VIGIL_CONTACT_METHOD_NOT_FOUND: { status: 404, description: 'No contact method has the given id.' },
  VIGIL_POSTMORTEM_NOT_FOUND: { status: 404, description: 'No postmortem has the given id.' },
  VIGIL_SILENCE_NOT_FOUND: { status: 404, description: 'No silence has the given id.' },
  VIGIL_MAINTENANCE_WINDOW_NOT_FOUND: { status: 404, description: 'No maintenance window has the given id.' },
  VIGIL_ACTION_ITEM_NOT_FOUND: { status: 404, description: 'No action item has the given id.' },
  VIGIL_PUSH_NOT_CONFIGURED: { status: 404, description: 'Browser push has no VAPID keys in this process (`vigil serve` always has them).' },
  VIGIL_LINK_NOT_FOUND: { status: 404, description: 'The acknowledge or resolve link is not valid (asked for as JSON).' },
  VIGIL_LINK_USED: { status: 409, description: 'The acknowledge or resolve link was already used; each works once (asked for as JSON).' },
  VIGIL_LINK_EXPIRED: { status: 410, description: 'The acknowledge or resolve link has expired (asked for as JSON).' },
  VIGIL_VERIFICATION_EXPIRED: { status: 410, description: 'The contact method has no verification code pending: it expired, was voided after too many wrong codes, or none was sent.' },
  VIGIL_ROLE_NOT_FOUND: { status: 404, description: 'No incident role has the given id; the message lists the configured ones.' },
  VIGIL_SUBSCRIPTION_NOT_FOUND: { status: 404, description: 'No stakeholder subscription has the given id, or the link naming it is not valid.' },
  VIGIL_HANDOFF_INCOMPLETE: { status: 422, description: 'An escalation hand-off must say what the next responder is asked to do: its "Next steps needed" section is empty or missing.' },
  VIGIL_UNPROCESSABLE: { status: 422, description: 'The request is well formed but cannot be carried out as asked: the message says what to change (a silence whose matchers would hold every alert, an incident whose alerts share no label).' },
  VIGIL_RANGE_TOO_LARGE: { status: 422, description: 'An analytics range is longer than it may be (400 days); ask for a shorter one.' },
  VIGIL_REFERENCE_NOT_FOUND: { status: 422, description: 'A field names a severity, service, user, team, schedule or contact method that does not exist.' },
  VIGIL_INVALID_ADDRESS: { status: 422, description: 'The address is not in the form its contact method type needs (an email address, an E.164 number, a Slack id, a URL).' },
  VIGIL_VERIFICATION_FAILED: { status: 422, description: 'The verification code does not match the one sent.' },
  VIGIL_ILLEGAL_TRANSITION: { status: 409, description: 'The incident is not in a status that allows this action.' },
  VIGIL_MANAGED_BY_CONFIG: { status: 409, description: 'The object is defined in vigil.yaml; change it there and apply the file.' },
  VIGIL_CONFLICT: { status: 409, description: 'The change conflicts with the current state.' },
  VIGIL_ADDRESS_NOT_ALLOWED: { status: 400, description: 'The URL names a private, loopback, link-local or otherwise reserved address that VIGIL_OUTBOUND_ALLOW does not list.' },
  VIGIL_INVALID_CURSOR: { status: 400, description: 'The pagination cursor is malformed or belongs to another query.' },
  VIGIL_UNAVAILABLE: { status: 503, description: 'The database cannot be reached; nothing was stored, so retry.' },
  VIGIL_NOT_READY: { status: 503, description: 'The database is unreachable or migrations have not run.' },
  VIGIL_INTERNAL: { status: 500, description: 'An unexpected error; the server log has details.' },
} as const satisfies Record<string, { status: number; description: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface FieldError {
  /** JSON pointer-ish path of the offending field, e.g. `/severity` or `query.status`. */
  readonly path: string;
  readonly message: string;
}

export class VigilError extends Error {
  override readonly name = 'VigilError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: readonly FieldError[],
    /** Extra machine-readable facts returned with the error, e.g. the current incident status. */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

/** A request that names one field wrongly, e.g. `invalidField('body.password', 'must be …')`. */
export function invalidField(path: string, message: string): VigilError {
  return new VigilError('VIGIL_VALIDATION_FAILED', `invalid request: ${path} ${message}`, [{ path, message }]);
}

export function isVigilError(error: unknown): error is VigilError {
  return error instanceof VigilError;
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
