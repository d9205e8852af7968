import * as z from 'zod';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Same as every entrypoint: zod must not compile validators with `new Function` (extension CSP).
z.config({ jitless: true });

beforeEach(() => {
  fakeBrowser.reset();
});
