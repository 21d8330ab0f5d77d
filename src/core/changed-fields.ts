/** The names of the fields whose wanted value differs from the stored one, in the order given. */
export function changedFields(pairs: Readonly<Record<string, readonly [unknown, unknown]>>): string[] {
  return Object.entries(pairs)
    .filter(([, [wanted, stored]]) => wanted !== stored)
    .map(([field]) => field);
}
