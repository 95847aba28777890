/**
 * What a cached check or validator depends on besides the definition: the engine's code (its checker
 * rules, vocabulary and keyword code, section compiler) and the versions of ajv and ajv-formats, which
 * generate the validators. Any edit under engine/ or a dependency upgrade gives a new version, so the
 * definition cache (definition-cache.ts) never serves what older code produced.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE_DIR = fileURLToPath(new URL('../../engine/', import.meta.url));
const GENERATORS = ['ajv', 'ajv-formats'];

/** Hex sha256 over the generators' versions and every file under `engineDir` (path and content). */
export function engineCodeVersion(engineDir: string = ENGINE_DIR): string {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  for (const name of GENERATORS) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\n`);
  const files = (readdirSync(engineDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of files) hash.update(`${relative(engineDir, path)}\n`).update(readFileSync(path)).update('\n');
  return hash.digest('hex');
}
