import { useEffect } from 'react';
import type { NavigateFunction } from 'react-router';

/** Keys that mean "the person is typing", where single-key shortcuts must stay off. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export const SHORTCUTS_DISABLED_KEY = 'vigil-shortcuts-off';

/** `g i` incidents, `g o` on call, `g s` schedules; off in fields, and off altogether if the person says so. */
export function useGlobalShortcuts(navigate: NavigateFunction): void {
  useEffect(() => {
    let pendingG = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (window.localStorage.getItem(SHORTCUTS_DISABLED_KEY) === '1') return;
      if (event.key === 'g') {
        pendingG = Date.now();
        return;
      }
      if (Date.now() - pendingG < 1_500) {
        const to = { i: '/incidents', o: '/oncall', s: '/schedules' }[event.key];
        pendingG = 0;
        if (to !== undefined) {
          event.preventDefault();
          navigate(to);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
