/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * `HtmlService`: HTML outputs from strings or from the project's `.html` files, and templates with
 * `<? ?>`, `<?= ?>` (escaped) and `<?!= ?>` (raw) scriptlets evaluated in the script's own context
 * (so a template can call the script's global functions, e.g. an `include()` helper).
 */
import { HtmlOutputStub, HtmlServiceStub, HtmlTemplateStub } from './generated/stubs.ts';
import { SandboxMode, XFrameOptionsMode } from './enums.ts';
import type { Execution, GasRuntime } from './runtime.ts';

/** The project's HTML files by name without `.html` (set by the harness from the bundle folder). */
export function htmlFiles(rt: GasRuntime): Map<string, string> {
  return rt.store('htmlFiles', () => new Map<string, string>());
}

/** Evaluates JavaScript source in the script's realm (set per execution by the harness). */
export type RealmEvaluator = (source: string) => unknown;
const evaluators = new WeakMap<Execution, RealmEvaluator>();
/** @internal */
export function setRealmEvaluator(exec: Execution, fn: RealmEvaluator): void {
  evaluators.set(exec, fn);
}

function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** HTML for a sidebar or dialog. */
export class FakeHtmlOutput extends HtmlOutputStub implements GoogleAppsScript.HTML.HtmlOutput {
  title = '';
  width: number | undefined;
  height: number | undefined;
  constructor(
    private readonly exec: Execution,
    private content: string,
  ) {
    super();
  }
  override getContent(): string {
    return this.content;
  }
  override setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content = String(content);
    return this;
  }
  override append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += String(addedContent);
    return this;
  }
  override appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this;
  }
  override clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.content = '';
    return this;
  }
  override getTitle(): string {
    return this.title;
  }
  override setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = String(title);
    return this;
  }
  override getWidth(): number {
    return this.width ?? 0;
  }
  override setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = width;
    return this;
  }
  override getHeight(): number {
    return this.height ?? 0;
  }
  override setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = height;
    return this;
  }
  override setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    void mode;
    return this;
  }
  override setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    void mode;
    return this;
  }
  override addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    void name;
    void content;
    return this;
  }
  override asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return new FakeHtmlTemplate(this.exec, this.content);
  }
}

/** Compiles template text into a JavaScript function source taking (vars, escape). */
export function compileTemplate(raw: string): string {
  let code = 'var __out = "";\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    code += `__out += ${JSON.stringify(raw.slice(last, m.index))};\n`;
    if (m[1] === '=') code += `__out += __esc(${m[2]});\n`;
    else if (m[1] === '!=') code += `__out += String(${m[2]});\n`;
    else code += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  code += `__out += ${JSON.stringify(raw.slice(last))};\nreturn __out;`;
  return `(function (__vars, __esc) { with (__vars) { ${code} } })`;
}

/** A template; properties set on it become variables inside scriptlets. */
export class FakeHtmlTemplate extends HtmlTemplateStub implements GoogleAppsScript.HTML.HtmlTemplate {
  [propName: string]: any;
  constructor(
    private readonly exec: Execution,
    private readonly raw: string,
  ) {
    super();
  }
  override evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    return this.exec.call('html', 'HtmlTemplate', 'evaluate', 'local', () => {
      const vars: Record<string, unknown> = {};
      for (const key of Object.keys(this)) if (key !== 'exec' && key !== 'raw') vars[key] = (this as Record<string, unknown>)[key];
      // Host fallback (no vm): templates are the script's own code, evaluated as Apps Script does.
      // eslint-disable-next-line no-eval
      const evaluator = evaluators.get(this.exec) ?? ((src: string) => (0, eval)(src));
      const fn = evaluator(compileTemplate(this.raw)) as (v: unknown, e: (s: unknown) => string) => string;
      return new FakeHtmlOutput(this.exec, fn(vars, escapeHtml));
    });
  }
  override getRawContent(): string {
    return this.raw;
  }
  override getCode(): string {
    return compileTemplate(this.raw);
  }
}

/** `HtmlService` for one execution. */
export class FakeHtmlService extends HtmlServiceStub implements GoogleAppsScript.HTML.HtmlService {
  constructor(private readonly exec: Execution) {
    super();
  }
  override get SandboxMode(): typeof GoogleAppsScript.HTML.SandboxMode {
    return SandboxMode;
  }
  override get XFrameOptionsMode(): typeof GoogleAppsScript.HTML.XFrameOptionsMode {
    return XFrameOptionsMode;
  }
  private file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const text = htmlFiles(this.exec.runtime).get(name);
    if (text === undefined) this.exec.fail(`No HTML file named ${name} was found.`);
    return text;
  }
  override createHtmlOutput(html?: any): GoogleAppsScript.HTML.HtmlOutput {
    return this.exec.call('html', 'HtmlService', 'createHtmlOutput', 'local', () => {
      const text = html === undefined ? '' : typeof html === 'string' ? html : typeof html?.getDataAsString === 'function' ? html.getDataAsString() : String(html);
      return new FakeHtmlOutput(this.exec, text);
    });
  }
  override createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.exec.call('html', 'HtmlService', 'createHtmlOutputFromFile', 'local', () => new FakeHtmlOutput(this.exec, this.file(filename)));
  }
  override createTemplate(html: any): GoogleAppsScript.HTML.HtmlTemplate {
    return this.exec.call('html', 'HtmlService', 'createTemplate', 'local', () => new FakeHtmlTemplate(this.exec, String(html)));
  }
  override createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.exec.call('html', 'HtmlService', 'createTemplateFromFile', 'local', () => new FakeHtmlTemplate(this.exec, this.file(filename)));
  }
}
