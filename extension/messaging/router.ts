import * as z from 'zod';
import {
  BackgroundRequest,
  CONTENT_SCRIPT_TYPES,
  MAX_CONTENT_MESSAGE_CHARS,
  MAX_MESSAGE_CHARS,
  type BackgroundRequestType,
  type Reply,
} from './messages.ts';
import { isExtensionPage, type SenderInfo } from './sender.ts';

export { isExtensionPage, type SenderInfo } from './sender.ts';

export type Handlers = {
  [K in BackgroundRequestType]: (
    message: Extract<BackgroundRequest, { type: K }>,
    sender: SenderInfo,
  ) => Promise<unknown> | unknown;
};

export interface RouterOptions {
  /** This extension's id (`browser.runtime.id`). */
  extensionId: string;
  /** Runs after a message is accepted and before its handler (the passphrase lock's idle check). */
  beforeHandler?: (type: BackgroundRequestType) => Promise<void>;
}

function sizeOf(raw: unknown): number {
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Checks one incoming message (sender, size, schema, privilege) and runs its handler. Never throws:
 * anything refused or failing answers `{ ok: false, error }` and changes nothing.
 */
export async function routeMessage(
  raw: unknown,
  sender: SenderInfo,
  handlers: Handlers,
  options: RouterOptions,
): Promise<Reply> {
  if (sender.id !== options.extensionId) return { ok: false, error: 'Message from another extension refused.' };
  const fromExtensionPage = isExtensionPage(sender, options.extensionId);
  const size = sizeOf(raw);
  const limit = fromExtensionPage ? MAX_MESSAGE_CHARS : MAX_CONTENT_MESSAGE_CHARS;
  if (size > limit) return { ok: false, error: 'Message too large.' };
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) {
    const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type) : '';
    return { ok: false, error: `Message refused: ${type ? `"${type.slice(0, 40)}" ` : ''}${z.prettifyError(parsed.error).slice(0, 300)}` };
  }
  const message = parsed.data;
  if (!fromExtensionPage && !CONTENT_SCRIPT_TYPES.has(message.type)) {
    return { ok: false, error: `"${message.type}" is only accepted from Casekeeper's own panel.` };
  }
  try {
    await options.beforeHandler?.(message.type);
    const handler = handlers[message.type] as (m: BackgroundRequest, s: SenderInfo) => unknown;
    const value = await handler(message, sender);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'Something went wrong.' };
  }
}
