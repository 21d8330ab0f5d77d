import { describe, expect, it } from 'vitest';
import { metricsRegistry } from './metrics.js';

describe('metrics', () => {
  it('names the process and Node.js metrics as every Node.js exporter does, and Vigil\'s own with vigil_', async () => {
    const names = (await metricsRegistry.getMetricsAsJSON()).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds', 'vigil_jobs_overdue', 'vigil_job_lateness_seconds', 'vigil_sse_connections']));
    expect(names.filter((name) => /process_process|nodejs_nodejs|^vigil_(process|nodejs)_/.test(name))).toEqual([]);
    expect(names.filter((name) => !/^(process_|nodejs_|vigil_)/.test(name))).toEqual([]);
  });
});
