import { addYears } from '../add-years.ts';
import type { IsoDate } from '../iso-date.ts';

/**
 * A birthday at an age, from the date of birth (Feb 29 birthdays fall on Feb 28 in common years).
 *
 * @example birthdayAt('2008-02-29', 18) // '2026-02-28'
 */
export function birthdayAt(dateOfBirth: IsoDate, age: number): IsoDate {
  return addYears(dateOfBirth, age);
}
