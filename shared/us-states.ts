import * as z from 'zod';

/** The 50 states, DC and Puerto Rico by postal code. */
export const US_STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

/** A US state postal code, accepted in any case (`tx` → `TX`). */
export const StateCode = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(US_STATE_CODES, { error: 'Use a two-letter state code such as CA or TX.' }));
export type StateCode = z.infer<typeof StateCode>;
