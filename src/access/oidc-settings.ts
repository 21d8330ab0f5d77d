import { ROLES, type Role } from './roles.js';

/** OpenID Connect single sign-on, from the `VIGIL_OIDC_*` variables. */
export interface OidcSettings {
  /** The provider's issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The callback address registered at the provider. */
  readonly redirectUrl: string;
  /** Space-separated, always including `openid`. */
  readonly scopes: string;
  /** Create a user on the first login of someone Vigil does not know. */
  readonly provision: boolean;
  /** The role of provisioned users. */
  readonly defaultRole: Role;
  /** What the login page's button says ("Log in with Okta"). */
  readonly name: string;
  /**
   * Whether plain-http requests to the provider are allowed: only for a provider on this machine
   * (tests, a local Keycloak) or when `VIGIL_OIDC_ALLOW_HTTP` says so. Codes and tokens would
   * otherwise cross the network in clear.
   */
  readonly allowHttp: boolean;
}

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
export const DEFAULT_OIDC_SCOPES = 'openid email profile';

export interface OidcProblem {
  readonly variable: string;
  readonly message: string;
}

const REQUIRED = ['VIGIL_OIDC_ISSUER', 'VIGIL_OIDC_CLIENT_ID', 'VIGIL_OIDC_CLIENT_SECRET'] as const;
const OPTIONAL = ['VIGIL_OIDC_REDIRECT_URL', 'VIGIL_OIDC_SCOPES', 'VIGIL_OIDC_PROVISION', 'VIGIL_OIDC_DEFAULT_ROLE', 'VIGIL_OIDC_NAME', 'VIGIL_OIDC_ALLOW_HTTP'] as const;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parseFlag(text: string | undefined): boolean | null {
  if (text === undefined) return false;
  const lower = text.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(lower)) return true;
  if (['false', '0', 'no', 'off'].includes(lower)) return false;
  return null;
}

/**
 * Reads the single sign-on settings. None set: SSO is off (null). Some set: every mistake is a
 * problem, so a half-configured SSO stops the start instead of failing at someone's first login.
 */
export function readOidcSettings(value: (name: string) => string | undefined, publicUrl: string): { settings: OidcSettings | null; problems: OidcProblem[] } {
  const problems: OidcProblem[] = [];
  const given = [...REQUIRED, ...OPTIONAL].filter((name) => value(name) !== undefined);
  if (given.length === 0) return { settings: null, problems };
  const missing = REQUIRED.filter((name) => value(name) === undefined);
  for (const name of missing) {
    problems.push({ variable: name, message: `single sign-on is half configured (${given.join(', ')} set): set ${REQUIRED.join(', ')} together, or none of the VIGIL_OIDC_ variables` });
  }

  const allowHttpFlag = parseFlag(value('VIGIL_OIDC_ALLOW_HTTP'));
  if (allowHttpFlag === null) problems.push({ variable: 'VIGIL_OIDC_ALLOW_HTTP', message: `"${value('VIGIL_OIDC_ALLOW_HTTP')}" is not true or false` });

  const issuer = value('VIGIL_OIDC_ISSUER') ?? '';
  let allowHttp = allowHttpFlag === true;
  if (issuer !== '') {
    try {
      const url = new URL(issuer);
      if (url.protocol === 'http:') {
        if (LOOPBACK_HOSTS.has(url.hostname)) allowHttp = true;
        else if (!allowHttp) {
          problems.push({ variable: 'VIGIL_OIDC_ISSUER', message: `"${issuer}" is plain http: login codes and tokens would cross the network in clear. Use the provider's https address (set VIGIL_OIDC_ALLOW_HTTP=true only for a provider on a trusted network)` });
        }
      } else if (url.protocol !== 'https:') throw new Error('scheme');
      if (url.search !== '' || url.hash !== '') problems.push({ variable: 'VIGIL_OIDC_ISSUER', message: `"${issuer}" must be the issuer identifier alone, without a query or fragment` });
    } catch {
      problems.push({ variable: 'VIGIL_OIDC_ISSUER', message: `"${issuer}" is not an https URL; it is the provider's issuer, e.g. https://example.okta.com or https://accounts.google.com` });
    }
  }

  const redirectUrl = value('VIGIL_OIDC_REDIRECT_URL') ?? `${publicUrl}${OIDC_CALLBACK_PATH}`;
  try {
    const url = new URL(redirectUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    if (url.search !== '' || url.hash !== '') throw new Error('query');
  } catch {
    problems.push({ variable: 'VIGIL_OIDC_REDIRECT_URL', message: `"${redirectUrl}" is not an http(s) URL without query; it is the callback registered at the provider, normally ${publicUrl}${OIDC_CALLBACK_PATH}` });
  }

  const scopes = (value('VIGIL_OIDC_SCOPES') ?? DEFAULT_OIDC_SCOPES).split(/[\s,]+/).filter((s) => s !== '');
  if (!scopes.includes('openid')) problems.push({ variable: 'VIGIL_OIDC_SCOPES', message: `"${scopes.join(' ')}" lacks openid, without which the provider sends no ID token; the default is "${DEFAULT_OIDC_SCOPES}"` });

  const provision = parseFlag(value('VIGIL_OIDC_PROVISION'));
  if (provision === null) problems.push({ variable: 'VIGIL_OIDC_PROVISION', message: `"${value('VIGIL_OIDC_PROVISION')}" is not true or false` });

  const roleText = value('VIGIL_OIDC_DEFAULT_ROLE') ?? 'viewer';
  if (!(ROLES as readonly string[]).includes(roleText)) problems.push({ variable: 'VIGIL_OIDC_DEFAULT_ROLE', message: `"${roleText}" is not one of ${ROLES.join(', ')}` });

  if (problems.length > 0) return { settings: null, problems };
  return {
    settings: {
      issuer,
      clientId: value('VIGIL_OIDC_CLIENT_ID') ?? '',
      clientSecret: value('VIGIL_OIDC_CLIENT_SECRET') ?? '',
      redirectUrl,
      scopes: scopes.join(' '),
      provision: provision === true,
      defaultRole: roleText as Role,
      name: value('VIGIL_OIDC_NAME') ?? 'single sign-on',
      allowHttp,
    },
    problems,
  };
}
