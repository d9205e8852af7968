/** The student another view asked the Caseload view to open, taken once when the Caseload view opens. */
let requested: string | null = null;

/**
 * Asks the Caseload view to open this student the next time it is drawn (call it, then
 * `openView('caseload')`). The request is taken once: going back to the list does not reopen the student.
 *
 * @example requestStudent('S1'); openView('caseload');
 */
export function requestStudent(studentId: string): void {
  requested = studentId;
}

/**
 * The student asked for by {@link requestStudent}, once (null when none is waiting).
 *
 * @example const [open, setOpen] = useState<string | null>(takeRequestedStudent);
 */
export function takeRequestedStudent(): string | null {
  const id = requested;
  requested = null;
  return id;
}
