import * as z from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One accommodation, modification or support on a student's IEP (34 CFR 300.320(a)(4), 300.323(d)). */
export const AccommodationRecord = z.object({
  accommodationId: text(64),
  studentId: text(64),
  /** The accommodation as written (Extended time 1.5x on tests, Preferential seating, …). */
  accommodation: text(500),
  /** Testing, Instruction, Environment, Behaviour, … */
  category: text(100).optional(),
  /** Where it applies: classes or settings, separated by semicolons (`Math; Science; All tests`). */
  appliesTo: text(500).optional(),
});
export type AccommodationRecord = z.infer<typeof AccommodationRecord>;
