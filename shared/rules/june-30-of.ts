import { type IsoDate, isoDateOf, partsOf } from '../iso-date.ts';

/**
 * June 30 of the calendar year of a date.
 *
 * @example june30Of('2026-11-23') // '2026-06-30'
 */
export function june30Of(date: IsoDate): IsoDate {
  return isoDateOf(partsOf(date).year, 6, 30) as IsoDate;
}
