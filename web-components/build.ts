import { build, type Plugin } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHECK_VALIDATORS_MODULE, checkValidatorsModuleSource } from '../engine/check/standalone.ts';
import { BROWSER_CHECKER_FILE } from '../engine/check/validators.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BuiltBundle {
  code: string;
  /** Size of the bundle in bytes, as served. */
  bytes: number;
  /** Size after gzip, what a browser downloads through a compressing proxy. */
  gzipBytes: number;
}

/**
 * Bundles the web components into one ES module, in memory. The server builds it once at start and
 * serves it at /components/form-engine.js; nothing is written to disk.
 */
export async function buildComponents(options: { minify?: boolean } = {}): Promise<BuiltBundle> {
  return bundleEntry(new URL('./index.ts', import.meta.url), options.minify ?? true, []);
}

/**
 * Bundles the definition editor (web-components/editor/) into its own ES module, served at
 * /components/definition-editor.js and loaded only by the policy team's editor pages, so staff pages
 * never download CodeMirror.
 */
export async function buildEditor(options: { minify?: boolean } = {}): Promise<BuiltBundle> {
  return bundleEntry(new URL('./editor/index.ts', import.meta.url), options.minify ?? true, []);
}

/**
 * Bundles the browser definition checker (engine/check/browser.ts) into its own ES module, which
 * <form-preview> imports from BROWSER_CHECKER_FILE next to the components bundle only when no server
 * checks definitions for it, so pages that never need it do not download ajv's runtime and the
 * meta-schema code. Its validators are ajv standalone code generated here, during the build.
 */
export async function buildBrowserChecker(options: { minify?: boolean } = {}): Promise<BuiltBundle> {
  return bundleEntry(new URL('../engine/check/browser.ts', import.meta.url), options.minify ?? true, [checkValidatorsPlugin]);
}

/** One TypeScript entry and everything it imports as one browser ES module, in memory. */
async function bundleEntry(entry: URL, minify: boolean, plugins: Plugin[]): Promise<BuiltBundle> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    write: false,
    legalComments: 'none',
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    plugins,
    logLevel: 'silent',
  });
  return sized(result.outputFiles[0]!.text);
}

/** Supplies the generated module browser.ts imports; nothing generated is written to disk. */
const checkValidatorsPlugin: Plugin = {
  name: 'check-validators',
  setup(plugin) {
    const namespace = 'check-validators';
    plugin.onResolve({ filter: /^form-engine:/ }, (args) => (args.path === CHECK_VALIDATORS_MODULE ? { path: args.path, namespace } : undefined));
    plugin.onLoad({ filter: /.*/, namespace }, () => ({ contents: checkValidatorsModuleSource(), resolveDir: root, loader: 'js' }));
  },
};

/**
 * Turns the ESM source of an ajv standalone validator into one self-contained browser module: the
 * standalone code imports ajv's runtime helpers (formats, ucs2length, ...) by bare name, which a
 * browser cannot resolve, so esbuild inlines them.
 */
export async function bundleValidatorModule(source: string): Promise<BuiltBundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: 'validator.js' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return sized(result.outputFiles[0]!.text);
}

function sized(code: string): BuiltBundle {
  return { code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
}

// `node --import tsx web-components/build.ts` prints the bundle sizes the server would serve;
// with `--out <folder>` it also writes both files there, for <form-preview> on a static page.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [components, checker] = await Promise.all([buildComponents(), buildBrowserChecker()]);
  console.log(`web components bundle: ${components.bytes} bytes (${components.gzipBytes} gzipped)`);
  console.log(`browser definition checker (${BROWSER_CHECKER_FILE}, loaded by <form-preview> without a server): ${checker.bytes} bytes (${checker.gzipBytes} gzipped)`);
  const out = process.argv.indexOf('--out');
  if (out > 0 && process.argv[out + 1]) {
    const folder = process.argv[out + 1]!;
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'form-engine.js'), components.code);
    writeFileSync(join(folder, BROWSER_CHECKER_FILE), checker.code);
    console.log(`written to ${folder}`);
  }
}
