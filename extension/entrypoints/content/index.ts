import * as z from 'zod';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentRequest, type Reply } from '../../messaging/content-messages.ts';
import { isExtensionPage, type SenderInfo } from '../../messaging/sender.ts';
import { pickElement } from '../../lib/teach-picker.ts';
import { locatorFor, readPage, readPageServices } from '../../sites/index.ts';
import { normaliseText } from '../../lib/normalise-text.ts';

/** The running reader of this frame, kept in the content script's own world (pages cannot see or set it). */
type ReaderHandle = { stop(): void };
const HANDLE = Symbol.for('casekeeper.page-reader');

/**
 * The page reader. Registered at run time only for the sites the teacher allowed. It answers the side
 * panel (read this page, let me pick an element) and tells it when a single-page app moves to another
 * student (navigation events, polling only where the browser lacks them). It reads text and input values
 * only and never changes the page except a temporary outline in teach mode.
 *
 * It posts nothing to the page (`noScriptStartedPostMessage`), and its life does not depend on anything
 * the page can send: WXT's "a newer script started" DOM event is ignored (a page could forge it). The
 * reader stops when the extension goes away (reloaded or removed) or when the extension injects a newer
 * copy into the same frame, which finds the old one in the content-script world.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main() {
    z.config({ jitless: true });
    const alive = new AbortController();
    const world = globalThis as unknown as Record<symbol, ReaderHandle | undefined>;
    world[HANDLE]?.stop();
    world[HANDLE] = { stop: () => alive.abort() };
    /** Whether this copy should still run: not replaced, and the extension still there. */
    const running = () => {
      if (!alive.signal.aborted && browser.runtime?.id == null) alive.abort();
      return !alive.signal.aborted;
    };
    let picking: AbortController | null = null;
    alive.signal.addEventListener('abort', () => picking?.abort());

    const handle = async (request: ContentRequest): Promise<unknown> => {
      switch (request.type) {
        case 'ping':
          return 'pong';
        case 'read-page':
          return { url: location.href, reading: readPage(document, new URL(location.href), request.taught) };
        case 'read-services':
          return { url: location.href, ...readPageServices(document) };
        case 'teach-pick': {
          picking?.abort();
          picking = new AbortController();
          const element = await pickElement(document, picking.signal);
          if (!element) return null;
          const locator = locatorFor(element);
          const text = element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement
            ? element.value
            : (element.textContent ?? '');
          return { locator, preview: normaliseText(text, 200) };
        }
        case 'teach-cancel':
          picking?.abort();
          return null;
      }
    };

    const listener = (raw: unknown, sender: SenderInfo, sendResponse: (r: Reply) => void) => {
      if (!running()) return false;
      if (!isExtensionPage(sender, browser.runtime.id)) return false; // only the side panel may ask
      const parsed = ContentRequest.safeParse(raw);
      if (!parsed.success) {
        sendResponse({ ok: false, error: 'Message refused.' });
        return false;
      }
      handle(parsed.data).then(
        (value) => sendResponse({ ok: true, value }),
        () => sendResponse({ ok: false, error: 'This page could not be read.' }),
      );
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    alive.signal.addEventListener('abort', () => browser.runtime?.onMessage?.removeListener(listener));

    // Single-page apps: after the address changes, wait for the page to redraw, then tell the panel.
    let observer: MutationObserver | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const notify = () => {
      observer?.disconnect();
      observer = null;
      clearTimeout(settle);
      clearTimeout(fallback);
      if (running()) void browser.runtime.sendMessage({ type: 'page-changed', url: location.href }).catch(() => undefined);
    };
    const onLocationChange = () => {
      if (!running()) return;
      observer?.disconnect();
      observer = new MutationObserver(() => {
        clearTimeout(settle);
        settle = setTimeout(notify, 30);
      });
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      clearTimeout(fallback);
      fallback = setTimeout(() => observer && notify(), 400); // the page may have redrawn before the event
    };
    alive.signal.addEventListener('abort', () => {
      observer?.disconnect();
      clearTimeout(settle);
      clearTimeout(fallback);
    });
    watchLocation(onLocationChange, alive.signal);
  },
});

/**
 * Calls `onChange` when the page's address changes without a page load: the Navigation API where the
 * browser has it (pushState, replaceState, back and forward), a once-a-second check otherwise.
 */
function watchLocation(onChange: () => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', check, { signal });
    navigation.addEventListener('navigate', () => setTimeout(check, 0), { signal });
    return;
  }
  const timer = setInterval(check, 1_000);
  signal.addEventListener('abort', () => clearInterval(timer));
}
