import { browser } from 'wxt/browser';
import type { TokenProvider } from './sheets-client.ts';

/** The host the sync talks to, asked for only when the teacher connects a sheet (an optional host permission). */
export const SHEETS_ORIGIN = 'https://sheets.googleapis.com/*';

/**
 * The optional permissions connecting a sheet asks for, from the teacher's click: Chrome's Google sign-in
 * (`identity`) and the Sheets API host.
 */
export const SHEETS_PERMISSIONS: { permissions: 'identity'[]; origins: string[] } = { permissions: ['identity'], origins: [SHEETS_ORIGIN] };

/**
 * The OAuth client id this build was made with (`CASEKEEPER_OAUTH_CLIENT_ID`, written into the manifest's
 * `oauth2`), or undefined: without one the sync section explains itself and stays off.
 *
 * @example oauthClientId() // '1234-abc.apps.googleusercontent.com', or undefined
 */
export function oauthClientId(): string | undefined {
  const manifest = browser.runtime.getManifest() as { oauth2?: { client_id?: unknown } };
  const id = manifest.oauth2?.client_id;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** Whether the teacher has granted the sign-in and the Sheets host (they can remove both on chrome://extensions). */
export async function hasSheetsAccess(): Promise<boolean> {
  try {
    return Boolean(await (browser.permissions.contains as (p: typeof SHEETS_PERMISSIONS) => Promise<boolean>)(SHEETS_PERMISSIONS));
  } catch {
    return false;
  }
}

type Identity = {
  getAuthToken(details: { interactive: boolean }): Promise<string | { token?: string } | undefined>;
  removeCachedAuthToken(details: { token: string }): Promise<void>;
};

/**
 * Access tokens from Chrome's own Google sign-in (`chrome.identity.getAuthToken`), for the scope in the
 * manifest's `oauth2`. Interactive: Chrome may show its sign-in and consent window (from "Connect");
 * otherwise a sync only uses a sign-in already given.
 *
 * @example sheetsClient({ token: chromeTokenProvider({ interactive: false }) })
 */
export function chromeTokenProvider(options: { interactive: boolean }): TokenProvider {
  const identity = () => (browser as unknown as { identity?: Identity }).identity;
  return {
    async get() {
      const api = identity();
      if (!api) throw new Error('Google sign-in is not allowed for Casekeeper.');
      const answer = await api.getAuthToken({ interactive: options.interactive });
      const token = typeof answer === 'string' ? answer : answer?.token;
      if (!token) throw new Error('Not signed in.');
      return token;
    },
    async drop(token) {
      await identity()?.removeCachedAuthToken({ token });
    },
  };
}

/**
 * Asks Chrome for the sign-in and the Sheets host (call it straight from the teacher's click: Chrome asks
 * only from a user gesture). False when the teacher declines.
 *
 * @example if (await requestSheetsAccess()) await request({ type: 'sheet.connect', url })
 */
export async function requestSheetsAccess(): Promise<boolean> {
  try {
    return Boolean(await (browser.permissions.request as (p: typeof SHEETS_PERMISSIONS) => Promise<boolean>)(SHEETS_PERMISSIONS));
  } catch {
    return false;
  }
}
