import { useEffect, useRef } from 'react';
import { isTyping, SHORTCUTS_DISABLED_KEY } from '../app/shortcuts';

/** The incident page's single keys: `a` acknowledge, `r` resolve, `e` escalate, `n` note. */
export type IncidentShortcut = 'a' | 'r' | 'e' | 'n';

/**
 * Runs `handler` when `key` is pressed on the page: not while typing in a field, not inside an
 * open dialog, not with a modifier, and not at all when the person turned shortcuts off.
 */
export function useIncidentShortcut(key: IncidentShortcut, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== key || event.repeat || event.defaultPrevented) return;
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="menu"]') !== null) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]') !== null) return;
      if (window.localStorage.getItem(SHORTCUTS_DISABLED_KEY) === '1') return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}
