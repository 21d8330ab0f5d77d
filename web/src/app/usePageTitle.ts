import { useEffect } from 'react';
import { useTriggeredCount } from '../live/triggered-count';

/** "(3) Incidents · Vigil": the count of triggered incidents leads every tab title. */
export function usePageTitle(title: string): void {
  const triggered = useTriggeredCount();
  useEffect(() => {
    document.title = `${triggered > 0 ? `(${triggered}) ` : ''}${title} · Vigil`;
  }, [title, triggered]);
}
