/**
 * Builds the Apps Script project: one `Code.js` (an IIFE holding the whole add-on, followed by one
 * top-level function stub per export of `main.ts`, because Apps Script only calls top-level functions
 * from menus and triggers) and `appsscript.json`, into `dist/apps-script/`.
 *
 * Usage: `npm run build:gas` (or `node --import tsx apps-script/build.ts [--readable]`).
 */
import { build } from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Options for {@link buildGas}. */
export interface BuildGasOptions {
  /** Output folder. Default `dist/apps-script` under the repository. */
  outDir?: string;
  /** Keep names and whitespace (easier to debug in the Apps Script editor). Default false. */
  readable?: boolean;
}

/** What {@link buildGas} produced. */
export interface BuildGasResult {
  codePath: string;
  bytes: number;
  globals: string[];
}

const NAMESPACE = 'Casekeeper';

const shared = {
  entryPoints: [join(root, 'apps-script/main.ts')],
  bundle: true,
  platform: 'browser' as const,
  // Apps Script V8 runs ES2020; esbuild lowers newer syntax, and assertEs2020 refuses newer built-ins.
  target: 'es2020',
  loader: { '.html': 'text' as const },
  write: false,
  logLevel: 'silent' as const,
  legalComments: 'none' as const,
};

/** Built-ins newer than ES2020 that esbuild cannot lower (it only rewrites syntax). */
const NEWER_BUILT_INS: readonly [RegExp, string][] = [
  [/\bObject\.hasOwn\(/, 'Object.hasOwn (ES2022)'],
  [/\.at\(-?\d+\)/, 'Array/String.prototype.at (ES2022)'],
  [/\.replaceAll\(/, 'String.prototype.replaceAll (ES2021)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (ES2023)'],
  [/\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy methods (ES2023)'],
  [/\bstructuredClone\(/, 'structuredClone (not in Apps Script)'],
  [/\bWeakRef\b|\bFinalizationRegistry\b/, 'WeakRef (ES2021)'],
  [/\bPromise\.any\(|\bAggregateError\b/, 'Promise.any (ES2021)'],
];

/**
 * Throws, naming it, when bundled code calls a built-in newer than ES2020 (a polyfill would hide it;
 * Apps Script would fail at run time instead).
 *
 * @example assertEs2020('[1].at(-1)') // throws: "… Array/String.prototype.at (ES2022) …"
 */
export function assertEs2020(code: string): void {
  const found = NEWER_BUILT_INS.filter(([pattern]) => pattern.test(code)).map(([, name]) => name);
  if (found.length > 0) throw new Error(`The Apps Script bundle uses built-ins newer than ES2020: ${found.join(', ')}. Rewrite them (Apps Script runs ES2020).`);
}

/**
 * Bundles `apps-script/main.ts` into an Apps-Script-compatible `Code.js`.
 *
 * @example await buildGas() // { codePath: '…/dist/apps-script/Code.js', bytes: 120000, globals: ['onOpen', …] }
 */
export async function buildGas(options: BuildGasOptions = {}): Promise<BuildGasResult> {
  const outDir = options.outDir ?? join(root, 'dist/apps-script');
  // First pass (ESM) only to learn the entry's export names from the metafile.
  const probe = await build({ ...shared, format: 'esm', metafile: true, outdir: outDir });
  const entryOutput = Object.values(probe.metafile.outputs).find((o) => o.entryPoint !== undefined);
  const globals = [...(entryOutput?.exports ?? [])].filter((name) => name !== 'default').sort();
  if (globals.length === 0) throw new Error('apps-script/main.ts exports no globals.');

  const bundle = await build({
    ...shared,
    format: 'iife',
    globalName: NAMESPACE,
    minify: !options.readable,
    outdir: outDir,
  });
  const body = bundle.outputFiles?.[0]?.text ?? '';
  assertEs2020(body);
  const stubs = globals
    .map((name) => `function ${name}() { return ${NAMESPACE}.${name}.apply(this, arguments); }`)
    .join('\n');
  const code = `${body}\n${stubs}\n`;
  await mkdir(outDir, { recursive: true });
  const codePath = join(outDir, 'Code.js');
  await writeFile(codePath, code);
  await copyFile(join(root, 'apps-script/appsscript.json'), join(outDir, 'appsscript.json'));
  return { codePath, bytes: Buffer.byteLength(code), globals };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await buildGas({ readable: process.argv.includes('--readable') });
  console.warn(`Built ${result.codePath} (${Math.round(result.bytes / 1024)} KB, ${result.globals.length} globals)`);
}
