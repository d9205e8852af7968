/** The parts of `runtime.MessageSender` Casekeeper trusts (set by the browser, not by the sender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Whether a message comes from one of this extension's own pages (the side panel), as opposed to a content
 * script (whose `url` is the web page's) or another extension (another `id`).
 */
export function isExtensionPage(sender: SenderInfo, extensionId: string): boolean {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return false;
  try {
    const url = new URL(sender.url);
    return url.protocol === 'chrome-extension:' && url.host === extensionId;
  } catch {
    return false;
  }
}
