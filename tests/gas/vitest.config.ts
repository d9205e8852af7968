import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests of the Apps Script service fakes and the vm harness (the add-on's own tests live in tests/gas/*.test.ts). */
export default defineConfig({
  test: {
    name: 'gas-fakes',
    environment: 'node',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/gas/fakes/**/*.test.ts', 'tests/gas/harness.test.ts'],
    pool: 'forks',
  },
});
