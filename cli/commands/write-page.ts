import { writeFileSync } from 'node:fs';
import { UsageError } from '../io.ts';

/** Writes a printable page to the -o file, or explains why it cannot. */
export function writePage(path: string | undefined, html: string, usage: string): string {
  if (!path) throw new UsageError(`Name the page to write with -o FILE.html.\n${usage}`);
  try {
    writeFileSync(path, html);
  } catch (error) {
    throw new UsageError(`Cannot write "${path}": ${(error as Error).message}`, 1);
  }
  return path;
}
