/**
 * The demo IEP site (demo/serve.ts, by the page-reader helper), started on a free port; or an already
 * running one named by CASEKEEPER_DEMO_URL (e.g. http://localhost:5173).
 */
export async function startDemo(): Promise<{ url: string; close(): Promise<void> }> {
  const running = process.env.CASEKEEPER_DEMO_URL;
  if (running) return { url: running.replace(/\/$/, ''), close: async () => undefined };
  const path = '../../demo/serve.ts';
  const mod = (await import(/* @vite-ignore */ path)) as {
    startDemoServer(options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
  };
  return mod.startDemoServer({ port: 0 });
}
