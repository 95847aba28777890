import { compare } from 'semver';
import type { Rollout } from '../../engine/rollout.ts';

/**
 * The rollout with every published form in it: a form published since the stored rollout was last
 * changed has its first version as default everywhere, until a pilot rule says otherwise.
 */
export function withEveryForm(stored: Rollout, published: readonly { name: string; version: string }[]): Rollout {
  const firsts = new Map<string, string>();
  for (const { name, version } of published) {
    const first = firsts.get(name);
    if (!Object.hasOwn(stored.forms, name) && (first === undefined || compare(version, first) < 0)) firsts.set(name, version);
  }
  if (firsts.size === 0) return stored;
  return { forms: { ...stored.forms, ...Object.fromEntries([...firsts].map(([name, version]) => [name, { default: version, rules: [] }])) } };
}
