/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/** `Logger` and `console`: messages are kept on the execution so tests can check what got logged. */
import { LoggerStub } from './generated/stubs.ts';
import type { Execution } from './runtime.ts';

function render(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && /%s|%d/.test(first) && rest.length > 0) {
    let i = 0;
    return first.replace(/%[sd]/g, () => String(rest[i++]));
  }
  return args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
}

function safeJson(a: unknown): string {
  if (a instanceof Error || (a && typeof a === 'object' && 'message' in a && 'name' in a)) return `${(a as Error).name}: ${(a as Error).message}`;
  try {
    return JSON.stringify(a) ?? String(a);
  } catch {
    return String(a);
  }
}

/** `Logger` for one execution. */
export class FakeLogger extends LoggerStub implements GoogleAppsScript.Base.Logger {
  private lines: string[] = [];
  constructor(private readonly exec: Execution) {
    super();
  }
  override log(...args: any[]): GoogleAppsScript.Base.Logger {
    const line = render(args);
    this.lines.push(line);
    this.exec.logs.push(line);
    return this;
  }
  override getLog(): string {
    return this.lines.join('\n');
  }
  override clear(): void {
    this.lines = [];
  }
}

/** The `console` global of the script (Apps Script's Cloud-logging console). */
export function createConsole(exec: Execution): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const write = (level: string) => (...args: unknown[]) => {
    exec.logs.push(level === 'log' ? render(args) : `[${level}] ${render(args)}`);
  };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
}
