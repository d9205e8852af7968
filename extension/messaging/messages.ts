import * as z from 'zod';
import { CASELOAD_TABLES, IsoDate, Settings, StudentRecord, tableSpec, type TableName } from '../../shared/index.ts';
import { TaughtMapping } from './content-messages.ts';

export { ContentRequest, Locator, TaughtMapping, type Reply } from './content-messages.ts';

/**
 * Every runtime message Casekeeper sends, as one discriminated union on `type`. Anything else is rejected.
 *
 * Two audiences:
 * - `BackgroundRequest`: sent with `runtime.sendMessage` to the background worker. All but `page-changed`
 *   are privileged (they read or change the caseload, settings or audit log) and are accepted only from
 *   the extension's own pages (side panel), never from a content script or another extension.
 * - `ContentRequest` (content-messages.ts): sent by the side panel to the content script in a tab.
 */

/** Largest message accepted from an extension page (a 2,000-student import is about 1 MB; Chrome carries up to 64 MB). */
export const MAX_MESSAGE_CHARS = 48_500_000; // a backup of up to 48 million characters (encrypted-backup.ts)

/** The name of a table of the caseload. */
export const TableNameField = z.enum(CASELOAD_TABLES.map((t) => t.name) as [TableName, ...TableName[]]);

/** Rows for one table, checked against that table's schema here, at the boundary (a bad row refuses the message). */
const RowsWrite = z
  .object({ type: z.literal('rows.write'), table: TableNameField, rows: z.array(z.unknown()).min(1).max(50_000) })
  .strict()
  .superRefine((m, ctx) => {
    const spec = tableSpec(m.table);
    m.rows.forEach((row, i) => {
      const parsed = spec.schema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const header = spec.columns.find((c) => c.key === issue?.path[0])?.header ?? 'a value';
        ctx.addIssue({ code: 'custom', path: ['rows', i], message: `Row ${i + 1} of ${spec.label}, ${header}: ${issue?.message ?? 'not valid'}` });
      }
    });
  });
/** Largest message accepted from a content script (it only says "the page changed"). */
export const MAX_CONTENT_MESSAGE_CHARS = 4_000;

const Passphrase = z.string().min(1, 'Type the passphrase.').max(1_000);

const Origin = z.string().max(300).regex(/^https?:\/\/[^/\s]+$/, 'Not a site address.');

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-changed'), url: z.string().max(2_000) }).strict(),
  z.object({ type: z.literal('caseload.upsert'), student: StudentRecord }).strict(),
  z.object({ type: z.literal('caseload.import'), students: z.array(StudentRecord).max(20_000) }).strict(),
  z.object({ type: z.literal('caseload.remove'), studentId: z.string().min(1).max(100) }).strict(),
  z.object({ type: z.literal('caseload.read') }).strict(),
  z.object({ type: z.literal('caseload.import-zip'), zip: z.string().max(MAX_MESSAGE_CHARS - 100).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
  RowsWrite,
  z.object({ type: z.literal('rows.delete'), table: TableNameField, ids: z.array(z.string().min(1).max(200)).min(1).max(50_000) }).strict(),
  z.object({ type: z.literal('import-report.clear') }).strict(),
  z.object({ type: z.literal('backup.restore'), text: z.string().max(MAX_MESSAGE_CHARS) }).strict(),
  z.object({ type: z.literal('data.export'), format: z.enum(['csv', 'ics', 'json', 'zip']), today: IsoDate }).strict(),
  z.object({ type: z.literal('data.delete-all'), confirm: z.literal('DELETE') }).strict(),
  z.object({ type: z.literal('settings.save'), settings: Settings }).strict(),
  z.object({ type: z.literal('taught.save'), origin: Origin, mapping: TaughtMapping }).strict(),
  z.object({ type: z.literal('sites.sync') }).strict(),
  z.object({ type: z.literal('lock.status') }).strict(),
  z.object({ type: z.literal('lock.enable'), passphrase: Passphrase, idleMinutes: z.number().int().min(1).max(1_440) }).strict(),
  z.object({ type: z.literal('lock.unlock'), passphrase: Passphrase }).strict(),
  z.object({ type: z.literal('lock.lock') }).strict(),
  z.object({ type: z.literal('lock.disable'), passphrase: Passphrase }).strict(),
  z.object({ type: z.literal('lock.configure'), idleMinutes: z.number().int().min(1).max(1_440) }).strict(),
  z.object({ type: z.literal('damaged.remove'), store: z.enum(['students', 'taught']), key: z.string().min(1).max(400) }).strict(),
  // The team's tracking sheet (extension/sync/): connect by address, sync now (with picks for conflicts), status, disconnect.
  z.object({ type: z.literal('sheet.status') }).strict(),
  z.object({ type: z.literal('sheet.connect'), url: z.string().min(1).max(2_000) }).strict(),
  z.object({ type: z.literal('sheet.sync'), resolutions: z.record(z.string().max(300), z.enum(['mine', 'sheet'])).optional() }).strict(),
  z.object({ type: z.literal('sheet.disconnect') }).strict(),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type BackgroundRequestType = BackgroundRequest['type'];

/** Message types that do not count as activity for the passphrase lock's idle timer. */
export const NOT_ACTIVITY_TYPES: ReadonlySet<BackgroundRequestType> = new Set(['page-changed', 'lock.status', 'sheet.status']);

/** Message types a content script may send. Everything else needs an extension page. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<BackgroundRequestType> = new Set(['page-changed']);

