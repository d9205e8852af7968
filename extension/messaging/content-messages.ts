import * as z from 'zod';

/**
 * Messages between the side panel and the page reader (content script). Kept apart from the background
 * messages so the content script does not carry the caseload schemas.
 */

export const Locator = z
  .object({
    label: z.string().max(200),
    relation: z.enum(['same-element', 'next-sibling', 'table-column', 'table-row', 'input', 'aria']),
    index: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type Locator = z.infer<typeof Locator>;

export const TaughtMapping = z.record(z.string().max(40), Locator);
export type TaughtMapping = z.infer<typeof TaughtMapping>;

export const ContentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }).strict(),
  z.object({ type: z.literal('read-page'), taught: TaughtMapping.optional() }).strict(),
  z.object({ type: z.literal('read-services') }).strict(),
  z.object({ type: z.literal('teach-pick'), field: z.string().max(40) }).strict(),
  z.object({ type: z.literal('teach-cancel') }).strict(),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** What every handler answers: a value, or an error in a teacher's words. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
