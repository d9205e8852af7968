import { type CaseloadImport, importCaseloadCsv } from '../../shared/index.ts';
import { UsageError } from '../io.ts';
import { readText } from '../options.ts';

/** Reads and validates a caseload CSV file; a file with no usable header is a usage error. */
export function loadCaseload(path: string): CaseloadImport {
  const result = importCaseloadCsv(readText(path, 'caseload CSV'));
  const fatal = result.problems.find((p) => p.row === 1);
  if (fatal && result.students.length === 0) throw new UsageError(`${path}: ${fatal.reason}`, 1);
  return result;
}
