import { browser } from 'wxt/browser';

/** The id under which the page reader is registered for the allowed sites. */
export const READER_SCRIPT_ID = 'casekeeper-reader';
/** Path of the built content script inside the extension. */
export const READER_SCRIPT_FILE = 'content-scripts/content.js';

const BROAD = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

/**
 * The match pattern that allows one site (`https://iep.example.org/*`), from a page address or a typed
 * host name; null for anything that is not an http(s) site.
 *
 * @example originPatternOf('https://ca.seis.org/iep/123') // 'https://ca.seis.org/*'
 */
export function originPatternOf(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) && !url.hostname.startsWith('*.')) return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether a page address is covered by a match pattern such as `https://*.seis.org/*`. */
export function patternMatches(pattern: string, pageUrl: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  const scheme = m[1] as string;
  const host = m[2] as string;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return url.hostname === base || url.hostname.endsWith(`.${base}`);
  }
  return url.hostname === host;
}

/** Hosts granted for other features (the team sheet's Sheets API): never an IEP site, never given the page reader. */
const NOT_SITES = new Set(['https://sheets.googleapis.com/*']);

/** The sites the teacher has allowed (granted optional host permissions), broad patterns and the Sheets API excluded. */
export async function allowedSitePatterns(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter((o) => !BROAD.has(o) && !NOT_SITES.has(o)).sort();
}

let syncing: Promise<unknown> = Promise.resolve();

async function registerForAllowedSites(): Promise<string[]> {
  const origins = await allowedSitePatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
  if (origins.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: READER_SCRIPT_ID, matches: origins, js: [READER_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return origins;
}

/**
 * Registers the page reader for exactly the allowed sites (or unregisters it when none are left).
 * Called by the background worker at start-up, whenever a permission is added or removed, and when the
 * panel asks; calls run one after another (two at once would register the script twice).
 */
export function syncReaderRegistration(): Promise<string[]> {
  const run = syncing.then(registerForAllowedSites, registerForAllowedSites);
  syncing = run.catch(() => undefined);
  return run;
}
