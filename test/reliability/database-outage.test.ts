import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type VigilDatabase } from '../../src/core/db/database.js';
import { startVigil, type VigilProcess } from '../e2e/vigil-process.js';
import {
  ADMIN_TOKEN,
  describeOutcome,
  forceStop,
  getStatus,
  histogram,
  keepAliveAgent,
  postJson,
  seededRandom,
  sleep,
  startPrivatePostgres,
  tempDir,
  triggerBody,
  writeFile,
  type Outcome,
  type PrivatePostgres,
  oneServiceConfig,
} from './support.js';

/**
 * PostgreSQL goes away for 10 s under a steady 100 events/s and comes back; Vigil keeps running
 * throughout. The cluster is this test's own (initdb into a temporary directory, a free port), so
 * stopping it disturbs nobody else.
 *
 * Timeline: 5 s of events, `pg_ctl stop -m fast`, 10 s down, `pg_ctl start`, then events until
 * 10 s after `/readyz` is 200 again. `/readyz` is polled every 200 ms throughout.
 */

const RATE_PER_SECOND = 100;
const BEFORE_MS = 5_000;
const DOWN_MS = 10_000;
const AFTER_READY_MS = 10_000;
/** Answers already on their way when the server stopped may arrive a little after. */
const SETTLE_MS = 1_000;
const REQUEST_TIMEOUT_MS = 30_000;
const ROUTING_KEY = 'd0d0cafe0123456789abcdef01234567';

const CONFIG = oneServiceConfig('outage-svc', 'Outage test service', ROUTING_KEY);

let cluster: PrivatePostgres | undefined;
let vigil: VigilProcess | undefined;
let reader: VigilDatabase | undefined;
let dir: string | undefined;
afterAll(async () => {
  await forceStop(vigil).catch((error: unknown) => console.error(error));
  await reader?.close().catch((error: unknown) => console.error(error));
  await cluster?.destroy().catch((error: unknown) => console.error(error));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Sent {
  readonly key: string;
  readonly at: number;
  outcome?: Outcome;
}

interface Probe {
  readonly at: number;
  readonly status: number;
}

describe('PostgreSQL unreachable for 10 s', () => {
  it('answers 503 while it is down, 202 again once it is back, and loses nothing it accepted', async () => {
    const rng = seededRandom('database outage');
    const runId = rng.int(0, 1e9).toString(36);
    dir = tempDir('outage');
    cluster = await startPrivatePostgres();
    const config = writeFile(dir, 'vigil.yaml', CONFIG);
    vigil = await startVigil({ VIGIL_DATABASE_URL: cluster.url, VIGIL_CONFIG: config, VIGIL_ADMIN_TOKEN: ADMIN_TOKEN }, 60_000);
    const running = vigil;
    const endpoint = `${running.url}/v2/enqueue`;
    const agent = keepAliveAgent(200);

    // The sender: one event every 10 ms on a fixed schedule, whatever the answers.
    const sent: Sent[] = [];
    const pending: Promise<void>[] = [];
    let sending = true;
    const sender = (async () => {
      const start = Date.now();
      for (let i = 0; sending; i++) {
        const due = start + (i * 1000) / RATE_PER_SECOND;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        const entry: Sent = { key: `outage-${runId}-${i}`, at: Date.now() };
        sent.push(entry);
        pending.push(
          postJson(agent, endpoint, triggerBody(ROUTING_KEY, entry.key), REQUEST_TIMEOUT_MS).then((outcome) => {
            entry.outcome = outcome;
          }),
        );
      }
    })();

    const probes: Probe[] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        const status = await getStatus(`${running.url}/readyz`);
        probes.push({ at: Date.now(), status });
        await sleep(200);
      }
    })();

    await sleep(BEFORE_MS);
    const stopBegan = Date.now();
    await cluster.stop();
    const stopped = Date.now();
    await sleep(DOWN_MS);
    const startBegan = Date.now();
    await cluster.start();
    const started = Date.now();
    const isAlive = () => running.child.exitCode === null && running.child.signalCode === null;
    let readyAgain: number | undefined;
    while (readyAgain === undefined && isAlive() && Date.now() - started < 30_000) {
      const last = probes.at(-1);
      if (last && last.at > started && last.status === 200) readyAgain = last.at;
      else await sleep(50);
    }
    if (isAlive()) await sleep(AFTER_READY_MS);
    sending = false;
    await sender;
    probing = false;
    await prober;
    await Promise.all(pending);
    agent.destroy();
    const alive = isAlive();

    const relative = (t: number) => `${((t - stopBegan) / 1000).toFixed(2)} s`;
    const downFrom = stopped + SETTLE_MS;
    const phase = (entry: Sent) =>
      entry.at < stopBegan ? 'before' : entry.at < downFrom ? 'stopping' : entry.at < startBegan ? 'down' : readyAgain === undefined || entry.at < readyAgain ? 'starting' : 'after';
    const byPhase: Record<string, Record<string, number>> = {};
    for (const name of ['before', 'stopping', 'down', 'starting', 'after']) {
      byPhase[name] = histogram(sent.filter((entry) => phase(entry) === name).map((entry) => (entry.outcome ? describeOutcome(entry.outcome) : 'none')));
    }
    console.log(
      `[database outage] ${sent.length} events; stop took ${stopped - stopBegan} ms, start ${started - startBegan} ms, /readyz 200 again ${readyAgain === undefined ? 'never' : `${readyAgain - started} ms after start`}; outcomes by phase ${JSON.stringify(byPhase)}`,
    );
    console.log(`[database outage] /readyz by phase: ${JSON.stringify({
      down: histogram(probes.filter((p) => p.at >= downFrom && p.at < startBegan).map((p) => String(p.status))),
      after: histogram(probes.filter((p) => readyAgain !== undefined && p.at >= readyAgain).map((p) => String(p.status))),
    })}`);

    expect(alive, `Vigil kept running through the outage; its output:\n${running.output().slice(-5_000)}`).toBe(true);
    expect(readyAgain, '/readyz answered 200 again after the database came back').toBeDefined();

    // Up: every answer given before the stop began is a 202.
    const failedWhileUp = sent.filter((entry) => entry.outcome !== undefined && entry.outcome.at < stopBegan && !(entry.outcome.kind === 'response' && entry.outcome.status === 202));
    expect(failedWhileUp.map((entry) => `${relative(entry.at)}: ${entry.outcome ? describeOutcome(entry.outcome) : 'none'}`), 'answers before the stop: 202').toEqual([]);

    // While down: every event refused with 503 and Retry-After, /readyz 503; nothing accepted.
    const down = sent.filter((entry) => phase(entry) === 'down');
    expect(down.length).toBeGreaterThan((DOWN_MS / 1000 - 2) * RATE_PER_SECOND * 0.8);
    const downNot503 = down.filter((entry) => !(entry.outcome?.kind === 'response' && entry.outcome.status === 503 && entry.outcome.retryAfter !== undefined));
    expect(downNot503.map((entry) => `${relative(entry.at)}: ${entry.outcome ? describeOutcome(entry.outcome) : 'none'}`), 'events sent while the database was down: 503 with Retry-After').toEqual([]);
    const acceptedWhileDown = sent.filter((entry) => entry.outcome?.kind === 'response' && entry.outcome.status === 202 && entry.outcome.at >= downFrom && entry.outcome.at < startBegan);
    expect(acceptedWhileDown.map((entry) => entry.key), 'no 202 while the database was down').toEqual([]);
    const readyWhileDown = probes.filter((probe) => probe.at >= downFrom && probe.at < startBegan);
    expect(readyWhileDown.length).toBeGreaterThan(10);
    expect(readyWhileDown.filter((probe) => probe.status !== 503), '/readyz 503 while the database was down').toEqual([]);

    // Every answer, in every phase, is 202 or 503: no 500, no dropped connection, no hang.
    const otherAnswers = sent.filter((entry) => !(entry.outcome?.kind === 'response' && [202, 503].includes(entry.outcome.status)));
    expect(otherAnswers.map((entry) => `${relative(entry.at)} ${entry.key}: ${entry.outcome ? describeOutcome(entry.outcome) : 'none'}`), 'only 202 or 503').toEqual([]);

    // Back: /readyz stays 200 and every event is accepted again, without a restart of Vigil.
    const after = sent.filter((entry) => phase(entry) === 'after');
    expect(after.length).toBeGreaterThan((AFTER_READY_MS / 1000 - 1) * RATE_PER_SECOND * 0.8);
    expect(after.filter((entry) => !(entry.outcome?.kind === 'response' && entry.outcome.status === 202)).map((entry) => `${relative(entry.at)}: ${entry.outcome ? describeOutcome(entry.outcome) : 'none'}`), 'events after recovery: 202').toEqual([]);
    expect(probes.filter((probe) => readyAgain !== undefined && probe.at >= readyAgain && probe.status !== 200), '/readyz 200 after recovery').toEqual([]);

    // Nothing accepted is lost: every 202 is in the database.
    reader = openDatabase(cluster.url, { poolSize: 2 });
    const stored = new Set((await reader.db.selectFrom('alerts').select('dedup_key').execute()).map((row) => row.dedup_key));
    const accepted = sent.filter((entry) => entry.outcome?.kind === 'response' && entry.outcome.status === 202);
    console.log(`[database outage] ${accepted.length} events answered 202, ${stored.size} alerts stored`);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.filter((entry) => !stored.has(entry.key)).map((entry) => entry.key), 'every 202 is stored').toEqual([]);
    // A 503 says "not stored"; a commit cut off by the server stopping may still have landed
    // (its outcome was unknown to Vigil), which a sender's retry turns into an update. Reported.
    const refusedButStored = sent.filter((entry) => entry.outcome?.kind === 'response' && entry.outcome.status === 503 && stored.has(entry.key));
    console.log(`[database outage] answered 503 yet stored: ${refusedButStored.length}${refusedButStored.length > 0 ? ` (${refusedButStored.map((entry) => relative(entry.at)).join(', ')})` : ''}`);
  }, 120_000);
});
