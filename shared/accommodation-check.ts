import * as z from 'zod';
import { IsoDate } from './iso-date.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One implementation check of an accommodation in a class or setting on a date. */
export const AccommodationCheck = z.object({
  checkId: text(64),
  studentId: text(64),
  accommodationId: text(64),
  date: IsoDate,
  classOrSetting: text(200).optional(),
  result: z.enum(['implemented', 'not-implemented', 'not-applicable']),
  checkedBy: text(200).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type AccommodationCheck = z.infer<typeof AccommodationCheck>;
