import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The page readers (extension/sites), the demo IEP site and `casekeeper extract`, in happy-dom: the
 * readers are pure DOM and take the document as a parameter.
 */
export default defineConfig({
  test: {
    name: 'readers',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'happy-dom',
    // Scripts of test pages are never loaded: treat that as success (happy-dom still logs the iframes
    // it does not load; that output is expected).
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    include: ['extension/sites/**/*.test.ts', 'tests/readers/**/*.test.ts'],
  },
});
