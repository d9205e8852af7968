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
    // Scripts of test pages are never loaded: treat that as success. Frames get an empty document, as a
    // browser gives a frame before it loads, and never navigate anywhere (nothing is fetched), so
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
    include: ['extension/sites/**/*.test.ts', 'tests/readers/**/*.test.ts'],
  },
});
