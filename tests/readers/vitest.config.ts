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
    // Frames and scripts of test pages are never loaded: treat that quietly instead of logging errors.
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    include: ['extension/sites/**/*.test.ts', 'tests/readers/**/*.test.ts'],
  },
});
