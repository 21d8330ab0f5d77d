/** Polls `check` every 10 ms until it holds; fails naming `what` after `ms`. */
export async function waitUntil(check: () => Promise<boolean> | boolean, options: { what?: string; ms?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.ms ?? 5_000);
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what ?? 'a condition'}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
