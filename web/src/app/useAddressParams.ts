import { useCallback } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

export type ChangeAddressParams = (change: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => void;

/**
 * The address's search parameters, and a way to change them that builds on the address as it is
 * now rather than as it was last rendered.
 *
 * The router renders a navigation in a transition, which a slow phone or a busy machine holds
 * back; React Router's own `setSearchParams(fn)` hands `fn` the last render's parameters. A
 * second change before that render (a severity, then at once a service) would then overwrite
 * the first. The browser's address has the first change before the next tap is handled.
 */
export function useAddressParams(): readonly [URLSearchParams, ChangeAddressParams] {
  const [params, setParams] = useSearchParams();
  const changeParams = useCallback<ChangeAddressParams>(
    (change, options) => setParams(change(new URLSearchParams(window.location.search)), options),
    [setParams],
  );
  return [params, changeParams] as const;
}

/** A change that sets the given parameters and removes those given as null or empty. */
export function withParams(changes: Readonly<Record<string, string | null>>): (current: URLSearchParams) => URLSearchParams {
  return (current) => {
    const next = new URLSearchParams(current);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    return next;
  };
}
