import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Whole processes, real peers and Chromium: few files, but each takes tens of seconds. */
const WHOLE_SYSTEM = ['test/reliability/', 'test/browser/', 'test/e2e/'];

/**
 * Vitest's own order (longest first from the last run, else the largest file first), with the
 * whole-system files ahead of the rest. A clean checkout has no last run, and the largest files
 * are unit tests: the crash test, 100 s of the run, would start last and run alone.
 */
class WholeSystemFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const wholeSystem = (file: TestSpecification) => WHOLE_SYSTEM.some((folder) => relative(file.project.config.root, file.moduleId).startsWith(folder));
    return [...sorted.filter(wholeSystem), ...sorted.filter((file) => !wholeSystem(file))];
  }
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // The browser tests need the console built: done once, and only when its sources changed.
    globalSetup: ['test/browser/support/global-setup.ts'],
    // PostgreSQL suites each create and drop their own database; two forks keep a 2-core
    // machine busy without starving the database server.
    pool: 'forks',
    maxWorkers: 2,
    // Each file builds its own databases, apps, clocks and servers, and keeps nothing in module
    // state for the next. A fork's loaded modules then serve every file it runs, which spares
    // re-importing the whole server for each of two hundred files: a fifth of the run.
    isolate: false,
    sequence: { sequencer: WholeSystemFirst },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
