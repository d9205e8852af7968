import * as z from 'zod';
import { IsoDate } from './iso-date.ts';
import { fail, ok, type Result } from './result.ts';

/** One closure: a single day or an inclusive range, with the name the district gives it. */
export const Closure = z.union([
  z.object({ date: IsoDate, name: z.string().trim().min(1).max(200) }).strict(),
  z
    .object({ from: IsoDate, to: IsoDate, name: z.string().trim().min(1).max(200) })
    .strict()
    .refine((c) => c.from <= c.to, { message: 'The range ends before it starts ("to" is earlier than "from").' }),
]);
export type Closure = z.infer<typeof Closure>;

/** A school year from its first to its last instructional day (inclusive). */
export const SchoolYear = z
  .object({ firstDay: IsoDate, lastDay: IsoDate })
  .strict()
  .refine((y) => y.firstDay < y.lastDay, { message: 'The last day must come after the first day.' });
export type SchoolYear = z.infer<typeof SchoolYear>;

/**
 * A district's school calendar: instructional years, closures, and the weekdays school meets
 * (0 Sunday … 6 Saturday; Monday to Friday unless said otherwise).
 */
export const SchoolCalendar = z
  .object({
    name: z.string().trim().min(1).max(200),
    schoolYears: z.array(SchoolYear).min(1, 'Add at least one school year.'),
    closures: z.array(Closure).default([]),
    schoolWeekdays: z.array(z.number().int().min(0).max(6)).min(1).optional(),
  })
  .strict()
  .superRefine((cal, ctx) => {
    const years = [...cal.schoolYears].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
    for (let i = 1; i < years.length; i++) {
      const prev = years[i - 1] as SchoolYear;
      const next = years[i] as SchoolYear;
      if (next.firstDay <= prev.lastDay) {
        ctx.addIssue({
          code: 'custom',
          path: ['schoolYears'],
          message: `The school years ${prev.firstDay}–${prev.lastDay} and ${next.firstDay}–${next.lastDay} overlap.`,
        });
      }
    }
  });
export type SchoolCalendar = z.infer<typeof SchoolCalendar>;

/** Writes a zod issue path the way a person reads a JSON file: `schoolYears[0].lastDay`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Reads a school calendar in the JSON format (text or an already-parsed object) and checks it.
 * A malformed file is rejected with the field and the reason.
 *
 * @example parseSchoolCalendar('{"name":"X","schoolYears":[{"firstDay":"2025-08-25","lastDay":"2026-06-12"}]}')
 */
export function parseSchoolCalendar(input: unknown): Result<SchoolCalendar> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return fail('bad-json', `The school calendar file is not valid JSON (${(error as Error).message}).`);
    }
  }
  const parsed = SchoolCalendar.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue ? formatIssuePath(issue.path) : '';
  return fail('bad-calendar', `School calendar${where ? `, field ${where}` : ''}: ${issue?.message ?? 'not a school calendar'}`);
}
