import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The Apps Script add-on: unit tests beside the code, and end-to-end tests of the built bundle in node:vm. */
export default defineConfig({
  test: {
    name: 'gas',
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'node',
    // Each end-to-end test runs the real bundle over a whole spreadsheet (eleven tabs) many times in
    // node:vm; on a busy 2-core machine that takes seconds, not the default 5.
    testTimeout: 60_000,
    globalSetup: ['./apps-script/vitest.global-setup.ts'],
    include: ['apps-script/**/*.test.ts', 'tests/gas/*.test.ts'],
    // The harness's own tests belong to the gas-fakes project (tests/gas/vitest.config.ts).
    exclude: ['tests/gas/harness.test.ts', '**/node_modules/**'],
  },
});
