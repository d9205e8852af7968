import * as z from 'zod';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentRequest, type Reply } from '../../messaging/content-messages.ts';
import { isExtensionPage, type SenderInfo } from '../../messaging/sender.ts';
import { pickElement } from '../../lib/teach-picker.ts';
import { locatorFor, readPage } from '../../sites/index.ts';
import { normaliseText } from '../../lib/normalise-text.ts';

/**
 * The page reader. Registered at run time only for the sites the teacher allowed. It answers the side
 * panel (read this page, let me pick an element) and tells it when a single-page app moves to another
 * student (navigation events through the content-script context, no polling). It reads text and input
 * values only and never changes the page except a temporary outline in teach mode.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    z.config({ jitless: true });
    let picking: AbortController | null = null;

    const handle = async (request: ContentRequest): Promise<unknown> => {
      switch (request.type) {
        case 'ping':
          return 'pong';
        case 'read-page':
          return { url: location.href, reading: readPage(document, new URL(location.href), request.taught) };
        case 'teach-pick': {
          picking?.abort();
          picking = new AbortController();
          ctx.onInvalidated(() => picking?.abort());
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
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    // Single-page apps: after the address changes, wait for the page to redraw, then tell the panel.
    let observer: MutationObserver | null = null;
    const notify = () => {
      observer?.disconnect();
      observer = null;
      if (ctx.isValid) void browser.runtime.sendMessage({ type: 'page-changed', url: location.href }).catch(() => undefined);
    };
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      observer?.disconnect();
      let settle: number | undefined;
      observer = new MutationObserver(() => {
        if (settle !== undefined) clearTimeout(settle);
        settle = ctx.setTimeout(notify, 30);
      });
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      ctx.setTimeout(() => observer && notify(), 400); // the page may have redrawn before the event
    });
  },
});
