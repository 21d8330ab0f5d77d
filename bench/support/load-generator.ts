/** HTTP load from autocannon: POST requests with a body per request, and what came back. */
import autocannon from 'autocannon';
import { onCleanupStopFirst } from './cleanup.js';


export interface LoadOptions {
  readonly url: string;
  readonly path: string;
  readonly connections: number;
  /** Seconds; ignored when `amount` is set. */
  readonly durationS?: number;
  /** Total requests, then stop. */
  readonly amount?: number;
  /** Requests per second over all connections. */
  readonly overallRate?: number;
  /** Seconds a request may wait for its answer before it counts as an error (autocannon: 10). */
  readonly timeoutS?: number;
  /** The body of the n-th request (from 0). */
  readonly body: (n: number) => string;
  readonly headers?: Record<string, string>;
}

export interface LoadResult {
  readonly elapsedS: number;
  readonly sent: number;
  readonly ok2xx: number;
  readonly non2xx: number;
  readonly statusCodes: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly timeouts: number;
  readonly errorMessages: Readonly<Record<string, number>>;
  /** Latencies of 2xx answers in ms, sorted; from the request written to the answer read. */
  readonly latenciesMs: readonly number[];
}

export interface RunningLoad {
  readonly done: Promise<LoadResult>;
  readonly stop: () => void;
  /** 2xx answers so far. */
  readonly ok2xxSoFar: () => number;
}

/** Starts an autocannon run; `done` resolves when it ends (duration, amount or `stop()`). */
export function startLoad(options: LoadOptions): RunningLoad {
  let n = 0;
  let ok2xx = 0;
  const latencies: number[] = [];
  const errorMessages: Record<string, number> = {};
  const started = process.hrtime.bigint();
  let instance: autocannon.Instance | undefined;
  let forget = () => {};
  const done = new Promise<LoadResult>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.durationS ?? 10 }),
        ...(options.overallRate !== undefined ? { overallRate: options.overallRate } : {}),
        ...(options.timeoutS !== undefined ? { timeout: options.timeoutS } : {}),
        requests: [
          {
            method: 'POST',
            path: options.path,
            headers: { 'content-type': 'application/json', ...options.headers },
            setupRequest: (request) => {
              request.body = options.body(n++);
              return request;
            },
          },
        ],
      },
      (error, result) => {
        forget();
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const statusCodes: Record<string, number> = {};
        for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
        resolve({
          elapsedS: Number(process.hrtime.bigint() - started) / 1e9,
          sent: n,
          ok2xx: result['2xx'],
          non2xx: result.non2xx,
          statusCodes,
          errors: result.errors,
          timeouts: result.timeouts,
          errorMessages,
          latenciesMs: latencies.sort((a, b) => a - b),
        });
      },
    );
    const running = instance;
    forget = onCleanupStopFirst(() => running.stop());
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) {
        ok2xx += 1;
        latencies.push(responseTime);
      }
    });
    instance.on('reqError', (error: unknown) => {
      const message = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error);
      errorMessages[message] = (errorMessages[message] ?? 0) + 1;
    });
  });
  return { done, stop: () => instance?.stop(), ok2xxSoFar: () => ok2xx };
}

export const runLoad = (options: LoadOptions): Promise<LoadResult> => startLoad(options).done;
