import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The extension app (side panel, worker wiring, storage, messaging) in happy-dom with WXT's fake browser.
 * The page readers in extension/sites/ are tested by their own project.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'happy-dom',
    include: ['extension/**/*.test.{ts,tsx}'],
    exclude: ['extension/sites/**', '**/node_modules/**'],
    setupFiles: ['./extension/test-setup.ts'],
  },
});
