/** Which tokens the profile lists and what a new one may be. */

export interface TokenFacts {
  readonly kind: string;
  readonly user: string | null;
  readonly revoked_at: string | null;
  readonly expires_at: string | null;
}

/** The person's own personal tokens still in use (admins are answered every token; those belong on /admin). */
export function activeTokens<T extends TokenFacts>(tokens: readonly T[], userId: string, now = Date.now()): T[] {
  return tokens.filter((t) => t.kind === 'personal' && t.user === userId && t.revoked_at === null && (t.expires_at === null || Date.parse(t.expires_at) > now));
}

const ROLE_ORDER = ['viewer', 'responder', 'admin'] as const;

/** A personal token may have the person's role or a lower one; their own comes first. */
export function roleChoices(role: string): { value: string; label: string }[] {
  const rank = ROLE_ORDER.indexOf(role as (typeof ROLE_ORDER)[number]);
  const allowed = rank < 0 ? ['viewer'] : ROLE_ORDER.slice(0, rank + 1).reverse();
  return allowed.map((r) => ({ value: r, label: r === role ? `${r} (your role)` : r }));
}

/** Personal tokens must expire (the server allows up to ten years); 90 days is its default. */
export function lifetimeChoices(): { value: string; label: string }[] {
  return [
    { value: '7', label: '7 days' },
    { value: '30', label: '30 days' },
    { value: '90', label: '90 days' },
    { value: '365', label: '1 year' },
  ];
}
