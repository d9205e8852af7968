// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, startDemoServer } from '../../demo/serve.ts';

let demo: { url: string; close(): Promise<void> };

beforeAll(async () => {
  demo = await startDemoServer();
});

afterAll(async () => {
  await demo.close();
});

describe('demo IEP site', () => {
  it('listens on 127.0.0.1 on a free port and links every page from its index', async () => {
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const index = await (await fetch(`${demo.url}/`)).text();
    for (const page of DEMO_PAGES) expect(index).toContain(`href="${page.path}"`);
  });

  it('serves every page it lists as HTML', async () => {
    for (const page of DEMO_PAGES) {
      const response = await fetch(demo.url + page.path);
      expect(response.status, page.path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      await response.arrayBuffer();
    }
  });

  it('serves the SEIS-style app at any student address, like a single-page app', async () => {
    const page = await (await fetch(`${demo.url}/seis/student/1003`)).text();
    expect(page).toContain('history.pushState');
    const redirect = await fetch(`${demo.url}/seis/`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/seis/student/1001');
  });

  it('points the mixed-origin frame at the same server under another host name', async () => {
    const page = await (await fetch(`${demo.url}/frames/mixed.html`)).text();
    expect(page).toContain(`src="${demo.url.replace('127.0.0.1', 'localhost')}/frames/detail.html"`);
  });

  it('serves nothing outside the demo pages', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/nope.html', '/frames']) {
      const response = await fetch(demo.url + path);
      expect(response.status, path).toBe(404);
      await response.arrayBuffer();
    }
    expect((await fetch(`${demo.url}/`, { method: 'POST' })).status).toBe(405);
  });
});
