import { styleText } from 'node:util';

/** Where a command writes: lines to standard output and standard error, and whether colour is wanted. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  color: boolean;
}

let guarded = false;

/**
 * A closed pipe (`casekeeper deadlines … | head -1`) ends the command quietly: the reader has what it
 * wanted, so there is nothing to report and no stack trace.
 */
function quietOnClosedPipe(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      throw error;
    });
  }
}

/** The terminal: colour only when standard output is a terminal and NO_COLOR is not set; a closed pipe ends quietly. */
export function processIo(): CliIo {
  quietOnClosedPipe();
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

/** An in-memory CliIo for tests. */
export function memoryIo(color = false): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, color, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** Colours text for a terminal when colour is on. */
export function paint(io: CliIo, format: Parameters<typeof styleText>[0], text: string): string {
  return io.color ? styleText(format, text) : text;
}

/** A problem the user can fix: reported as a plain message with a non-zero exit, never a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
