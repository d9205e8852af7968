import { defineConfig } from 'vitest/config';

/**
 * The whole test suite. Each edge that needs its own environment (extension: happy-dom and WXT's fake
 * browser; apps-script: the built bundle in node:vm; e2e: real Chromium) keeps a `vitest.config.ts` in its
 * own folder and is picked up here as a project.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'tests/conventions/**/*.test.ts', 'tests/google/**/*.test.ts'],
        },
      },
      './extension/vitest.config.ts',
      './apps-script/vitest.config.ts',
      './tests/*/vitest.config.ts',
    ],
  },
});
