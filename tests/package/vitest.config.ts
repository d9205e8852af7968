import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The installable artifacts of `npm run package` (builds the store zip once: about half a minute). */
export default defineConfig({
  test: {
    name: 'package',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/package/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
