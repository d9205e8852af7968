/**
 * The grade level in a Grade cell as a number: `8`, `08`, `Grade 8`, `8th` → 8; `K`, `KG`,
 * `Kindergarten` → 0; `PK`, `Pre-K` → -1. Undefined when the cell names no grade (e.g. `Ungraded`).
 *
 * @example gradeNumber('Grade 9') // 9
 */
export function gradeNumber(grade: string | undefined): number | undefined {
  const text = grade?.trim().toLowerCase() ?? '';
  if (/^(pk|pre-?k(indergarten)?|prek)$/.test(text)) return -1;
  if (/^(k|kg|kdg|kindergarten)$/.test(text)) return 0;
  const match = /^(?:grade|gr\.?)?\s*0*(\d{1,2})(?:st|nd|rd|th)?(?:\s*grade)?$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  return n >= 1 && n <= 12 ? n : undefined;
}
