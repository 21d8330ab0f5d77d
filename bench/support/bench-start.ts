import { installExitHandlers } from './cleanup.js';
import { machineFacts } from './machine-facts.js';
import { vigilEntry, type VigilEntry } from './vigil-server.js';

/**
 * What every benchmark's main starts with: exit handlers, a line printer, the machine's facts and
 * which Vigil is measured (recorded among the facts).
 */
export function benchStart(quick: boolean): { out: (text?: string) => void; facts: Record<string, string>; entry: VigilEntry } {
  installExitHandlers();
  const facts = machineFacts();
  const entry = vigilEntry(quick);
  facts.vigil = entry.description;
  return { out: (text = '') => process.stdout.write(`${text}\n`), facts, entry };
}
