import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    write: false,
    legalComments: 'none',
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: 'silent',
  });
  return sized(result.outputFiles[0]!.text);
}

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

// `node --import tsx web-components/build.ts` prints the bundle size the server would serve.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildComponents();
  console.log(`web components bundle: ${built.bytes} bytes (${built.gzipBytes} gzipped)`);
}
