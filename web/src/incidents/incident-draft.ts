/**
 * A note being written is kept in the browser as it is typed, per person and incident, so a
 * reload, a crash or signing in again does not lose it; posting it clears it. Local storage
 * outlives the session on purpose: signing out keeps the words on this browser, for this person.
 */

/** What of `localStorage` this needs: a test passes a Map-backed stand-in. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function draftKey(userId: string, incidentId: string): string {
  return `vigil-note-draft:${userId}:${incidentId}`;
}

/** Storage may be full, disabled or refused (private mode): a draft then lives only in the field. */
export function loadDraft(storage: DraftStorage | undefined, key: string): string {
  try {
    return storage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function saveDraft(storage: DraftStorage | undefined, key: string, text: string): void {
  try {
    if (text.trim() === '') storage?.removeItem(key);
    else storage?.setItem(key, text);
  } catch {
    // Nothing to do: the text is still in the field.
  }
}

export function clearDraft(storage: DraftStorage | undefined, key: string): void {
  saveDraft(storage, key, '');
}
