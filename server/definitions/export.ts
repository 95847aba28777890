/**
 * `form-engine export --out DIR`: writes every published version to DIR/<name>/<version>.json and the
 * current rollout (every published form in it) to DIR/rollout.json, so a team that keeps its
 * definitions in git can commit what was approved in the browser. Locations and types of move are not
 * in the store and are not written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rollout } from '../../engine/rollout.ts';
import { withConfiguredStore } from '../cli/configured-store.ts';
import type { Store } from '../store/types.ts';
import { withEveryForm } from './rollout-view.ts';

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Returns the paths written, relative to `outDir`. */
export async function exportRegistry(store: Store, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const published = await store.listPublishedVersions();
  for (const listed of published) {
    const version = await store.getPublishedVersion(listed.name, listed.version);
    if (!version) throw new Error(`${listed.name} ${listed.version} is listed but cannot be read`);
    mkdirSync(join(outDir, version.name), { recursive: true });
    const path = join(version.name, `${version.version}.json`);
    writeFileSync(join(outDir, path), pretty(JSON.parse(version.definition)));
    written.push(path);
  }
  const stored = await store.getRollout();
  if (stored) {
    const rollout = withEveryForm(JSON.parse(stored.rollout) as Rollout, published);
    writeFileSync(join(outDir, 'rollout.json'), pretty({ $schema: './schemas/rollout.schema.json', ...rollout }));
    written.push('rollout.json');
  }
  return written;
}

export function exportConfiguredStore(outDir: string): Promise<string[]> {
  return withConfiguredStore((store) => exportRegistry(store, outDir));
}
