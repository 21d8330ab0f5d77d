/** The message of a refusal, or of anything else that went wrong. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
