import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DialectName } from '../../src/core/db/database.js';
import { startVigil, type VigilProcess } from '../e2e/vigil-process.js';
import {
  ADMIN_TOKEN,
  describeOutcome,
  exitOf,
  forceStop,
  histogram,
  keepAliveAgent,
  postJson,
  seededRandom,
  sleep,
  tempDir,
  triggerBody,
  writeFile,
  type Outcome,
  cleanupsAfterAll,
  oneServiceConfig,
  processDatabase,
} from './support.js';

/**
 * SIGTERM under a continuous stream of events (30 senders, each sending its next event as soon
 * as the previous is answered, every event with a dedup key of its own), after a seeded 2–4 s of
 * load. The senders go on until the process has exited, so requests meet the server while it
 * drains, while it refuses, and after it is gone.
 *
 * Each request ends as: 202; 503 (the server is closing); `closed` (the connection dropped
 * without an answer); `refused` (nothing listens any more); or `timeout` (a hang: a failure).
 */

const SENDERS = 30;
const EXIT_WITHIN_MS = 10_000;
const REQUEST_TIMEOUT_MS = 20_000;
const ROUTING_KEY = '5b0a7d1e2c3f4a5b6c7d8e9f0a1b2c3d';

const CONFIG = oneServiceConfig('shutdown-svc', 'Shutdown test service', ROUTING_KEY);

const cleanups = cleanupsAfterAll();

interface Request {
  readonly key: string;
  readonly at: number;
  outcome?: Outcome;
}

async function shutdownScenario(dialect: DialectName): Promise<void> {
  const label = `shutdown ${dialect}`;
  const rng = seededRandom(label);
  const loadMs = rng.int(2_000, 4_000);
  const runId = rng.int(0, 1e9).toString(36);
  const dir = tempDir(`shutdown-${dialect}`);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const config = writeFile(dir, 'vigil.yaml', CONFIG);
  const { url: databaseUrl, reader } = await processDatabase(dialect, dir, cleanups);

  const vigil: VigilProcess = await startVigil({ VIGIL_DATABASE_URL: databaseUrl, VIGIL_CONFIG: config, VIGIL_ADMIN_TOKEN: ADMIN_TOKEN }, 60_000);
  cleanups.push(() => forceStop(vigil));
  const endpoint = `${vigil.url}/v2/enqueue`;
  const agent = keepAliveAgent(SENDERS);
  const exited = exitOf(vigil);
  let gone = false;
  void exited.then(() => (gone = true));

  const requests: Request[] = [];
  let counter = 0;
  const sender = async () => {
    while (!gone) {
      const request: Request = { key: `shutdown-${runId}-${counter++}`, at: Date.now() };
      requests.push(request);
      request.outcome = await postJson(agent, endpoint, triggerBody(ROUTING_KEY, request.key), REQUEST_TIMEOUT_MS);
      // Past the listener's close there is nothing to talk to; try again shortly, as senders do.
      if (request.outcome.kind === 'refused') await sleep(20);
    }
  };
  const senders = Array.from({ length: SENDERS }, sender);

  await sleep(loadMs);
  const beforeSigterm = requests.filter((request) => request.outcome?.kind === 'response' && request.outcome.status === 202).length;
  const sigtermAt = Date.now();
  vigil.child.kill('SIGTERM');
  const exit = await Promise.race([exited, sleep(EXIT_WITHIN_MS + 5_000).then(() => undefined)]);
  const exitMs = Date.now() - sigtermAt;
  gone = true;
  await Promise.all(senders);
  agent.destroy();

  const inFlight = requests.filter((request) => request.at < sigtermAt && (request.outcome?.at ?? Infinity) >= sigtermAt);
  const afterwards = requests.filter((request) => request.at >= sigtermAt);
  const outcomeOf = (request: Request) => (request.outcome ? describeOutcome(request.outcome) : 'none');
  console.log(
    `[${label}] ${loadMs} ms of load (${beforeSigterm} accepted), SIGTERM; exit ${JSON.stringify(exit)} after ${exitMs} ms. In flight at SIGTERM: ${JSON.stringify(histogram(inFlight.map(outcomeOf)))}; sent after SIGTERM: ${JSON.stringify(histogram(afterwards.map(outcomeOf)))}`,
  );

  expect(exit, `exited within ${EXIT_WITHIN_MS} ms; output:\n${vigil.output().slice(-5_000)}`).toEqual({ code: 0, signal: null });
  expect(exitMs).toBeLessThan(EXIT_WITHIN_MS);
  expect(vigil.output()).toContain('SIGTERM received');
  expect(beforeSigterm).toBeGreaterThan(0);
  expect(inFlight.length).toBeGreaterThan(0);

  // No hang: every request settled, none by the timeout.
  expect(requests.filter((request) => request.outcome === undefined || request.outcome.kind === 'timeout').map((request) => request.key), 'no request hung').toEqual([]);
  // Only 202 and 503 are answers here; 503 only once shutting down.
  const responses = requests.filter((request) => request.outcome?.kind === 'response');
  expect(responses.filter((request) => request.outcome?.kind === 'response' && ![202, 503].includes(request.outcome.status)).map(outcomeOf)).toEqual([]);
  expect(responses.filter((request) => request.outcome?.kind === 'response' && request.outcome.status === 503 && request.at < sigtermAt - 1_000).map((request) => request.key)).toEqual([]);
  // Before SIGTERM nothing failed.
  expect(requests.filter((request) => request.outcome?.at !== undefined && request.outcome.at < sigtermAt && !(request.outcome.kind === 'response' && request.outcome.status === 202)).map(outcomeOf)).toEqual([]);

  const database = reader();
  const stored = new Set((await database.db.selectFrom('alerts').select('dedup_key').execute()).map((row) => row.dedup_key));
  const accepted = requests.filter((request) => request.outcome?.kind === 'response' && request.outcome.status === 202);
  const unanswered = requests.filter((request) => request.outcome !== undefined && !(request.outcome.kind === 'response' && request.outcome.status === 202));
  const storedUnanswered = unanswered.filter((request) => stored.has(request.key));
  console.log(`[${label}] ${accepted.length} accepted, ${stored.size} stored, ${unanswered.length} not accepted of which ${storedUnanswered.length} stored anyway`);
  expect(accepted.filter((request) => !stored.has(request.key)).map((request) => request.key), 'every 202 is committed').toEqual([]);
  // A request the server took on is finished before it exits: none is stored without its 202.
  expect(storedUnanswered.map((request) => `${request.key}: ${outcomeOf(request)} ${request.at - sigtermAt} ms after SIGTERM`), 'no event committed without its 202').toEqual([]);
  expect(stored.size).toBe(accepted.length);
}

describe('SIGTERM under load', () => {
  it('exits 0 within 10 s, answers or cleanly refuses every request, and keeps every 202 on SQLite', () => shutdownScenario('sqlite'), 60_000);
  it('exits 0 within 10 s, answers or cleanly refuses every request, and keeps every 202 on PostgreSQL', () => shutdownScenario('postgres'), 60_000);
});
