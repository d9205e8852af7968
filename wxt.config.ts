import { defineConfig } from 'wxt';

/**
 * The Google OAuth client id for "Connect a tracking sheet" (README, "Side panel and the team's sheet"): a
 * build setting, never in the source. Without it the manifest has no `oauth2` and the panel's sheet
 * section explains itself and stays off.
 */
const oauthClientId = process.env.CASEKEEPER_OAUTH_CLIENT_ID?.trim();

/**
 * Casekeeper's Chrome extension (WXT, Manifest V3). The side panel is the app; the background worker only
 * wires messages and content-script registration; the content script reads pages and is registered at
 * run time, only for the sites the teacher allowed.
 */
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  imports: false,
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Casekeeper',
    description: 'IEP deadlines beside any web IEP system. Student data stays on this computer.',
    // activeTab: lets the panel see which site is open when the toolbar button is clicked, before access.
    // alarms: the passphrase lock locks itself on time after the idle minutes, even with no panel open.
    permissions: ['storage', 'sidePanel', 'scripting', 'activeTab', 'alarms'],
    // Any site can be allowed from the panel ("Allow Casekeeper on this site"), one origin at a time.
    // The Sheets API host and Chrome's Google sign-in (identity) are asked for only when the teacher
    // connects a team sheet; nothing talks to Google before that.
    optional_host_permissions: ['https://*/*', 'http://*/*', 'https://sheets.googleapis.com/*'],
    optional_permissions: ['identity'],
    // The spreadsheets scope: a sheet picked by its address (drive.file would need Google's Picker, remote code).
    ...(oauthClientId ? { oauth2: { client_id: oauthClientId, scopes: ['https://www.googleapis.com/auth/spreadsheets'] } } : {}),
    // Drawn by scripts/make-icons.ts from scripts/icon.svg: every size the Chrome Web Store asks for.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Open Casekeeper', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
  },
  vite: () => ({
    build: {
      // Chrome preloads modules natively; the polyfill would add a fetch() to the panel.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // shared/ is pure (no registration by import): let the bundler drop what an entrypoint does not
        // use, so the content script does not carry the rule packs.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]/.test(id) },
      },
    },
  }),
});
