import * as z from 'zod';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, ContentRequest, Reply, TaughtMapping } from '../messaging/messages.ts';
import { READER_SCRIPT_FILE } from './site-access.ts';
import { normaliseText } from './normalise-text.ts';
import type { PageServiceText } from '../../shared/index.ts';

/** What the teacher is told when the browser stopped Casekeeper's worker before it answered. */
export const WORKER_STOPPED =
  "Casekeeper's background worker stopped before it finished (the browser closed it). Its changes were not saved, so your data is as it was. Try again.";

/** Sends a request to the background worker and unwraps the reply (throws the teacher-readable error). */
export async function ask<T = unknown>(request: BackgroundRequest): Promise<T> {
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  } catch {
    // Chrome's "message channel closed" / "receiving end does not exist": the worker stopped mid-request.
    throw new Error(WORKER_STOPPED);
  }
  if (!reply) throw new Error('Casekeeper did not answer. Close and reopen the panel.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** What the page reader answers, checked again here: it comes from a page we do not trust. */
const PageAnswer = z.object({
  url: z.string().max(4_000),
  reading: z.object({
    system: z.string().max(40),
    fields: z.record(z.string().max(40), z.string().max(20_000)),
    issues: z.array(z.string().max(500)).max(20),
    sources: z.record(z.string().max(40), z.string().max(200)).optional(),
  }),
});
export type PageAnswer = { url: string; reading: { system: string; fields: Record<string, string>; sources?: Record<string, string>; issues: string[] } };

export async function askTab(tabId: number, request: ContentRequest): Promise<unknown> {
  const reply = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as Reply | undefined;
  if (!reply) throw new Error('The page did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Makes sure the page reader runs in a tab (it is registered for future loads; this covers open tabs). */
export async function ensureReader(tabId: number): Promise<void> {
  try {
    if ((await askTab(tabId, { type: 'ping' })) === 'pong') return;
  } catch {
    // not there yet
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${READER_SCRIPT_FILE}`] });
}

/** Reads the student on the page in a tab; every value is cleaned and capped again. */
export async function readTab(tabId: number, taught?: TaughtMapping): Promise<PageAnswer> {
  await ensureReader(tabId);
  const parsed = PageAnswer.safeParse(await askTab(tabId, { type: 'read-page', taught }));
  if (!parsed.success) throw new Error('The page gave an answer Casekeeper cannot use.');
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.data.reading.fields)) {
    const clean = normaliseText(v, 500);
    if (clean) fields[k] = clean;
  }
  const sources: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.data.reading.sources ?? {})) {
    const clean = normaliseText(v, 60);
    if (clean && fields[k] !== undefined) sources[k] = clean;
  }
  return { url: parsed.data.url, reading: { ...parsed.data.reading, fields, sources } };
}

const ServiceText = z.string().max(2_000);
/** What the page reader answers for the services on a page, checked again here (the page is not trusted). */
const ServicesAnswer = z.object({
  url: z.string().max(4_000),
  services: z
    .array(
      z.object({
        service: ServiceText,
        provider: ServiceText.optional(),
        setting: ServiceText.optional(),
        mandate: ServiceText.optional(),
        startDate: ServiceText.optional(),
        endDate: ServiceText.optional(),
        grouping: ServiceText.optional(),
        delivery: ServiceText.optional(),
        shown: ServiceText,
      }),
    )
    .max(100),
  issues: z.array(z.string().max(500)).max(20),
});
export type ServicesAnswer = { url: string; services: PageServiceText[]; issues: string[] };

/** Reads the services shown on the page in a tab (nothing is saved); every value is cleaned and capped again. */
export async function readTabServices(tabId: number): Promise<ServicesAnswer> {
  await ensureReader(tabId);
  const parsed = ServicesAnswer.safeParse(await askTab(tabId, { type: 'read-services' }));
  if (!parsed.success) throw new Error('The page gave an answer Casekeeper cannot use.');
  const services: PageServiceText[] = [];
  for (const s of parsed.data.services) {
    const service = normaliseText(s.service, 200);
    if (!service) continue;
    const out: PageServiceText = { service, shown: normaliseText(s.shown, 300) };
    for (const key of ['provider', 'setting', 'mandate', 'startDate', 'endDate', 'grouping', 'delivery'] as const) {
      const value = normaliseText(s[key] ?? '', 200);
      if (value) out[key] = value;
    }
    services.push(out);
  }
  return { url: parsed.data.url, services, issues: parsed.data.issues.map((i) => normaliseText(i, 500)).filter(Boolean) };
}

/**
 * The tab the panel works on: the `tabId` in the panel's address when it was opened as a page (tests,
 * keyboard users who prefer a tab), else the active tab of the panel's window.
 */
export async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromAddress = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromAddress) && fromAddress > 0) {
    try {
      const tab = await browser.tabs.get(fromAddress);
      return tab.id === undefined ? null : { id: tab.id, url: tab.url };
    } catch {
      return null;
    }
  }
  const win = await browser.windows.getCurrent();
  const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
