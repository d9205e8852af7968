/**
 * "30" or "150 / week" under "Minutes" or "Duration" means minutes: the unit is written in for the
 * frequency parser; a number that has a unit is left as it is.
 *
 * @example withMinutes('150 / week') // '150 min / week'
 */
export const withMinutes = (text: string) => text.replace(/^(\d+(?:\.\d+)?)(?!\s*(?:[\d.]|min|mn|hour|hr|h\b|m\b))/i, '$1 min');
