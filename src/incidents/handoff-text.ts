/**
 * The one rule an escalation hand-off's text must meet wherever it comes from (the generated
 * draft of `response/`, edited, or written by hand): it says what the next responder is asked
 * to do, under a "Next steps needed" heading. Kept here, beneath both the escalation that sends
 * it and the response that drafts it.
 */
export const HANDOFF_NEXT_STEPS = 'Next steps needed';

/** The largest hand-off an escalation carries, in bytes of UTF-8. */
export const HANDOFF_MAX_BYTES = 16 * 1024;

/** The text under the "Next steps needed" heading (any level), up to the next heading; '' when missing or empty. */
export function handoffNextSteps(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{1,6}\s+next steps needed\s*#*\s*$/i.test(line.trim()));
  if (start < 0) return '';
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,6}\s/.test(line.trim()));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').replace(/<!--[\s\S]*?-->/g, '').trim();
}

/** Why a hand-off cannot be sent, or null when it can. */
export function handoffProblem(markdown: string): string | null {
  if (Buffer.byteLength(markdown, 'utf8') > HANDOFF_MAX_BYTES) return `the hand-off is over ${HANDOFF_MAX_BYTES / 1024} KiB; shorten it`;
  if (handoffNextSteps(markdown) === '') return `the hand-off's "${HANDOFF_NEXT_STEPS}" section is empty: say what the next responder is asked to do`;
  return null;
}
