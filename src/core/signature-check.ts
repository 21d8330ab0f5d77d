/** The outcome of checking a peer's request signature; `reason` goes to the log, never to the peer. */
export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };
