import { build, type Plugin } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHECK_VALIDATORS_MODULE, checkValidatorsModuleSource } from '../engine/check/standalone.ts';
import { BROWSER_CHECKER_FILE } from '../engine/check/validators.ts';
import { VALIDATOR_RUNTIME_FILE, validatorRuntimeSource } from '../engine/validator-runtime.ts';
import { COMPONENTS_FILE, DIST_DIR, SERVICE_WORKER_FILE } from './dist.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BuiltBundle {
  code: string;
  /** Size of the bundle in bytes, as served. */
  bytes: number;
  /** Size after gzip, what a browser downloads through a compressing proxy. */
  gzipBytes: number;
}

/** Bundles the web components into one ES module, in memory (buildDist writes it to dist/). */
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

/** Bundles the offline service worker (web-components/offline/service-worker.ts), served at /offline-sw.js. */
export async function buildServiceWorker(options: { minify?: boolean } = {}): Promise<BuiltBundle> {
  return bundleEntry(new URL('./offline/service-worker.ts', import.meta.url), options.minify ?? true, []);
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
 * The ajv runtime helpers every precompiled validator module imports (engine/validator-runtime.ts), as
 * one browser module, so the server serves validators without bundling anything at request time.
 */
export async function buildValidatorRuntime(): Promise<BuiltBundle> {
  const result = await build({
    stdin: { contents: validatorRuntimeSource(), resolveDir: root, loader: 'js', sourcefile: 'validator-runtime.js' },
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

/** Builds every browser file the server serves under /components into `folder` (dist/ by default). */
export async function buildDist(folder: string = DIST_DIR): Promise<Record<string, BuiltBundle>> {
  const built = {
    [COMPONENTS_FILE]: await buildComponents(),
    [BROWSER_CHECKER_FILE]: await buildBrowserChecker(),
    [VALIDATOR_RUNTIME_FILE]: await buildValidatorRuntime(),
    [SERVICE_WORKER_FILE]: await buildServiceWorker(),
  };
  mkdirSync(folder, { recursive: true });
  for (const [file, bundle] of Object.entries(built)) writeFileSync(join(folder, file), bundle.code);
  return built;
}

// `npm run build` (and `npm install`, through `prepare`): writes dist/ and prints the sizes served;
// with `--out <folder>` it writes there instead, for <form-preview> on a static page.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv.indexOf('--out');
  const folder = out > 0 && process.argv[out + 1] ? process.argv[out + 1]! : DIST_DIR;
  const built = await buildDist(folder);
  for (const [file, bundle] of Object.entries(built)) console.log(`${file}: ${bundle.bytes} bytes (${bundle.gzipBytes} gzipped)`);
  console.log(`written to ${folder}`);
}
