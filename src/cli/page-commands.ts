import type { Command } from 'commander';
import type { DeliveryView } from '../notify/delivery-view.js';
import type { CliContext } from './context.js';
import { apiTarget, call, CliError, type ApiTarget } from './incident-commands.js';

interface TestPageSent {
  readonly deliveries: readonly { readonly id: string; readonly contact_method: string; readonly channel: string }[];
}

/** Statuses after which nothing more happens to a delivery without someone acting. */
const SETTLED = new Set(['sent', 'delivered', 'failed', 'cancelled']);

export interface TestPageOptions {
  readonly user: string;
  readonly contactMethod?: string | undefined;
  /** How long to wait for every message to settle. */
  readonly waitMs: number;
  readonly pollMs?: number;
}

function outcome(delivery: DeliveryView): string {
  const last = delivery.history[delivery.history.length - 1];
  switch (delivery.status) {
    case 'failed':
      return `failed: ${delivery.last_error ?? last?.detail ?? 'no reason recorded'}`;
    case 'sent':
    case 'delivered':
      return `${delivery.status}${last?.detail ? ` (${last.detail})` : ''}`;
    default:
      return `${delivery.status}${delivery.last_error ? ` (last attempt: ${delivery.last_error})` : ''}`;
  }
}

/**
 * `vigil page --test`: asks a running Vigil to send a test message, then watches the deliveries
 * until each was sent or failed (or the wait is over), so one command proves the chain from
 * Vigil to the phone or says where it breaks. Throws when any message failed.
 */
export async function sendTestPage(target: ApiTarget, options: TestPageOptions, out: (text: string) => void): Promise<void> {
  const body = options.contactMethod === undefined ? {} : { contact_method: options.contactMethod };
  const sent = (await call(target, 'POST', `/api/v1/users/${encodeURIComponent(options.user)}/test-page`, body)) as TestPageSent;
  for (const d of sent.deliveries) out(`queued ${d.id} ${d.channel} (${d.contact_method})`);

  const pending = new Map(sent.deliveries.map((d) => [d.id, d]));
  const failed: string[] = [];
  const deadline = Date.now() + options.waitMs;
  while (pending.size > 0) {
    for (const [id, queued] of pending) {
      const delivery = (await call(target, 'GET', `/api/v1/deliveries/${encodeURIComponent(id)}`)) as DeliveryView;
      if (!SETTLED.has(delivery.status)) continue;
      pending.delete(id);
      out(`${id} ${queued.channel} (${queued.contact_method}): ${outcome(delivery)}`);
      if (delivery.status === 'failed' || delivery.status === 'cancelled') failed.push(id);
    }
    if (pending.size === 0 || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
  for (const [id, queued] of pending) {
    out(`${id} ${queued.channel} (${queued.contact_method}): still sending after ${Math.round(options.waitMs / 1000)} s; see GET /api/v1/deliveries/${id}`);
  }
  if (failed.length > 0) throw new CliError(`${failed.length} of ${sent.deliveries.length} test message${sent.deliveries.length === 1 ? '' : 's'} failed`);
}

export function registerPageCommands(program: Command, ctx: CliContext): void {
  program
    .command('page')
    .description('send a test page to a user through a running Vigil and report what became of it')
    .requiredOption('--test', 'a test message (the only kind this command sends)')
    .requiredOption('--user <id>', 'the user to page')
    .option('--contact-method <id>', 'one verified contact method (default: every verified, enabled one)')
    .option('--wait <seconds>', 'how long to wait for the outcome', '10')
    .option('--url <url>', 'Vigil base URL (default $VIGIL_URL or http://127.0.0.1:8080)')
    .option('--token <token>', 'API token (default $VIGIL_TOKEN)')
    .action(async (options: { user: string; contactMethod?: string; wait: string; url?: string; token?: string }) => {
      const wait = Number(options.wait);
      if (!Number.isFinite(wait) || wait < 0) throw new CliError(`--wait takes a number of seconds, not "${options.wait}"`);
      await sendTestPage(apiTarget(ctx, options), { user: options.user, contactMethod: options.contactMethod, waitMs: wait * 1000 }, ctx.out);
    });
}
