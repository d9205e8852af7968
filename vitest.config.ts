import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The whole test suite: one Vitest project per runtime the code runs in. A test file joins a project by
 * the folder it sits in, so a new test beside its code (or in a tests/ folder) lands in the right one.
 * One project alone: `npx vitest run --project node` (or happy-dom, gas, chromium).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        // Runtime: Node. The domain core, the command line (with the district roll-up against the local
        // Sheets API server), the conventions, and the Apps Script fakes and node:vm harness themselves.
        test: {
          name: 'node',
          environment: 'node',
          // The files of a worker share one module graph instead of each importing it afresh: about four
          // times faster here (the import of shared/ dominated). So a test never mocks a module, and
          // restores any global it changes (process.env, TZ).
          isolate: false,
          include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'tests/conventions/**/*.test.ts', 'tests/google/**/*.test.ts', 'tests/gas/fakes/**/*.test.ts', 'tests/gas/harness.test.ts'],
        },
      },
      {
        // Runtime: a browser page (happy-dom). The side panel, worker wiring, storage (fake-indexeddb) and
        // messaging with WXT's fake browser; the page readers, the demo IEP site and `casekeeper extract`
        // (pure DOM: the readers take the document as a parameter).
        plugins: [WxtVitest()],
        test: {
          name: 'happy-dom',
          environment: 'happy-dom',
          // Scripts of test pages are never loaded: treat that as success. Frames get an empty document, as
          // a browser gives a frame before it loads, and never navigate anywhere (nothing is fetched), so
          // happy-dom has no "Iframe page loading is disabled" error to log.
          environmentOptions: {
            happyDOM: {
              settings: {
                handleDisabledFileLoadingAsSuccess: true,
                enableIframePageLoading: true,
                navigation: { disableChildFrameNavigation: true, disableFallbackToSetURL: true },
              },
            },
          },
          include: ['extension/**/*.test.{ts,tsx}', 'tests/readers/**/*.test.ts'],
          setupFiles: ['./extension/test-setup.ts'],
        },
      },
      {
        // Runtime: Apps Script, stood in for by the in-memory service fakes. The add-on's own tests beside
        // its code, end-to-end tests of the built bundle (dist/apps-script/Code.js, built once in the global
        // setup) in a bare node:vm context, and the round trips of a caseload that end in the sheet (the
        // extension's storage beside it, as in its background worker: no DOM, fake-indexeddb).
        test: {
          name: 'gas',
          environment: 'node',
          // Each end-to-end test runs the real bundle over a whole spreadsheet (eleven tabs) many times in
          // node:vm; on a busy 2-core machine that takes seconds, not the default 5.
          testTimeout: 60_000,
          globalSetup: ['./tests/gas/global-setup.ts'],
          include: ['apps-script/**/*.test.ts', 'tests/gas/*.test.ts', 'tests/round-trip/**/*.test.ts'],
          // The harness's own tests run in the node project.
          exclude: ['tests/gas/harness.test.ts', '**/node_modules/**'],
        },
      },
      {
        // Runtime: real Chromium (Debian's /usr/bin/chromium, headless). The built extension over the demo
        // IEP site, the printable pages printed to PDF, and `npm run package`'s store zip unzipped and
        // loaded. The extension is built once in the global setup; files run one after another.
        test: {
          name: 'chromium',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/package/**/*.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          // The package test builds the store zip once before its tests (about half a minute, more when busy).
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
